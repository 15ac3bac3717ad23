/**
 * The shape check for the cache's rows of findings (cache.ts PackedFinding); the checks of
 * portable reports the cache and `merge` share are core's (core/formats/validate.ts). A row that
 * fails is a cache miss, never data.
 */
import { reportChecks } from '../core/index.js';

const { isFix, isKnownRule, isLocation, isRange, isRelated, isString, oneOf } = reportChecks;

/**
 * A cache row of a finding (cache.ts PackedFinding): positions fixed, optional why last. The
 * cache was written by this version, so a rule it does not have makes the row a miss.
 */
export const isPackedFinding = (row: unknown): boolean =>
  Array.isArray(row) &&
  (row.length === 14 || (row.length === 15 && isString(row[14]))) &&
  isKnownRule(row[0]) &&
  oneOf(0, 1, 2)(row[1]) &&
  isRange({ start: row[2], end: row[3] }) &&
  isLocation({ line: row[4], column: row[5], endLine: row[6], endColumn: row[7] }) &&
  (row[8] === null || isString(row[8])) &&
  isString(row[9]) &&
  oneOf(0, 1)(row[10]) &&
  (row[11] === 0 || isRelated(row[11])) &&
  (row[12] === 0 || isFix(row[12])) &&
  (row[13] === 0 || isString(row[13]));
