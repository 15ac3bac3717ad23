/**
 * Shape checks for reports read back from disk that this run did not write: JSON reports
 * (`touchpoint merge`) and the portable rows of the CLI's cache. Either may be old, truncated or
 * edited by hand; a value that fails here is not data (a clear error for a report, a cache
 * miss), never a half-read report that drops findings or prints `undefined`.
 */
import { NOTICE_CODES } from '../report.js';
import type { SourceLanguage } from '../model.js';
import { getRule } from '../rules/index.js';
import type { PortableFileReport } from './portable.js';

export type Check = (value: unknown) => boolean;

export const isString: Check = (value) => typeof value === 'string';
const isBoolean: Check = (value) => typeof value === 'boolean';
/** Offsets and counts (and 0-based lines): whole numbers from 0. */
const isCount: Check = (value) => Number.isSafeInteger(value) && (value as number) >= 0;
/** Lines and columns people read: 1-based. */
const isPosition: Check = (value) => Number.isSafeInteger(value) && (value as number) >= 1;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);
const arrayOf =
  (check: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(check);
const recordOf =
  (check: Check): Check =>
  (value) =>
    isObject(value) && Object.values(value).every(check);
export const oneOf =
  (...values: readonly unknown[]): Check =>
  (value) =>
    values.includes(value);
/** An object whose listed fields pass their checks (other fields are ignored). */
const shape =
  (fields: Readonly<Record<string, Check>>): Check =>
  (value) =>
    isObject(value) && Object.entries(fields).every(([key, check]) => check(value[key]));

/** Finding severities, in the order the cache numbers them. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
const isSeverity = oneOf(...SEVERITIES);
export const isRange: Check = (value) =>
  shape({ start: isCount, end: isCount })(value) &&
  (value as { start: number }).start <= (value as { end: number }).end;
export const isLocation: Check = (value) =>
  shape({ line: isPosition, column: isPosition, endLine: isPosition, endColumn: isPosition })(value) &&
  (value as { line: number }).line <= (value as { endLine: number }).endLine;
export const isRelated = arrayOf(
  shape({ message: isString, range: isRange, fileName: optional(isString), location: optional(isLocation) }),
);
export const isFix = shape({
  title: isString,
  safe: isBoolean,
  edits: arrayOf(shape({ range: isRange, newText: isString })),
});

const LANGUAGES: readonly SourceLanguage[] = ['html', 'jsx', 'tsx', 'js', 'ts', 'json'];
/** A rule this version has: a finding of another is not data this version can show. */
export const isKnownRule: Check = (value) => typeof value === 'string' && getRule(value) !== undefined;

/** A finding in the portable shape (portable.ts). */
export const isPortableFinding: Check = shape({
  ruleId: isString,
  severity: isSeverity,
  message: isString,
  detail: optional(isString),
  range: isRange,
  location: isLocation,
  snippet: isString,
  related: optional(isRelated),
  fix: optional(isFix),
  confidence: oneOf('high', 'low'),
  why: optional(isString),
});

const isNotice = shape({
  code: oneOf(...NOTICE_CODES),
  severity: isSeverity,
  message: isString,
  fileName: isString,
  range: optional(isRange),
  location: optional(shape({ line: isPosition, column: isPosition })),
  ruleId: optional(isString),
  count: optional(isCount),
});

/** Everything of a portable file report but its findings, whose shape differs in the cache. */
export const isPortableReportFrame: Check = shape({
  fileName: isString,
  language: optional(oneOf(...LANGUAGES)),
  checked: isBoolean,
  findings: Array.isArray,
  notices: arrayOf(isNotice),
  tallies: recordOf(
    (tally) => Array.isArray(tally) && (tally.length === 2 || tally.length === 4) && tally.every(isCount),
  ),
  suppressed: isCount,
  page: optional(isBoolean),
  suppressions: arrayOf(
    shape({ ruleIds: arrayOf(isString), fromLine: isCount, toLine: isCount, reason: optional(isString) }),
  ),
  collected: recordOf(arrayOf(shape({ range: isRange, data: recordOf(isString) }))),
});

export function isPortableFileReport(value: unknown): value is PortableFileReport {
  return isPortableReportFrame(value) && (value as { findings: unknown[] }).findings.every(isPortableFinding);
}
