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
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { combineReports, relativePath, type FileReport, type WorkspaceReport } from '../core/index.js';
import { UsageError } from '../core/discover.js';

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
  const files: Baseline['files'] = {};
  for (const file of [...report.files].sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    for (const finding of file.findings) {
      const rules = (files[relativePath(cwd, file.fileName)] ??= {});
      (rules[finding.ruleId] ??= { count: 0 }).count++;
    }
  }
  return { version: 1, files: sortKeys(files) };
}

export function readBaseline(file: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`Cannot read the baseline ${file}: ${(error as Error).message}`);
  }
  const baseline = value as Baseline;
  const valid =
    typeof baseline === 'object' &&
    baseline !== null &&
    baseline.version === 1 &&
    typeof baseline.files === 'object' &&
    Object.values(baseline.files).every(
      (rules) =>
        typeof rules === 'object' &&
        rules !== null &&
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
    const accepted = baseline.files[name];
    if (!accepted) return file;
    seen.add(name);
    const counts = new Map<string, number>();
    for (const finding of file.findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
    for (const [ruleId, { count }] of Object.entries(accepted)) {
      const found = counts.get(ruleId) ?? 0;
      if (found < count) stale.push({ file: name, ruleId, accepted: count, found });
    }
    const findings = file.findings.filter((finding) => {
      const within = (counts.get(finding.ruleId) ?? 0) <= (accepted[finding.ruleId]?.count ?? 0);
      if (within) baselined++;
      return !within;
    });
    return findings.length === file.findings.length ? file : { ...file, findings };
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
  const files: Baseline['files'] = {};
  for (const [name, rules] of Object.entries(baseline.files)) {
    for (const [ruleId, { count }] of Object.entries(rules)) {
      const found = checked.has(name)
        ? (current[name]?.[ruleId]?.count ?? 0)
        : existsSync(path.resolve(cwd, name))
          ? count // not part of this run: left as it is
          : 0;
      const kept = Math.min(count, found);
      if (kept > 0) (files[name] ??= {})[ruleId] = { count: kept };
    }
  }
  return { version: 1, files: sortKeys(files) };
}

export function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
