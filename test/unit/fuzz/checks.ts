/**
 * What the fuzz suites assert, and the fixtures they share. Data a reader gives back (the
 * cache, the JSON report) must be a well-formed FileReport, field by field, as the formatters
 * and the extension rely on it: a reader may refuse what it cannot trust, never pass it on.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { getRule, isReportedNotice, type FileReport, type WorkspaceReport } from '../../../src/core/index.js';
import type { Baseline } from '../../../src/cli/baseline.js';
import type { Fingerprint } from '../../../src/cli/cache.js';
import { LANGUAGES, NOTICE_CODES, SEVERITIES } from './arbitraries.js';

/** The official SARIF 2.1.0 schema, as the other SARIF tests read it. */
export const SARIF_SCHEMA = path.join(
  __dirname,
  '..',
  '..',
  '..',
  'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json',
);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;
const isPosition = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 1;

function assertRange(value: unknown, where: string): void {
  assert.ok(isObject(value), `${where}: a range object`);
  assert.ok(isCount(value.start) && isCount(value.end), `${where}: whole offsets from 0`);
  assert.ok((value.start as number) <= (value.end as number), `${where}: start ≤ end`);
}

function assertLocation(value: unknown, where: string, full = true): void {
  assert.ok(isObject(value), `${where}: a location object`);
  const keys = full ? ['line', 'column', 'endLine', 'endColumn'] : ['line', 'column'];
  for (const key of keys) assert.ok(isPosition(value[key]), `${where}.${key}: a whole number from 1`);
}

/** Throws an AssertionError naming the first field that is not what a FileReport holds. */
export function assertWellFormedFileReport(report: unknown): asserts report is FileReport {
  assert.ok(isObject(report), 'report: an object');
  assert.equal(typeof report.fileName, 'string', 'fileName');
  assert.ok(LANGUAGES.includes(report.language as never), 'language');
  assert.equal(typeof report.checked, 'boolean', 'checked');
  assert.ok(isCount(report.suppressed), 'suppressed');
  assert.ok(Array.isArray(report.findings), 'findings: an array');
  for (const [index, finding] of (report.findings as unknown[]).entries()) {
    const where = `findings[${index}]`;
    assert.ok(isObject(finding), `${where}: an object`);
    const rule = typeof finding.ruleId === 'string' ? getRule(finding.ruleId) : undefined;
    assert.ok(rule, `${where}.ruleId: a known rule`);
    assert.ok(SEVERITIES.includes(finding.severity as never), `${where}.severity: ${String(finding.severity)}`);
    for (const key of ['message', 'help', 'why', 'docsUrl', 'snippet', 'fileName'])
      assert.equal(typeof finding[key], 'string', `${where}.${key}: a string`);
    assert.equal(finding.area, rule.area, `${where}.area`);
    assert.equal(finding.impact, rule.impact, `${where}.impact`);
    assert.ok(finding.detail === undefined || typeof finding.detail === 'string', `${where}.detail`);
    assert.ok(finding.confidence === 'high' || finding.confidence === 'low', `${where}.confidence`);
    assertRange(finding.range, `${where}.range`);
    assertLocation(finding.location, `${where}.location`);
    if (finding.related !== undefined) {
      assert.ok(Array.isArray(finding.related), `${where}.related: an array`);
      for (const [i, related] of (finding.related as unknown[]).entries()) {
        assert.ok(isObject(related), `${where}.related[${i}]`);
        assert.equal(typeof related.message, 'string', `${where}.related[${i}].message`);
        assertRange(related.range, `${where}.related[${i}].range`);
        if (related.location !== undefined) assertLocation(related.location, `${where}.related[${i}].location`);
        assert.ok(related.fileName === undefined || typeof related.fileName === 'string');
      }
    }
    if (finding.fix !== undefined) {
      assert.ok(isObject(finding.fix), `${where}.fix: an object`);
      assert.equal(typeof finding.fix.title, 'string', `${where}.fix.title`);
      assert.equal(typeof finding.fix.safe, 'boolean', `${where}.fix.safe`);
      assert.ok(Array.isArray(finding.fix.edits), `${where}.fix.edits`);
      for (const edit of finding.fix.edits as unknown[]) {
        assert.ok(isObject(edit) && typeof edit.newText === 'string', `${where}.fix.edits[]`);
        assertRange(edit.range, `${where}.fix.edits[].range`);
      }
    }
  }
  assert.ok(Array.isArray(report.notices), 'notices: an array');
  for (const [index, notice] of (report.notices as unknown[]).entries()) {
    const where = `notices[${index}]`;
    assert.ok(isObject(notice), `${where}: an object`);
    assert.ok(NOTICE_CODES.includes(notice.code as never), `${where}.code`);
    assert.ok(SEVERITIES.includes(notice.severity as never), `${where}.severity`);
    assert.equal(typeof notice.message, 'string', `${where}.message`);
    assert.equal(typeof notice.fileName, 'string', `${where}.fileName`);
    if (notice.location !== undefined) assertLocation(notice.location, `${where}.location`, false);
  }
  assert.ok(isObject(report.tallies), 'tallies: an object');
  for (const [id, tally] of Object.entries(report.tallies)) {
    assert.ok(isObject(tally) && isCount(tally.examined) && isCount(tally.failed), `tallies[${id}]`);
  }
  assert.ok(isObject(report.score), 'score');
  const overall = report.score.overall;
  assert.ok(overall === null || (typeof overall === 'number' && overall >= 0 && overall <= 100), 'score.overall');
  assert.ok(Array.isArray(report.suppressions), 'suppressions');
  assert.ok(isObject(report.collected), 'collected');
}

