/**
 * The JSON report: the engine's whole workspace report (findings, notices, per-rule tallies,
 * scores) with paths relative to the folder it ran in, so shards run on different machines can
 * be merged (`touchpoint merge`) and the scores recomputed from the tallies.
 */
import * as path from 'node:path';
import { relativePath, type FileReport, type WorkspaceReport } from '../../core/index.js';
import { UsageError } from '../../core/discover.js';

export const JSON_FORMAT_VERSION = 1;

export interface JsonReport {
  readonly tool: 'touchpoint';
  readonly version: string;
  readonly format: typeof JSON_FORMAT_VERSION;
  /** `i/n` when this is one shard of a run. */
  readonly shard: string | null;
  /** Findings the baseline accepted (left out of `report`). */
  readonly baselined: number;
  readonly report: WorkspaceReport;
}

export function formatJson(
  report: WorkspaceReport,
  options: { cwd: string; toolVersion: string; shard?: string; baselined?: number },
): string {
  const json: JsonReport = {
    tool: 'touchpoint',
    version: options.toolVersion,
    format: JSON_FORMAT_VERSION,
    shard: options.shard ?? null,
    baselined: options.baselined ?? 0,
    report: mapPaths(report, (file) => relativePath(options.cwd, file)),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** Reads a JSON report written by `--format json`; paths become absolute again under `cwd`. */
export function readJsonReport(text: string, source: string, cwd: string): JsonReport {
  let json: Partial<JsonReport>;
  try {
    json = JSON.parse(text) as Partial<JsonReport>;
  } catch (error) {
    throw new UsageError(`${source} is not JSON (${(error as Error).message})`);
  }
  if (json.tool !== 'touchpoint' || json.format !== JSON_FORMAT_VERSION || !Array.isArray(json.report?.files))
    throw new UsageError(
      `${source} is not a Touchpoint JSON report (format ${JSON_FORMAT_VERSION}); write one with --format json`,
    );
  return { ...(json as JsonReport), report: mapPaths(json.report, (file) => path.resolve(cwd, file)) };
}

function mapPaths(report: WorkspaceReport, map: (file: string) => string): WorkspaceReport {
  const mapFile = (file: FileReport): FileReport => ({
    ...file,
    fileName: map(file.fileName),
    findings: file.findings.map((finding) => ({
      ...finding,
      fileName: map(finding.fileName),
      related: finding.related?.map((related) =>
        related.fileName ? { ...related, fileName: map(related.fileName) } : related,
      ),
    })),
    notices: file.notices.map((notice) => ({ ...notice, fileName: map(notice.fileName) })),
  });
  return { ...report, files: report.files.map(mapFile) };
}
