import assert from 'node:assert/strict';
import { lint, type SourceLanguage } from '../../../src/core/index.js';
import { everyRule } from '../helpers/config.js';

function check(text: string, language: SourceLanguage = 'html') {
  const report = lint(text, language, everyRule);
  return {
    findings: report.findings.map((f) => `${f.ruleId}@${f.location.line}`),
    notices: report.notices.map((n) => `${n.code}@${n.location?.line}`),
    suppressed: report.suppressed,
  };
}

describe('suppressions', () => {
  it('should disable the next line in HTML comments, for named rules only', () => {
    const result = check(
      '<!-- touchpoint-disable-next-line feedback/placeholder-link -- legacy widget -->\n<a href="#">Click here</a>',
    );
    assert.deepEqual(result.findings, ['wording/ambiguous-link-text@2']);
    assert.equal(result.suppressed, 1);
  });

  it('should disable every rule on the next line when no rule is named', () => {
    const result = check('<!-- touchpoint-disable-next-line -->\n<a href="#">Click here</a>');
    assert.deepEqual(result.findings, []);
    assert.equal(result.suppressed, 2);
  });

  it('should disable the comment’s own line', () => {
    assert.deepEqual(check('<a href="#">Basket</a> <!-- touchpoint-disable-line -->').findings, []);
  });

  it('should disable from touchpoint-disable to touchpoint-enable', () => {
    const result = check(
      '<!-- touchpoint-disable feedback/placeholder-link -->\n<a href="#">A</a>\n<!-- touchpoint-enable feedback/placeholder-link -->\n<a href="#">B</a>',
    );
    assert.deepEqual(result.findings, ['feedback/placeholder-link@4']);
  });

  it('should disable a whole file from a touchpoint-disable at the top', () => {
    assert.deepEqual(check('<!-- touchpoint-disable -->\n<a href="#">A</a>\n<h1>a</h1><h3>b</h3>').findings, []);
  });

  it('should work in JSX comments and JS comments', () => {
    const jsx = [
      'const A = () => (',
      '  <div>',
      '    {/* touchpoint-disable-next-line feedback/placeholder-link */}',
      '    <a href="#">Basket</a>',
      '  </div>',
      ');',
      '// touchpoint-disable-next-line',
      'const B = () => <a href="#">Orders</a>;',
      'const C = () => <a href="#">Help</a>; /* touchpoint-disable-line feedback/placeholder-link -- soon */',
    ].join('\n');
    const result = check(jsx, 'tsx');
    assert.deepEqual(result.findings, []);
    assert.equal(result.suppressed, 3);
  });

  it('should report unused suppressions as information', () => {
    const report = lint('<!-- touchpoint-disable-next-line wording/jargon -->\n<p>Plain words</p>', 'html', everyRule);
    assert.deepEqual(
      report.notices.map((n) => [n.code, n.severity, n.location?.line]),
      [['unused-suppression', 'info', 1]],
    );
    assert.match(report.notices[0]!.message, /Unused touchpoint-disable-next-line for wording\/jargon/);
  });

  it('should report unknown rule ids in suppressions', () => {
    const report = lint('<!-- touchpoint-disable-next-line wording/nope -->\n<p>x</p>', 'html');
    assert.deepEqual(
      report.notices.map((n) => n.code),
      ['unknown-rule-in-suppression'],
    );
  });

  it('should not treat lookalike text as a directive', () => {
    const result = check('<!-- touchpoint-disabled -->\n<a href="#">A</a>');
    assert.deepEqual(result.findings, ['feedback/placeholder-link@2']);
  });

  it('should keep the range of a comment left open at the end of the file inside the text', () => {
    for (const text of [
      '<a href="#">x</a>\n<!-- touchpoint-disable',
      '<p>x</p><!-- touchpoint-disable-line wording/nope',
    ]) {
      const report = lint(text, 'html');
      assert.equal(report.notices.length, 1, text);
      assert.equal(report.notices[0]!.range!.end, text.length, text);
    }
  });
});
