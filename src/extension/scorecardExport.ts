/**
 * What the scorecard panel's Export buttons write: a format from core's registry, rendered
 * from the extension's current report with the same input the CLI gives it (paths relative to
 * the workspace root, no shard, nothing baselined), so “Export JSON” is the CLI's versioned
 * JSON report that `touchpoint merge` reads. Kept apart from the panel (no `vscode` here) so the
 * tests can run it.
 */
import type { ExportFormat, HistoryPoint, ScorecardData, WorkspaceReport } from '../core/index.js';
import { core } from './core.js';

export interface ScorecardExportSource {
  readonly report: WorkspaceReport;
  readonly scope: ScorecardData['scope'];
  readonly history: readonly HistoryPoint[];
  /** The workspace root ('' without a folder on disk: paths stay absolute). */
  readonly root: string;
  /** The workspace's name. */
  readonly title: string;
  readonly toolVersion: string;
}

export interface ScorecardExport {
  readonly label: string;
  readonly fileExtension: string;
  /** The name the save dialog suggests. */
  readonly fileName: string;
  /** The file's text, in order. */
  readonly chunks: readonly string[];
}

export function scorecardExport(format: ExportFormat, source: ScorecardExportSource): ScorecardExport {
  const { label, fileExtension } = core().outputFormat(format);
  const chunks = core().renderChunks(format, {
    report: source.report,
    root: source.root,
    title: source.title,
    toolVersion: source.toolVersion,
    scope: source.scope,
    history: source.history,
  });
  return { label, fileExtension, fileName: `touchpoint-scorecard.${fileExtension}`, chunks };
}
