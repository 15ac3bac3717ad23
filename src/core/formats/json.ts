/**
 * The JSON report: every file's findings, notices and per-rule tallies, the workspace score,
 * and each rule's description once (`rules`), with paths relative to the root (the folder the
 * CLI ran in, the workspace in VS Code's export), so shards run on different machines can be
 * merged (`touchpoint merge`) and the scores recomputed from the tallies. Written as chunks (one
 * per file): large workspaces make reports bigger than one JavaScript string may be.
 */
import * as path from 'node:path';
import { combineReports } from '../engine.js';
import { METRICS } from '../vocabulary.js';
import type { FileReport, WorkspaceReport } from '../report.js';
import { getRule } from '../rules/index.js';
import { docsUrl } from '../rules/types.js';
import { relativePath } from '../paths.js';
import { decodeFileReport, encodeFileReport, type PortableFileReport } from './portable.js';
import { isPortableFileReport } from './validate.js';

/**
 * A value that is not a JSON report this version reads; the message names the source and says
 * what is wrong. Faces turn it into their own error (the CLI's: a usage error, exit 2).
 */
export class ReportFormatError extends Error {
  override readonly name = 'ReportFormatError';
}

/** 3: tallies may carry uncertain and excused counts, files say `page` and carry their own score (formula 2). */
export const JSON_FORMAT_VERSION = 3;
/** Formats `merge` reads: 2 differs only in what 3 added (scores are recomputed from the tallies). */
const READABLE_FORMATS: readonly number[] = [2, 3];

export interface JsonReport {
  readonly tool: 'touchpoint';
  readonly version: string;
  readonly format: typeof JSON_FORMAT_VERSION;
  /** `i/n` when this is one shard of a run. */
  readonly shard: string | null;
  /** Findings the baseline accepted (left out of `files`). */
  readonly baselined: number;
  readonly summary: Pick<
    WorkspaceReport,
    'score' | 'findingCount' | 'durationMs' | 'cancelled' | 'notCheckedStatically'
  >;
  readonly rules: Readonly<Record<string, unknown>>;
  /** Each file with its own score (left out when reading: recomputed from the tallies). */
  readonly files: ReadonlyArray<PortableFileReport & { readonly score?: unknown }>;
}

export function formatJson(
  report: WorkspaceReport,
  options: { cwd: string; toolVersion: string; shard?: string; baselined?: number },
): string[] {
  const ruleIds = [
    ...new Set([...Object.keys(report.tallies), ...report.files.flatMap((f) => f.findings.map((x) => x.ruleId))]),
  ].sort();
  const rules = Object.fromEntries(
    ruleIds.flatMap((id) => {
      const rule = getRule(id);
      return rule
        ? [
            [
              id,
              {
                area: rule.area,
                lens: rule.lens,
                impact: rule.impact,
                metrics: rule.metrics.map((metric) => METRICS[metric].label),
                help: rule.help,
                why: rule.why,
                docsUrl: docsUrl(id),
              },
            ],
          ]
        : [];
    }),
  );
  const head: Omit<JsonReport, 'files'> = {
    tool: 'touchpoint',
    version: options.toolVersion,
    format: JSON_FORMAT_VERSION,
    shard: options.shard ?? null,
    baselined: options.baselined ?? 0,
    summary: {
      score: report.score,
      findingCount: report.findingCount,
      durationMs: report.durationMs,
      cancelled: report.cancelled,
      notCheckedStatically: report.notCheckedStatically,
    },
    rules,
  };
  const opening = JSON.stringify(head).slice(0, -1);
  const files = report.files.map((file, index) => {
    const { overall, areas, lenses, counts } = file.score;
    const portable = encodeFileReport(mapPaths(file, (name) => relativePath(options.cwd, name)));
    const entry = overall === null ? portable : { ...portable, score: { overall, areas, lenses, counts } };
    return `${index === 0 ? '' : ',\n'}${JSON.stringify(entry)}`;
  });
  return [`${opening},"files":[\n`, ...files, '\n]}\n'];
}

/** Reads a JSON report written by `--format json` (parsed); paths become absolute again under `cwd`. */
export function readJsonReport(
  value: unknown,
  source: string,
  cwd: string,
): { report: WorkspaceReport; baselined: number; shard: string | null } {
  const json = (typeof value === 'object' && value !== null ? value : {}) as Partial<JsonReport>;
  if (json.tool !== 'touchpoint' || !READABLE_FORMATS.includes(json.format as number) || !Array.isArray(json.files))
    throw new ReportFormatError(
      `${source} is not a Touchpoint JSON report (format ${JSON_FORMAT_VERSION}); write one with --format json`,
    );
  const bad = json.files.findIndex((file) => !isPortableFileReport(file));
  if (bad >= 0)
    throw new ReportFormatError(
      `${source}: files[${bad}] is not a file report as --format json writes it (edited or cut short?)`,
    );
  const summary = (typeof json.summary === 'object' && json.summary !== null ? json.summary : {}) as Partial<
    JsonReport['summary']
  >;
  const files = json.files.map((file) => mapPaths(decodeFileReport(file), (name) => path.resolve(cwd, name)));
  return {
    report: combineReports(files, {
      durationMs: typeof summary.durationMs === 'number' ? summary.durationMs : undefined,
      cancelled: summary.cancelled === true,
    }),
    baselined: Number.isSafeInteger(json.baselined) && json.baselined! >= 0 ? json.baselined! : 0,
    shard: typeof json.shard === 'string' ? json.shard : null,
  };
}

function mapPaths(file: FileReport, map: (file: string) => string): FileReport {
  return {
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
  };
}