/** A value as JSON would carry it (no undefined keys), for comparing what a reader gives back. */
export function asJson<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** The parts of a file report a reader must give back exactly (the score is recomputed from tallies). */
export function comparable(report: FileReport): unknown {
  const { score: _score, ...rest } = report;
  return asJson(rest);
}

/**
 * Every path to a value inside a JSON value, root first, so a property can replace or delete
 * any one of them (a tampered cache row, a hand-edited report).
 */
export function jsonPaths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const paths: Array<Array<string | number>> = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...jsonPaths(item, [...prefix, index])));
  else if (isObject(value))
    for (const [key, item] of Object.entries(value)) paths.push(...jsonPaths(item, [...prefix, key]));
  return paths;
}

/** The value with the one at `at` replaced (or deleted when `replacement` is undefined). */
export function replaceAt(value: unknown, at: ReadonlyArray<string | number>, replacement: unknown): unknown {
  if (at.length === 0) return replacement;
  const [head, ...rest] = at;
  if (Array.isArray(value)) {
    const copy = [...value];
    if (rest.length === 0 && replacement === undefined) copy.splice(head as number, 1);
    else copy[head as number] = replaceAt(copy[head as number], rest, replacement);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  if (rest.length === 0 && replacement === undefined) delete copy[head as string];
  // defineProperty, not assignment: a key named __proto__ stays a key.
  else
    Object.defineProperty(copy, head as string, {
      value: replaceAt(copy[head as string], rest, replacement),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}

/**
 * Runs `run` and says which keys it added to Object.prototype (a file or rule named
 * `__proto__` written with `obj[name] ??= {}`), removing them again so one polluting run does
 * not break every later test in the process.
 */
export function prototypeKeysAddedBy(run: () => void): string[] {
  const before = new Set(Reflect.ownKeys(Object.prototype));
  let added: PropertyKey[] = [];
  try {
    run();
  } finally {
    added = Reflect.ownKeys(Object.prototype).filter((key) => !before.has(key));
    for (const key of added) delete (Object.prototype as Record<PropertyKey, unknown>)[key];
  }
  return added.map(String);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The documented shape: { version: 1, files: { <file>: { <rule>: { count: n ≥ 0 } } } }. */
export function assertBaselineShape(baseline: Baseline): void {
  assert.equal(baseline.version, 1);
  assert.ok(isPlainObject(baseline.files), 'files: an object');
  for (const [file, rules] of Object.entries(baseline.files)) {
    assert.ok(isPlainObject(rules), `files[${JSON.stringify(file)}]: an object`);
    for (const [ruleId, entry] of Object.entries(rules))
      assert.ok(
        isPlainObject(entry) && Number.isInteger(entry.count) && (entry.count as number) >= 0,
        `files[${JSON.stringify(file)}][${JSON.stringify(ruleId)}]: { count: n }`,
      );
  }
}

export function shownNotices(report: WorkspaceReport) {
  return report.files.flatMap((file) => file.notices.filter(isReportedNotice));
}

/** The report as the file at `fileName` would have it (every finding and notice in that file). */
export function reportFor(report: FileReport, fileName: string): FileReport {
  return {
    ...report,
    fileName,
    findings: report.findings.map((finding) => ({ ...finding, fileName })),
    notices: report.notices.map((notice) => ({ ...notice, fileName })),
  };
}

/** The file's fingerprint as the cache takes it: size and time decide a hit before the hash. */
export function fingerprintOf(file: string): Fingerprint {
  const stat = statSync(file);
  return { hash: 'fuzz', size: stat.size, mtimeMs: stat.mtimeMs };
}

/** A cache folder with three files to review; a fresh one per test. */
export function cacheFolder(): { folder: string; files: string[]; cacheFile: string } {
  const folder = mkdtempSync(path.join(tmpdir(), 'touchpoint-fuzz-cache-'));
  const files = ['a.html', 'b.tsx', 'c d.html'].map((name, index) => {
    const file = path.join(folder, name);
    writeFileSync(file, `<p>${index}</p>\n`);
    return file;
  });
  return { folder, files, cacheFile: path.join(folder, '.touchpointcache') };
}
