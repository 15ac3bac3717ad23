/**
 * The baseline: a committed file that counts the findings a team has accepted, per file and
 * rule, so that only new findings fail a build (ESLint's suppressions file is the model).
 *
 *   { "version": 1, "files": { "src/Pay.tsx": { "wording/jargon": { "count": 2 } } } }
 *
 * A file with at most the accepted number of a rule's findings shows none of them; one with
 * more shows them all (which of them is new cannot be told), as ESLint does. Entries that
 * accept more than there now are are stale: reported, and `--baseline-prune` lowers them.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { combineReports, relativePath, ruleCounts, type FileReport, type WorkspaceReport } from '../core/index.js';
import { UsageError } from './usage.js';
import { readJsonFile } from './files.js';

export const BASELINE_FILE = 'touchpoint-baseline.json';

export interface Baseline {
  readonly version: 1;
  readonly files: Record<string, Record<string, { count: number }>>;
}

export interface StaleEntry {
  readonly file: string;
  readonly ruleId: string;
  readonly accepted: number;
  readonly found: number;
}

/** Counts every finding of the report, by file (relative to `cwd`) and rule. */
export function buildBaseline(report: WorkspaceReport, cwd: string): Baseline {
  const files: Baseline['files'] = record();
  for (const file of [...report.files].sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    // Findings left out of the list (findings-capped) are counted too.
    for (const [ruleId, { count }] of ruleCounts(file))
      (files[relativePath(cwd, file.fileName)] ??= record())[ruleId] = { count };
  }
  return { version: 1, files: sortKeys(files) };
}

export function readBaseline(file: string): Baseline {
  const baseline = readJsonFile(file, 'the baseline') as Baseline;
  const valid =
    typeof baseline === 'object' &&
    baseline !== null &&
    baseline.version === 1 &&
    typeof baseline.files === 'object' &&
    baseline.files !== null &&
    !Array.isArray(baseline.files) &&
    Object.values(baseline.files).every(
      (rules) =>
        typeof rules === 'object' &&
        rules !== null &&
        !Array.isArray(rules) &&
        Object.values(rules).every((entry) => Number.isInteger(entry?.count) && entry.count >= 0),
    );
  if (!valid)
    throw new UsageError(
      `${file} is not a Touchpoint baseline ({ "version": 1, "files": { "<file>": { "<rule>": { "count": n } } } }); write one with --baseline-write`,
    );
  return baseline;
}

/** The report without accepted findings, how many were accepted, and the stale entries. */
export function applyBaseline(
  report: WorkspaceReport,
  baseline: Baseline,
  cwd: string,
): { report: WorkspaceReport; baselined: number; stale: StaleEntry[] } {
  let baselined = 0;
  const stale: StaleEntry[] = [];
  const seen = new Set<string>();
  const files: FileReport[] = report.files.map((file) => {
    const name = relativePath(cwd, file.fileName);
    const accepted = Object.hasOwn(baseline.files, name) ? baseline.files[name] : undefined;
    if (!accepted) return file;
    seen.add(name);
    const counts = ruleCounts(file);
    for (const [ruleId, { count }] of Object.entries(accepted)) {
      const found = counts.get(ruleId)?.count ?? 0;
      if (found < count) stale.push({ file: name, ruleId, accepted: count, found });
    }
    const within = (ruleId: string) =>
      (counts.get(ruleId)?.count ?? 0) <= (Object.hasOwn(accepted, ruleId) ? accepted[ruleId]!.count : 0);
    for (const [ruleId, { count }] of counts) if (within(ruleId)) baselined += count;
    const findings = file.findings.filter((finding) => !within(finding.ruleId));
    if (findings.length === file.findings.length) return file;
    // A rule accepted whole takes its “N more not listed” notice with it.
    const notices = file.notices.filter(
      (notice) => !(notice.code === 'findings-capped' && notice.ruleId !== undefined && within(notice.ruleId)),
    );
    return { ...file, findings, notices };
  });
  // Entries for files that no longer exist.
  for (const [name, rules] of Object.entries(baseline.files)) {
    if (seen.has(name) || existsSync(path.resolve(cwd, name))) continue;
    for (const [ruleId, { count }] of Object.entries(rules))
      stale.push({ file: name, ruleId, accepted: count, found: 0 });
  }
  const filtered = combineReports(files, { cancelled: report.cancelled, durationMs: report.durationMs });
  // Scores describe the product, accepted findings included: keep the full report's.
  return { report: { ...filtered, score: report.score, tallies: report.tallies }, baselined, stale };
}

/** The baseline with stale counts lowered to what is found now (never raised). */
export function pruneBaseline(baseline: Baseline, report: WorkspaceReport, cwd: string): Baseline {
  const current = buildBaseline(report, cwd).files;
  const checked = new Set(report.files.map((file) => relativePath(cwd, file.fileName)));
  const files: Baseline['files'] = record();
  for (const [name, rules] of Object.entries(baseline.files)) {
    for (const [ruleId, { count }] of Object.entries(rules)) {
      const found = checked.has(name)
        ? Object.hasOwn(current, name) && Object.hasOwn(current[name]!, ruleId)
          ? current[name]![ruleId]!.count
          : 0
        : existsSync(path.resolve(cwd, name))
          ? count // not part of this run: left as it is
          : 0;
      const kept = Math.min(count, found);
      if (kept > 0) (files[name] ??= record())[ruleId] = { count: kept };
    }
  }
  return { version: 1, files: sortKeys(files) };
}

export function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** A map from file names or rule ids: no prototype, so a file named `__proto__` is just a file. */
function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** Files in order, as plain objects again (own keys only, `__proto__` included, as JSON reads them). */
function sortKeys(files: Baseline['files']): Baseline['files'] {
  return Object.fromEntries(
    Object.entries(files)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, rules]) => [name, Object.fromEntries(Object.entries(rules))]),
  );
}
