/**
 * The scorecard page in headless Chromium, as VS Code's webview runs it (served with its CSP,
 * a stubbed acquireVsCodeApi) and as the CLI's standalone HTML report: rendering of real engine
 * output, grouping, filters, search, keyboard, reveal messages, escaping, state restore, live
 * updates, the pages table, the score worked out (formula 2), the history across a formula
 * change, its own rules and axe-core in the browser, and screenshots in light and dark.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import * as prettier from 'prettier';
import { defaultConfig, lint, PageRunner, type ScorecardData, type ScorecardFinding } from '../../src/core/index.js';
import {
  launch,
  openWebview,
  outputPath,
  posted,
  ROOT,
  sampleData,
  sendData,
  serveWebview,
  tinyData,
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
    // “How is this scored?” computes from the files' scores; it must land on the engine's score.
    const equation = (await page.textContent('#overall-equation')) ?? '';
    assert.match(equation, new RegExp(`(=|rounded to) ${data.score.overall}$`));
    assert.equal(await page.locator('#rules-table tbody tr').count(), data.rules.length);
    assert.equal(await page.locator('#pages-table tbody tr').count(), data.files.length);
    // The UX / CX split and the history plot.
    assert.match((await page.textContent('.lenses li[data-lens="UX"]')) ?? '', /score \d+, \d+ findings/);
    assert.equal(await page.locator('.history circle').count(), data.history.length);
    assert.match((await page.textContent('.history figcaption')) ?? '', /last 5 reviews: 62 on/);
    assert.equal(await page.locator('#not-checked-statically li').count(), data.notCheckedStatically.length);
    assert.deepEqual(problems, []);
  });

  it('lists pages and components worst first; choosing one filters the findings to it', async () => {
    const { page, problems } = await open();
    await sendData(page, data);
    assert.ok(data.files.length >= 6, 'the sample has files to rank');
    assert.equal(data.score.files, data.files.length);
    const rows = await page.$$eval('#pages-table tbody tr', (items) =>
      items.map((row) => ({
        file: (row as HTMLElement).dataset.file,
        button: row.querySelector('th button')?.textContent,
        kind: row.querySelectorAll('td')[1]?.textContent,
        score: row.querySelector('td.score .value')?.textContent,
        band: row.querySelector('td.score .value')?.className,
        counted: row.querySelectorAll('td')[3]?.textContent,
      })),
    );
    assert.deepEqual(
      rows.map((row) => row.file),
      data.files.map((file) => file.file),
    );
    assert.deepEqual(
      rows.map((row) => row.button),
      data.files.map((file) => file.file),
    );
    const shownScores = rows.map((row) => Number(row.score));
    assert.deepEqual(
      shownScores,
      data.files.map((file) => file.score.overall),
    );
    assert.deepEqual(
      shownScores,
      [...shownScores].sort((a, b) => a - b),
      'worst first',
    );
    assert.deepEqual(
      rows.map((row) => row.kind),
      data.files.map((file) => (file.kind === 'page' ? 'Page' : 'Component')),
    );
    assert.ok(rows.some((row) => row.kind === 'Page') && rows.some((row) => row.kind === 'Component'));
    assert.match(rows[0]!.band!, /poor/);
    assert.match(rows[0]!.counted!, new RegExp(`^${data.files[0]!.score.counts.counted}\\b`));
    // A file's “little checked” areas are named in its row.
    assert.equal(await page.textContent('#pages-table thead th:last-child'), 'Little checked');
    const thin = data.files.find((file) =>
      Object.entries(file.score.basis).some(([area, basis]) => basis.thin && file.score.areas[area as never] !== null),
    )!;
    const thinArea = Object.entries(thin.score.basis).find(
      ([area, basis]) => basis.thin && thin.score.areas[area as never] !== null,
    )![0];
    assert.match(
      (await page.textContent(`#pages-table tr[data-file="${thin.file}"] td.thin-areas`)) ?? '',
      new RegExp(data.areaLabels[thinArea as never]),
    );

    // Click: only that file's findings; the File filter says so; the row says it is chosen.
    const target = data.files.slice(5).find((file) => file.penalties.length > 0)!;
    const expected = data.findings.filter((f) => f.file === target.file).map(keyOf);
    assert.ok(expected.length > 0);
    const button = page.locator(`button.file-filter[data-file="${target.file}"]`);
    await button.click();
    assert.deepEqual((await visibleFindings(page)).map((f) => f.key).sort(), expected.sort());
    assert.equal(await page.inputValue('#file'), target.file);
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    assert.equal(await page.textContent('#status'), `Showing ${expected.length} of ${data.findings.length} findings.`);
    // …and its score is worked out in “How is this scored?”, though it is not among the five lowest.
    assert.equal(await page.locator(`#file-equations li[data-file-equation="${target.file}"]`).count(), 1);

    // Keyboard: Space on the chosen row shows every finding again; Enter on a clean file shows none.
    await button.focus();
    await page.keyboard.press('Space');
    assert.equal((await visibleFindings(page)).length, data.findings.length);
    assert.equal(await page.inputValue('#file'), '');
    assert.equal(await button.getAttribute('aria-pressed'), 'false');
    const clean = data.files.find((file) => !data.findings.some((f) => f.file === file.file))!;
    await page.focus(`button.file-filter[data-file="${clean.file}"]`);
    await page.keyboard.press('Enter');
    assert.equal(await page.inputValue('#file'), clean.file);
    assert.equal(await page.textContent('#status'), `Showing 0 of ${data.findings.length} findings.`);
    assert.deepEqual(problems, []);
  });

  it('shows the first 20 files, and all of them on request', async () => {
    const { page } = await open();
    const many: ScorecardData = {
      ...data,
      files: Array.from({ length: 27 }, (_, index) => ({
        ...data.files[index % data.files.length]!,
        file: `pages/page-${String(index).padStart(2, '0')}.html`,
      })),
    };
    await sendData(page, many);
    assert.equal(await page.locator('#pages-table tbody tr').count(), 20);
    assert.equal(await page.textContent('#all-files'), 'Show all 27 files');
    await page.click('#all-files');
    assert.equal(await page.locator('#pages-table tbody tr').count(), 27);
    assert.equal(await page.locator('#all-files').count(), 0);
    assert.equal(
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.file),
      'pages/page-20.html',
    );
  });

  it('says what each area rests on, and labels an area that was little checked', async () => {
    const { page, problems } = await open();
    await sendData(page, data);
    const areaText = (area: string) => page.textContent(`.areas li[data-area="${area}"] .count`);
    for (const [area, basis] of Object.entries(data.score.basis)) {
      assert.equal(basis.thin, false, `the sample checks ${area} enough`);
      const text = (await areaText(area)) ?? '';
      assert.match(text, new RegExp(`${basis.checks} checks, ${basis.examined} examinations`), area);
      assert.doesNotMatch(text, /little checked/, area);
    }
    assert.ok(data.notCheckedStatically.length > 0);
    assert.match(
      (await areaText('a11y')) ?? '',
      new RegExp(`${data.notCheckedStatically.length} checks need a browser and were not run`),
    );

    // A tiny workspace: most areas rest on fewer than five examinations.
    const tiny = tinyData();
    await sendData(page, tiny);
    const thin = Object.entries(tiny.score.basis).filter(
      ([area, basis]) => basis.thin && tiny.score.areas[area as keyof typeof tiny.score.areas] !== null,
    );
    assert.ok(thin.length > 0, 'the tiny workspace has little-checked areas');
    for (const [area, basis] of thin) {
      assert.equal(await page.getAttribute(`.areas li[data-area="${area}"]`, 'data-thin'), 'true', area);
      assert.match(
        (await areaText(area)) ?? '',
        new RegExp(`little checked: ${basis.checks} checks?, ${basis.examined} examinations?`),
        area,
      );
      // The number is not shown as a confident one: no band colour, marked with a question mark.
      const value = page.locator(`.areas li[data-area="${area}"] .value`);
      assert.equal(await value.getAttribute('class'), 'value thin');
      assert.equal(await value.textContent(), `${tiny.score.areas[area as keyof typeof tiny.score.areas]}?`);
    }
    assert.equal(await areaText('feedback'), 'nothing to check');
    // A component whose every scored area is thin says so next to its score.
    const component = tiny.files.find((file) => file.kind === 'component')!;
    assert.match(
      (await page.textContent(`#pages-table tr[data-file="${component.file}"] td.score`)) ?? '',
      /little checked/,
    );
    assert.deepEqual(problems, []);
  });

  it('says how many findings are not counted in the score', async () => {
    const { page } = await open();
    await sendData(page, data);
    const { uncertain, excused } = data.score.counts;
    assert.ok(excused > 0, 'the sample suppresses a finding with a reason');
    const text = (await page.textContent('#noise-counts')) ?? '';
    assert.match(text, /^Not counted in the score: /);
    assert.match(text, new RegExp(`\\b${uncertain} low-confidence findings?\\b`));
    assert.match(text, new RegExp(`\\b${excused} findings? suppressed with a reason`));
    await sendData(page, {
      ...data,
      generatedAt: new Date(Date.UTC(2026, 10, 24)).toISOString(),
      score: { ...data.score, counts: { counted: data.score.counts.counted, uncertain: 3, excused: 0 } },
    });
    assert.match((await page.textContent('#noise-counts')) ?? '', /3 low-confidence findings .* 0 findings suppressed/);
    await sendData(page, {
      ...data,
      generatedAt: new Date(Date.UTC(2026, 10, 25)).toISOString(),
      score: { ...data.score, counts: { counted: data.score.counts.counted, uncertain: 0, excused: 0 } },
    });
    assert.equal(await page.locator('#noise-counts').count(), 0);
  });

  it('works out “How is this scored?” on the report’s own numbers', async () => {
    const { page } = await open();
    await sendData(page, data);
    await page.click('.scoring summary');
    // Overall: the mean of the files' scores, landing on the score shown at the top.
    const overall = data.files.map((file) => file.score.overall!);
    const total = overall.reduce((sum, score) => sum + score, 0);
    const equation = (await page.textContent('#overall-equation')) ?? '';
    assert.ok(equation.startsWith(`Overall: the mean of ${overall.length} files’ scores: (${overall[0]} + `), equation);
    assert.ok(equation.includes(`) ÷ ${data.score.files} = ${total} ÷ ${data.score.files} = `), equation);
    assert.match(equation, new RegExp(`(=|rounded to) ${await page.textContent('#overall-score')}$`));
    assert.equal(Math.round(total / overall.length), data.score.overall);
    for (const [area, score] of Object.entries(data.score.areas))
      if (score !== null)
        assert.match(
          (await page.textContent(`.equations li[data-area="${area}"]`)) ?? '',
          new RegExp(`(=|rounded to) ${score}$`),
          area,
        );

    // The lowest files: each one's product, rule by rule, equal to its score; and area by area.
    const worked = await page.$$eval('#file-equations > li', (items) =>
      items.map((item) => (item as HTMLElement).dataset.fileEquation),
    );
    assert.deepEqual(
      worked,
      data.files.slice(0, 5).map((file) => file.file),
    );
    for (const file of data.files.slice(0, 5)) {
      const item = page.locator(`#file-equations li[data-file-equation="${file.file}"]`);
      const product = (await item.locator('.equation').textContent()) ?? '';
      const factors = file.penalties.map((rule) => rule.penalty);
      assert.ok(product.startsWith(`${file.file}: 100 × (1 − `), product);
      assert.equal(product.split('(1 − ').length - 1, factors.length, product);
      assert.match(product, new RegExp(`(=|rounded to) ${file.score.overall}$`), product);
      assert.equal(Math.round(100 * factors.reduce((keep, penalty) => keep * (1 - penalty), 1)), file.score.overall);
      const terms = (await item.locator('ul.terms').first().textContent()) ?? '';
      for (const rule of file.penalties) assert.ok(terms.includes(rule.ruleId), `${file.file} names ${rule.ruleId}`);
      for (const [area, score] of Object.entries(file.score.areas))
        if (score !== null)
          assert.match(
            (await item.locator(`li[data-area="${area}"]`).textContent()) ?? '',
            score === 100 && !file.penalties.some((rule) => rule.area === area)
              ? /: 100: nothing counted against it/
              : new RegExp(`(=|rounded to) ${score}( \\(little checked\\))?$`),
            `${file.file} ${area}`,
          );
    }
    // One serious finding: 100 × (1 − 0.30) = 70, worked out once the file is chosen in the pages table.
    const single = data.files.find(
      (file) =>
        file.penalties.length === 1 && file.penalties[0]!.impact === 'serious' && file.penalties[0]!.failed === 1,
    )!;
    assert.ok(single, 'the sample has a file with one serious finding');
    await page.click(`button.file-filter[data-file="${single.file}"]`);
    assert.equal(
      await page.textContent(`#file-equations li[data-file-equation="${single.file}"] .equation`),
      `${single.file}: 100 × (1 − 0.30) = 70`,
    );

    // The share table and the rules table.
    assert.deepEqual(await page.$$eval('#penalty-table tbody tr', (rows) => rows.map((row) => row.textContent)), [
      'critical50 %62.5 %68.75 %75 %',
      'serious30 %37.5 %41.25 %45 %',
      'moderate15 %18.75 %20.625 %22.5 %',
      'minor5 %6.25 %6.875 %7.5 %',
    ]);
    const excused = data.rules.find((rule) => rule.excused > 0)!;
    const cells = await page.$$eval(`#rules-table tr[data-rule="${excused.id}"] > *`, (items) =>
      items.map((item) => item.textContent),
    );
    assert.deepEqual(cells, [
      excused.id,
      excused.impact,
      `${Number((excused.penalty * 100).toFixed(3))} %`,
      String(excused.examined),
      String(excused.failed),
      `${excused.excused}: ${excused.excused} suppressed with a reason`,
      String(excused.files),
    ]);
  });

  it('breaks the score history where the score formula changed', async () => {
    const { page } = await open();
    await sendData(page, data);
    // Three reviews with formula 1 (no formula in the entry), two with formula 2.
    assert.deepEqual(
      data.history.map((point) => point.formula ?? 1),
      [1, 1, 1, 2, 2],
    );
    const lines = await page.$$eval('.history polyline', (items) =>
      items.map((item) => item.getAttribute('points')!.split(' ').length),
    );
    assert.deepEqual(lines, [3, 2], 'no line across the change');
    assert.equal(await page.locator('.history .formula-change').count(), 1);
    assert.equal(await page.getAttribute('.history', 'data-formula-changes'), '1');
    assert.match((await page.textContent('.history .formula-change title')) ?? '', /^Score formula changed/);
    // The marker stands between the last point of formula 1 and the first of formula 2.
    const [x3, x4] = await page.$$eval('.history circle', (dots) =>
      dots.slice(2, 4).map((dot) => Number(dot.getAttribute('cx'))),
    );
    const marker = Number(await page.getAttribute('.history .formula-change line', 'x1'));
    assert.ok(x3! < marker && marker < x4!, `${x3} < ${marker} < ${x4}`);
    const caption = (await page.textContent('.history figcaption')) ?? '';
    assert.match(caption, /The score formula changed on .+: scores before and after are not comparable/);

    // One formula throughout: one line, no marker, nothing said.
    await sendData(page, {
      ...data,
      generatedAt: new Date(Date.UTC(2026, 10, 24)).toISOString(),
      history: data.history.map((point) => ({ ...point, formula: 2 })),
    });
    assert.deepEqual(await page.$$eval('.history polyline', (items) => items.length), 1);
    assert.equal(await page.locator('.history .formula-change').count(), 0);
    assert.doesNotMatch((await page.textContent('.history figcaption')) ?? '', /formula/);
    // Still needs two points.
    await sendData(page, {
      ...data,
      generatedAt: new Date(Date.UTC(2026, 10, 25)).toISOString(),
      history: data.history.slice(-1),
    });
    assert.equal(await page.locator('.history').count(), 0);
    assert.match((await page.textContent('#scores')) ?? '', /appears here after two workspace reviews/);
  });

  it('ignores data of another version', async () => {
    const { page } = await open();
    await sendData(page, data);
    await page.evaluate((payload) => window.postMessage({ type: 'data', data: payload }, '*'), {
      ...data,
      version: 1,
      generatedAt: new Date(Date.UTC(2026, 10, 24)).toISOString(),
    });
    const { files: _files, ...withoutFiles } = data;
    await page.evaluate((payload) => window.postMessage({ type: 'data', data: payload }, '*'), {
      ...withoutFiles,
      generatedAt: new Date(Date.UTC(2026, 10, 25)).toISOString(),
    });
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    assert.equal(await page.evaluate(() => document.body.dataset.generated), data.generatedAt);
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
        const report = await lint(formatted, 'html', defaultConfig(), { fileName: 'scorecard.html', runner });
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
        // The top of the page for the README: the scores, then the pages and components.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: outputPath(`scorecard-${colorScheme}.png`), fullPage: false });
        assert.deepEqual(problems, []);
      }
    } finally {
      await runner.close();
    }
    mkdirSync(path.join(ROOT, 'docs', 'images'), { recursive: true });
    copyFileSync(outputPath('scorecard-light.png'), path.join(ROOT, 'docs', 'images', 'scorecard.png'));
  });

  it('goes from the search box down into the results with ArrowDown', async () => {
    const { page } = await open();
    await sendData(page, data);
    await page.keyboard.press('/');
    await page.keyboard.press('ArrowDown');
    const order = (await visibleFindings(page)).map((f) => f.key);
    assert.equal(
      await page.evaluate(() => document.activeElement?.closest<HTMLElement>('.finding')?.dataset.key),
      order[0],
    );
  });

  it('says each score’s band in words, not colour alone', async () => {
    const { page } = await open();
    await sendData(page, data);
    const overall = data.score.overall!;
    const word = overall >= 90 ? 'Good (90–100)' : overall >= 50 ? 'Needs work (50–89)' : 'Poor (0–49)';
    assert.equal(await page.textContent('#overall-band'), word);
    for (const [area, score] of Object.entries(data.score.areas)) {
      if (score === null || data.score.basis[area as keyof typeof data.score.basis].thin) continue;
      const count = (await page.textContent(`.areas li[data-area="${area}"] .count`)) ?? '';
      assert.match(count, score >= 90 ? /^Good · / : score >= 50 ? /^Needs work · / : /^Poor · /, area);
    }
  });

  it('is readable at a narrow width', async () => {
    const { page } = await open({ width: 360, colorScheme: 'dark' });
    await sendData(page, data);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `no horizontal scrolling at 360 px (overflow ${overflow} px)`);
    await page.screenshot({ path: outputPath('scorecard-narrow-dark.png') });
    // Narrower than a card: one column, still nothing to scroll sideways.
    await page.setViewportSize({ width: 220, height: 800 });
    const narrower = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .filter((element) => !element.parentElement?.closest('.table-wrap'))
        .slice(0, 8)
        .map(
          (element) =>
            `${element.tagName.toLowerCase()}.${element.className}#${element.id} ${Math.round(element.getBoundingClientRect().width)}`,
        ),
    );
    assert.ok(narrower <= 0, `no horizontal scrolling at 220 px (overflow ${narrower} px): ${wide.join(', ')}`);
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
