/**
 * Valid / invalid case arrays per rule, in the style of eslint-plugin-jsx-a11y, with exact
 * ranges: in an invalid case the expected range of each finding is written inline between
 * ⟦ and ⟧, which are removed before linting. Test titles come from the rule id and the code.
 */
import assert from 'node:assert/strict';
import {
  configFromObject,
  lint,
  type AnyRule,
  type ConfigFile,
  type MarkupKind,
  type SourceLanguage,
} from '../../../src/core/index.js';

export interface InvalidCase {
  readonly code: string;
  /** Each expected finding's detail must match, in order. */
  readonly details?: readonly RegExp[];
  /** The text the first finding's fix produces, applied to the code without markers. */
  readonly fixed?: string;
}

export interface LanguageCases {
  readonly valid: readonly string[];
  readonly invalid: readonly (string | InvalidCase)[];
}

export interface RuleCases {
  readonly html?: LanguageCases;
  readonly jsx?: LanguageCases;
  /** Message catalogs: the code is a JSON catalog (`{ "key": "message" }`). */
  readonly catalog?: LanguageCases;
  readonly options?: Record<string, unknown>;
  readonly config?: ConfigFile;
}

/**
 * How many passing and failing cases each rule's tests declare, per language; filled as the
 * test files load, checked by the registry meta-test (RULES.md asks for three of each).
 */
export const declaredCases = new Map<string, Partial<Record<MarkupKind, { valid: number; invalid: number }>>>();

export function declareCases(ruleId: string, kind: MarkupKind, valid: number, invalid: number): void {
  const entry = declaredCases.get(ruleId) ?? {};
  const previous = entry[kind] ?? { valid: 0, invalid: 0 };
  entry[kind] = { valid: previous.valid + valid, invalid: previous.invalid + invalid };
  declaredCases.set(ruleId, entry);
}

const OPEN = '⟦';
const CLOSE = '⟧';

/** Strips ⟦ ⟧ markers and returns the text with the ranges they marked. */
export function extractMarkers(marked: string): { text: string; ranges: Array<{ start: number; end: number }> } {
  let text = '';
  const ranges: Array<{ start: number; end: number }> = [];
  const open: number[] = [];
  for (const char of marked) {
    if (char === OPEN) open.push(text.length);
    else if (char === CLOSE) ranges.push({ start: open.pop()!, end: text.length });
    else text += char;
  }
  assert.equal(open.length, 0, 'unbalanced ⟦ ⟧ markers');
  return { text, ranges: ranges.sort((a, b) => a.start - b.start) };
}

export function lintWithRule(rule: AnyRule, code: string, language: SourceLanguage, cases: RuleCases) {
  const config = configFromObject({
    ...cases.config,
    extends: 'touchpoint:recommended',
    rules: { [rule.id]: cases.options ? [rule.severity, cases.options] : rule.severity },
  });
  const fileName = language === 'html' ? 'case.html' : language === 'json' ? 'case.json' : 'case.tsx';
  const report = lint(code, language, config, { fileName });
  assert.deepEqual(
    report.notices.filter((notice) => notice.code === 'rule-failed'),
    [],
    'the rule must not fail',
  );
  return { report, findings: report.findings.filter((finding) => finding.ruleId === rule.id) };
}

export function applyEdits(
  text: string,
  edits: ReadonlyArray<{ range: { start: number; end: number }; newText: string }>,
): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.range.start - a.range.start)) {
    result = result.slice(0, edit.range.start) + edit.newText + result.slice(edit.range.end);
  }
  return result;
}

export function testRule(rule: AnyRule, cases: RuleCases): void {
  describe(rule.id, () => {
    for (const [kind, language] of [
      ['html', 'html'],
      ['jsx', 'tsx'],
      ['catalog', 'json'],
    ] as const) {
      const languageCases = cases[kind];
      if (!languageCases) continue;
      declareCases(rule.id, kind, languageCases.valid.length, languageCases.invalid.length);
      describe(kind.toUpperCase(), () => {
        for (const code of languageCases.valid) {
          it(`should not report: ${code.replace(/\s+/g, ' ').slice(0, 90)}`, () => {
            const { findings } = lintWithRule(rule, code, language, cases);
            assert.deepEqual(
              findings.map((finding) => finding.snippet),
              [],
            );
          });
        }
        for (const entry of languageCases.invalid) {
          const invalid = typeof entry === 'string' ? { code: entry } : entry;
          const { text, ranges } = extractMarkers(invalid.code);
          it(`should report: ${text.replace(/\s+/g, ' ').slice(0, 90)}`, () => {
            assert.ok(ranges.length > 0, 'an invalid case needs at least one ⟦marked⟧ range');
            const { report, findings } = lintWithRule(rule, text, language, cases);
            assert.deepEqual(
              findings.map((finding) => ({
                ...finding.range,
                text: text.slice(finding.range.start, finding.range.end),
              })),
              ranges.map((range) => ({ ...range, text: text.slice(range.start, range.end) })),
            );
            invalid.details?.forEach((detail, index) => assert.match(findings[index]?.detail ?? '', detail));
            if (invalid.fixed !== undefined) {
              const fix = findings[0]?.fix;
              assert.ok(fix, 'expected a fix');
              assert.equal(applyEdits(text, fix.edits), invalid.fixed);
            }
            assert.ok(report.checked);
          });
        }
      });
    }
  });
}
