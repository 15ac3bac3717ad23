/**
 * The scorecard page in headless Chromium, as VS Code's webview runs it (served with its CSP,
 * a stubbed acquireVsCodeApi) and as the CLI's standalone HTML report: rendering of real engine
 * output, grouping, filters, search, keyboard, reveal messages, escaping, state restore, live
 * updates, its own rules and axe-core in the browser, and screenshots in light and dark.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import * as prettier from 'prettier';
import {
  defaultConfig,
  lintWithPage,
  PageRunner,
  type ScorecardData,
  type ScorecardFinding,
} from '../../src/core/index.js';
import {
  launch,
  openWebview,
  outputPath,
  posted,
  ROOT,
  sampleData,
  sendData,
  serveWebview,
  watchProblems,
} from './helpers.js';

describe('scorecard page (Chromium)', function () {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveWebview>>;
  let data: ScorecardData;
  const pages: Page[] = [];

  before(async () => {
    [browser, server, data] = await Promise.all([launch(), serveWebview(), sampleData()]);
    assert.ok(data.findings.length > 20, 'the sample has findings to show');
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.close()));
  });

  async function open(options: Parameters<typeof openWebview>[2] = {}) {
    const opened = await openWebview(browser, server.url, options);
    pages.push(opened.page);
    return opened;
  }

  const visibleFindings = (page: Page) =>
    page.$$eval('details[open] .finding', (items) =>
      items.map((item) => ({ key: (item as HTMLElement).dataset.key!, className: item.className })),
    );

  it('renders the engine’s scores and every finding, with the explanation adding up', async () => {
    const { page, problems } = await open();
    await sendData(page, data);
    assert.equal(await page.textContent('#overall-score'), String(data.score.overall));
    for (const [area, score] of Object.entries(data.score.areas)) {
      const shown = await page.textContent(`.areas li[data-area="${area}"] .value`);
      assert.equal(shown, score === null ? '–' : String(score), area);
    }
    assert.equal((await visibleFindings(page)).length, data.findings.length);
    assert.equal(await page.textContent('#status'), `Showing all ${data.findings.length} findings.`);
    // “How is this scored?” computes from the rules' numbers; it must land on the engine's score.
    const equation = (await page.textContent('#overall-equation')) ?? '';
    assert.match(equation, new RegExp(`shown as ${data.score.overall}$`));
    assert.equal(await page.locator('.scoring tbody tr').count(), data.rules.length);
    // The UX / CX split and the history plot.
    assert.match((await page.textContent('.lenses li[data-lens="UX"]')) ?? '', /score \d+, \d+ findings/);
    assert.equal(await page.locator('.history circle').count(), data.history.length);
    assert.match((await page.textContent('.history figcaption')) ?? '', /last 4 reviews: 62 on/);
    assert.equal(await page.locator('#not-checked-statically li').count(), data.notCheckedStatically.length);
    assert.deepEqual(problems, []);
  });

  it('groups by area, rule, file and lens', async () => {
    const { page } = await open();
    await sendData(page, data);
    const groups = () =>
      page.$$eval('details.group', (items) => items.map((item) => (item as HTMLElement).dataset.group));
    const areaOrder = ['feedback', 'errors', 'wording', 'a11y', 'navigation'];
    assert.deepEqual(
      await groups(),
      areaOrder.filter((area) => data.findings.some((f) => f.area === area)),
    );
    await page.selectOption('#group-by', 'file');
    assert.deepEqual(await groups(), [...new Set(data.findings.map((f) => f.file))].sort());
    await page.selectOption('#group-by', 'rule');
    assert.deepEqual(await groups(), [...new Set(data.findings.map((f) => f.ruleId))].sort());
    await page.selectOption('#group-by', 'lens');
    assert.deepEqual(
      await groups(),
      ['UX', 'CX'].filter((lens) => data.findings.some((f) => f.lens === lens)),
    );
    const counts = await page.$$eval('details.group', (items) =>
      items.map((item) => item.querySelectorAll('.finding').length),
    );
    assert.equal(
      counts.reduce((sum, count) => sum + count, 0),
      data.findings.length,
    );
  });

  it('filters by severity, area, lens and file, and clears', async () => {
    const { page } = await open();
    await sendData(page, data);
    const expectShown = async (predicate: (finding: ScorecardFinding) => boolean, label: string) => {
      const expected = data.findings.filter(predicate).map(keyOf).sort();
      assert.ok(expected.length > 0 && expected.length < data.findings.length, `${label} narrows the list`);
      assert.deepEqual((await visibleFindings(page)).map((f) => f.key).sort(), expected, label);
      assert.equal(
        await page.textContent('#status'),
        `Showing ${expected.length} of ${data.findings.length} findings.`,
      );
    };
    await page.selectOption('#severity', 'error');
    await expectShown((f) => f.severity === 'error', 'severity');
    await page.selectOption('#severity', '');
    await page.selectOption('#area', 'wording');
    await expectShown((f) => f.area === 'wording', 'area');
    await page.selectOption('#area', '');
    await page.selectOption('#lens', 'CX');
    await expectShown((f) => f.lens === 'CX', 'lens');
    await page.selectOption('#lens', '');
    const file = data.findings[0]!.file;
    await page.selectOption('#file', file);
    await expectShown((f) => f.file === file, 'file');
    await page.selectOption('#severity', 'warning');
    await page.click('#clear-filters');
    assert.equal((await visibleFindings(page)).length, data.findings.length);
    assert.equal(await page.inputValue('#file'), '');
  });

  it('searches words across message, rule, file and why', async () => {
    const { page } = await open();
    await sendData(page, data);
    await page.fill('#search', 'utilize');
    const expected = data.findings.filter((f) =>
      /utilize/i.test([f.message, f.ruleId, f.file, f.why, f.snippet].join(' ')),
    );
    assert.ok(expected.length > 0);
    assert.deepEqual((await visibleFindings(page)).map((f) => f.key).sort(), expected.map(keyOf).sort());
    await page.fill('#search', 'jargon checkout');
    const both = data.findings.filter((f) => {
      const text = [f.message, f.ruleId, f.file, f.why, f.snippet, ...f.metrics].join('\n').toLowerCase();
      return text.includes('jargon') && text.includes('checkout');
    });
    assert.equal((await visibleFindings(page)).length, both.length);
    await page.press('#search', 'Escape');
    assert.equal((await visibleFindings(page)).length, data.findings.length);
  });

  it('is keyboard usable: / to search, arrows between findings, Enter reveals', async () => {
    const { page } = await open();
    await sendData(page, data);
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search');
    // Tab from the search field reaches the first finding's location through the controls.
    let guard = 0;
    while (!(await page.evaluate(() => document.activeElement?.classList.contains('loc'))) && guard++ < 20)
      await page.keyboard.press('Tab');
    // Findings in screen order (grouped by area), as the keyboard walks them.
    const order = (await visibleFindings(page)).map((f) => data.findings.find((d) => keyOf(d) === f.key)!);
    const [first, second] = order as [ScorecardFinding, ScorecardFinding];
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      `${first.file}:${first.line}:${first.column}`,
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    assert.equal(
      await page.evaluate(() => document.activeElement?.closest<HTMLElement>('.finding')?.dataset.key),
      keyOf(second),
    );
    await page.keyboard.press('Enter');
    const reveal = (await posted(page)).filter((message) => message.type === 'reveal');
    assert.deepEqual(reveal, [
      {
        type: 'reveal',
        file: second.file,
        line: second.line,
        column: second.column,
        endLine: second.endLine,
        endColumn: second.endColumn,
      },
    ]);
    await page.keyboard.press('End');
    assert.equal(
      await page.evaluate(() => document.activeElement?.closest<HTMLElement>('.finding')?.dataset.key),
      keyOf(order[order.length - 1]!),
    );
  });

  it('posts reveal on click, and export and review from the header', async () => {
    const { page } = await open();
    await sendData(page, data);
    const target = data.findings.find((f) => f.area === 'navigation')!;
    await page.click(`.finding[data-key="${keyOf(target)}"] .loc`);
    await page.click('button[data-format="sarif"]');
    await page.click('#review');
    const messages = (await posted(page)).filter((m) => m.type !== 'ready');
    assert.deepEqual(messages, [
      {
        type: 'reveal',
        file: target.file,
        line: target.line,
        column: target.column,
        endLine: target.endLine,
        endColumn: target.endColumn,
      },
      { type: 'export', format: 'sarif' },
      { type: 'review' },
    ]);
  });

  it('renders workspace text as text: markup in a finding never becomes HTML', async () => {
    const { page, problems } = await open();
    const attack = '<img src=x onerror=alert(1)>';
    const evil: ScorecardData = {
      ...data,
      title: `<script>alert(2)</script>`,
      findings: [
        {
          ...data.findings[0]!,
          message: `Bad ${attack}`,
          snippet: attack,
          file: `src/${attack}.html`,
          why: '<b onmouseover=alert(3)>why</b>',
        },
      ],
      notChecked: [{ file: attack, message: attack }],
    };
    await sendData(page, evil);
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.locator('main b, main script, h1 script').count(), 0);
    assert.equal(await page.textContent('.finding .snippet'), attack);
    assert.equal(await page.textContent('.finding .message'), `Bad ${attack}`);
    assert.match((await page.textContent('h1')) ?? '', /<script>alert\(2\)<\/script>/);
    await page.hover('.finding .why');
    assert.deepEqual(problems, [], 'no script ran, no dialog opened');
  });

  it('restores filters, search, closed groups and scroll from saved state, and keeps them through updates', async () => {
    const first = await open({ width: 900 });
    await sendData(first.page, data);
    await first.page.selectOption('#group-by', 'file');
    await first.page.selectOption('#severity', 'warning');
    await first.page.fill('#search', 'button');
    const firstGroup = first.page.locator('details.group summary').first();
    const closedGroup = await first.page.locator('details.group').first().getAttribute('data-group');
    await firstGroup.click();
    await first.page.evaluate(() => window.scrollTo(0, 500));
    await first.page.waitForFunction(
      () => (window as unknown as { __state?: { scrollY: number } }).__state?.scrollY === 500,
    );
    const saved = await first.page.evaluate(() => (window as unknown as { __state: unknown }).__state);
    const shownBefore = await visibleFindings(first.page);

    // A window reload: VS Code gives the new page the saved state, the extension sends data again.
    const second = await open({ width: 900, state: saved });
    await sendData(second.page, data);
    assert.equal(await second.page.inputValue('#group-by'), 'file');
    assert.equal(await second.page.inputValue('#severity'), 'warning');
    assert.equal(await second.page.inputValue('#search'), 'button');
    assert.equal(await second.page.locator(`details.group[data-group="${closedGroup}"]`).getAttribute('open'), null);
    assert.deepEqual(await visibleFindings(second.page), shownBefore);
    assert.equal(await second.page.evaluate(() => Math.round(window.scrollY)), 500);

    // Live update: new findings arrive; filters and scroll stay.
    const fewer = {
      ...data,
      generatedAt: new Date(Date.UTC(2026, 10, 24)).toISOString(),
      findings: data.findings.slice(1),
    };
    await sendData(second.page, fewer);
    assert.equal(await second.page.inputValue('#severity'), 'warning');
    assert.equal(await second.page.inputValue('#search'), 'button');
    assert.equal(await second.page.evaluate(() => Math.round(window.scrollY)), 500);
  });

  it('brings a finding into view on a focus message, clearing filters that hide it', async () => {
    const { page } = await open();
    await sendData(page, data);
    const target = data.findings[data.findings.length - 1]!;
    await page.selectOption('#severity', target.severity === 'error' ? 'warning' : 'error');
    await page.evaluate((finding) => window.postMessage({ type: 'focus', finding }, '*'), {
      ruleId: target.ruleId,
      file: target.file,
      line: target.line,
      column: target.column,
    });
    await page.waitForSelector('.finding.flash');
    assert.equal(
      await page.evaluate(() => document.activeElement?.closest<HTMLElement>('.finding')?.dataset.key),
      keyOf(target),
    );
    assert.equal(await page.inputValue('#severity'), '');
  });

  it('passes Touchpoint’s own rules and axe-core in the browser, light and dark, with screenshots', async () => {
    const runner = new PageRunner({ workers: 1 });
    try {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, problems } = await open({ colorScheme });
        await sendData(page, data);
        await page.click('.scoring summary');
        const html = await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`);
        // Our page, not the sample's problems it quotes: each finding's message, why and snippet
        // become neutral text (they are the workspace's and the rules' words, checked elsewhere).
        const ownPage = await page.evaluate(() => {
          const copy = document.documentElement.cloneNode(true) as HTMLElement;
          for (const quoted of copy.querySelectorAll('.finding .message, .finding .why, .finding .snippet code'))
            quoted.textContent = 'Quoted text.';
          return `<!DOCTYPE html>\n${copy.outerHTML}`;
        });
        // Formatted first: the rendered DOM is one long line, which the engine skips as minified.
        const formatted = await prettier.format(ownPage, { parser: 'html', printWidth: 120 });
        const report = await lintWithPage(formatted, 'html', defaultConfig(), { fileName: 'scorecard.html', runner });
        assert.deepEqual(report.notices, [], 'the whole page was checked');
        assert.ok(report.tallies['a11y/html-has-lang'] && report.tallies['a11y/landmark-one-main'], 'axe rules ran');
        assert.deepEqual(
          report.findings.map((f) => `${f.ruleId} ${f.location.line}:${f.location.column} ${f.message}`),
          [],
          `Touchpoint on its own scorecard (${colorScheme})`,
        );
        // axe-core in the real browser, colour contrast included (the CSP is bypassed for axe only).
        const context = await browser.newContext({
          bypassCSP: true,
          colorScheme,
          viewport: { width: 1100, height: 800 },
        });
        const axePage = await context.newPage();
        await axePage.setContent(html);
        await axePage.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
        const violations = await axePage.evaluate(async () => {
          const result = await (
            window as unknown as {
              axe: {
                run: (
                  options: unknown,
                ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }>;
              };
            }
          ).axe.run({
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
          });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
        });
        await context.close();
        assert.deepEqual(violations, [], `axe-core on the scorecard (${colorScheme})`);
        await page.screenshot({ path: outputPath(`scorecard-${colorScheme}.png`), fullPage: false });
        assert.deepEqual(problems, []);
      }
    } finally {
      await runner.close();
    }
    mkdirSync(path.join(ROOT, 'docs', 'images'), { recursive: true });
    copyFileSync(outputPath('scorecard-light.png'), path.join(ROOT, 'docs', 'images', 'scorecard.png'));
  });

  it('is readable at a narrow width', async () => {
    const { page } = await open({ width: 360, colorScheme: 'dark' });
    await sendData(page, data);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `no horizontal scrolling at 360 px (overflow ${overflow} px)`);
    await page.screenshot({ path: outputPath('scorecard-narrow-dark.png') });
  });

  it('the CLI’s standalone HTML report: same UI, data embedded, no network, no CSP violations', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'touchpoint-html-')), 'report.html');
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, 'dist', 'cli.js'), 'sample', '--format', 'html', '-o', out, '--exit-zero'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    assert.equal(result.status, 0, result.stderr);
    const html = readFileSync(out, 'utf8');
    const nonce = /script-src 'nonce-([^']+)'/.exec(html)?.[1];
    assert.ok(nonce, 'a nonce in the CSP');
    assert.doesNotMatch(html, /https?:\/\/(?!json\.schemastore|www\.w3\.org|dequeuniversity|github\.com)/i);
    const page = await browser.newPage();
    pages.push(page);
    const problems = watchProblems(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`file://${out}`);
    await page.waitForSelector('.finding');
    const embedded = JSON.parse((await page.textContent('#touchpoint-data')) ?? '{}') as ScorecardData;
    assert.equal((await visibleFindings(page)).length, embedded.findings.length);
    assert.equal(embedded.findings.length, data.findings.length);
    assert.equal(await page.textContent('#overall-score'), String(data.score.overall));
    assert.equal(await page.locator('button.loc').count(), 0, 'no editor to reveal in');
    assert.deepEqual(requests, [`file://${out}`]);
    assert.deepEqual(problems, []);
  });
});

function keyOf(finding: Pick<ScorecardFinding, 'ruleId' | 'file' | 'line' | 'column'>): string {
  return `${finding.ruleId}|${finding.file}|${finding.line}|${finding.column}`;
}
