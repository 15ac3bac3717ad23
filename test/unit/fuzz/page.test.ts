/**
 * The whole-page axe run (lint with a PageRunner worker with jsdom) on random small
 * pages, HTML and JSX, with the attributes axe's page rules look at (ids, labels, ARIA, roles,
 * landmarks, headings, tables, tab order, hidden content). Each run ends with a report whose
 * ranges are inside the text, the page run either done or said not done (only for its time
 * limit: axe failing or the worker crashing is a bug), and the same findings from Touchpoint's
 * own rules as without the page run. Few runs: jsdom is slow.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { configFromObject, lint, PageRunner, type FileReport } from '../../../src/core/index.js';
import { pages } from './arbitraries.js';
import { fuzzParameters } from './fuzz.js';

function assertInside(report: FileReport, text: string): void {
  for (const finding of report.findings) {
    assert.ok(finding.range.start >= 0 && finding.range.start <= finding.range.end && finding.range.end <= text.length);
    assert.ok(finding.location.line >= 1 && finding.location.column >= 1);
  }
}

describe('fuzz: whole-page axe run', function () {
  this.timeout(120_000);
  const all = configFromObject({ extends: 'touchpoint:all' });
  let runner: PageRunner;
  before(() => {
    runner = new PageRunner({ workers: 1 });
  });
  after(() => runner.close());

  it('gives a report (or says the page run hit its time limit), never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(pages, async ({ language, text }) => {
        const report = await lint(text, language, all, { runner, fileName: `page.${language}` });
        assertInside(report, text);
        // No rule fails (the live axe rules on an empty <select>: see regressions.test.ts).
        for (const notice of report.notices.filter((n) =>
          /Whole-page accessibility checks did not run/.test(n.message),
        ))
          assert.match(notice.message, /time limit/, `${notice.message}\n${text}`);
        // Touchpoint's own rules see the same page with or without axe's.
        const own = (from: FileReport) =>
          from.findings.filter((f) => f.area !== 'a11y').map((f) => `${f.ruleId} ${f.range.start}-${f.range.end}`);
        assert.deepEqual(own(report), own(lint(text, language, all, { fileName: `page.${language}` })));
      }),
      fuzzParameters(0.1),
    );
  });
});
