import assert from 'node:assert/strict';
import {
  configFromObject,
  findingActions,
  fixAllAction,
  lint,
  moveWithEdits,
  suppression,
  type EditAction,
  type Finding,
  type SourceLanguage,
} from '../../../src/core/index.js';

/** The text with an action's edits applied (last first, so offsets hold). */
function applied(text: string, action: EditAction): string {
  let result = text;
  for (const { range, newText } of [...action.edits].sort((a, b) => b.range.start - a.range.start))
    result = result.slice(0, range.start) + newText + result.slice(range.end);
  return result;
}

function findingOf(
  text: string,
  language: SourceLanguage,
  ruleId: string,
): { finding: Finding; findings: readonly Finding[] } {
  const config = configFromObject({ rules: { [ruleId]: 'warning' } });
  const { findings } = lint(text, language, config, { fileName: `page.${language}` });
  const finding = findings.find((candidate) => candidate.ruleId === ruleId);
  assert.ok(finding, `${ruleId} in ${findings.map((f) => f.ruleId).join(', ')}`);
  return { finding, findings };
}

describe('edit actions (what an editor offers on a finding)', () => {
  it('disables a rule with a comment in the syntax of the place: HTML, after a doctype, a JSX child, a JSX root', () => {
    const html =
      '<!doctype html>\n<html lang="en"><body><a href="/">Home</a>\n  <a href="#">Open</a>\n</body></html>\n';
    const { finding } = findingOf(html, 'html', 'feedback/placeholder-link');
    assert.match(
      applied(html, suppression(html, 'html', 'page.html', finding, 'line')),
      /\n {2}<!-- touchpoint-disable-next-line feedback\/placeholder-link -->\n {2}<a href="#">/,
    );
    assert.ok(
      applied(html, suppression(html, 'html', 'page.html', finding, 'file')).startsWith(
        '<!doctype html>\n<!-- touchpoint-disable feedback/placeholder-link -->\n',
      ),
      'after the doctype, never before it',
    );
    const jsx = 'export const A = () => (\n  <div>\n    <a href="#">Open</a>\n  </div>\n);\n';
    const child = findingOf(jsx, 'jsx', 'feedback/placeholder-link').finding;
    assert.match(
      applied(jsx, suppression(jsx, 'jsx', 'a.jsx', child, 'line')),
      /\n {4}\{\/\* touchpoint-disable-next-line feedback\/placeholder-link \*\/\}\n {4}<a/,
    );
    const root = 'export const A = () =>\n  <a href="#">Open</a>;\n';
    const rootFinding = findingOf(root, 'jsx', 'feedback/placeholder-link').finding;
    assert.match(
      applied(root, suppression(root, 'jsx', 'a.jsx', rootFinding, 'line')),
      /\n {2}\/\/ touchpoint-disable-next-line feedback\/placeholder-link\n {2}<a/,
    );
  });

  it('the suppressions it writes are ones the engine obeys', () => {
    const jsx = 'export const A = () => (\n  <div>\n    <a href="#">Open</a>\n  </div>\n);\n';
    const { finding } = findingOf(jsx, 'jsx', 'feedback/placeholder-link');
    for (const scope of ['line', 'file'] as const) {
      const fixed = applied(jsx, suppression(jsx, 'jsx', 'a.jsx', finding, scope));
      const again = lint(fixed, 'jsx', undefined, { fileName: 'a.jsx' }).findings;
      assert.ok(!again.some((f) => f.ruleId === 'feedback/placeholder-link'), `${scope}: ${fixed}`);
    }
  });

  it('offers real fixes first, fix-all of a rule once, and never two fixes that touch the same text', () => {
    const html =
      '<html lang="en"><head><title>Shop</title></head><body><main><h1>Shop</h1>' +
      '<p>Please utilize the form and utilize the link.</p></main></body></html>\n';
    const { finding, findings } = findingOf(html, 'html', 'wording/jargon');
    const first = findingActions(html, 'html', 'page.html', finding, findings);
    assert.equal(first.fixes[0]?.preferred, true);
    assert.match(first.fixes[0]!.title, /utilize/i);
    assert.equal(first.fixes[1]?.title, 'Fix all wording/jargon problems in this file (2)');
    assert.deepEqual(
      first.suppressions.map((action) => action.title),
      ['Disable wording/jargon for this line', 'Disable wording/jargon for this file'],
    );
    const second = findingActions(html, 'html', 'page.html', finding, findings, false);
    assert.equal(second.fixes.length, 1, 'a second finding of the rule: its own fix only');
    assert.equal(second.suppressions.length, 0);
    const all = fixAllAction(findings);
    assert.ok(all);
    assert.equal(applied(html, all).match(/utilize/g), null);
  });

  it('moves kept findings past edits and drops the ones an edit touches', () => {
    const finding = (start: number, end: number) => ({ ruleId: 'x', range: { start, end } }) as unknown as Finding;
    const moved = moveWithEdits([finding(0, 4), finding(10, 14), finding(20, 24)], [{ start: 11, end: 12, length: 3 }]);
    assert.deepEqual(
      moved.map((f) => f.range),
      [
        { start: 0, end: 4 },
        { start: 22, end: 26 },
      ],
    );
  });
});
