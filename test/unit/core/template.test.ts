/**
 * `<template>` content: parse5 keeps it in a fragment of its own, and a script shows copies of
 * it at run time. It is checked as its own tree, inside the template in the source: every rule
 * reports there with exact ranges, axe's element rules judge it as a fragment whose parent is
 * unknown, and the whole-page axe run, like axe in a browser, does not see it.
 */
import assert from 'node:assert/strict';
import { lint, PageRunner, type FileReport } from '../../../src/core/index.js';
import { everyRule } from '../helpers/config.js';

const found = (report: FileReport) =>
  report.findings.map(
    (finding) => `${finding.ruleId} ${finding.location.line}:${finding.location.column} ${finding.snippet}`,
  );

describe('<template> content', () => {
  it('should report inside a template what it reports outside, on the same ranges', () => {
    const text = '<template id="card">\n  <a href="#">Open</a>\n  <img src="card.png">\n</template>';
    assert.deepEqual(found(lint(text, 'html')), ['feedback/placeholder-link 2:6 href="#"', 'a11y/image-alt 3:4 img']);
  });

  it('should read the words of a template as the page’s words', () => {
    const text = '<template><p>We utilize your data.</p></template>';
    assert.deepEqual(found(lint(text, 'html', everyRule)), ['wording/jargon 1:17 utilize']);
  });

  it('should not report template content for a parent that only the script chooses', () => {
    const text =
      '<ul><template><li><a href="/a">Shoes</a></li></template></ul>\n<template id="row"><tr><td>Shoes</td></tr></template>';
    assert.deepEqual(found(lint(text, 'html', everyRule)), []);
  });

  it('should count nesting inside a template from the template', () => {
    const text = `<template>\n${'<div>\n'.repeat(10_000)}${'</div>\n'.repeat(10_000)}</template>`;
    const report = lint(text, 'html');
    assert.equal(report.checked, false);
    assert.match(report.notices[0]!.message, /nested more than 10,000 levels deep/);
  });

  it('should run the whole-page rules on the page without its templates, as a browser does', async function () {
    this.timeout(60_000);
    const runner = new PageRunner({ workers: 1 });
    try {
      const page = (inside: string) =>
        `<!doctype html><html lang="en"><head><title>Search</title></head><body><main><h1>Search</h1>${inside}</main></body></html>`;
      const field = '<input name="q">\n<a href="#">Go</a> <a href="/help">Help</a>';
      const outside = await lint(page(field), 'html', everyRule, { runner });
      assert.deepEqual(
        found(outside).filter((finding) => /a11y\/label |placeholder-link/.test(finding)),
        ['a11y/label 1:94 input', 'feedback/placeholder-link 2:4 href="#"'],
      );
      const inTemplate = await lint(page(`<template>${field}</template>`), 'html', everyRule, { runner });
      // The page run never sees the field (a11y/label is a whole-page rule); the rules on the model do.
      assert.deepEqual(
        found(inTemplate).filter((finding) => /a11y\/label |placeholder-link/.test(finding)),
        ['feedback/placeholder-link 2:4 href="#"'],
      );
      assert.deepEqual(inTemplate.notices, []);
    } finally {
      await runner.close();
    }
  });
});
