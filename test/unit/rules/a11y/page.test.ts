/**
 * The whole-page axe run, for real: each case goes through the static rendering, a worker
 * thread with jsdom and axe-core, and back to exact source ranges. Plus the mapping of JSX
 * (nested components, fragments, conditions, lists), twins with Touchpoint's own rules, and
 * the worker's time-out, crash and cancel.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { PAGE_AXE_RULES } from '../../../../src/core/axe/catalogue.js';
import { configFromObject, lint, PageRunner, type FileReport } from '../../../../src/core/index.js';
import { MAX_PAGE_RUN_ELEMENTS } from '../../../../src/core/engine.js';
import { declareCases, extractMarkers } from '../../helpers/ruleTester.js';
import { toJsx } from './cases.js';
import { page, PAGE_CASES } from './pageCases.js';

const only = (ruleId: string) => configFromObject({ extends: [], rules: { [ruleId]: 'error' } });
/** A router's page file: the whole-page run takes JSX files like it whole (components get only their `<meta>`). */
const ROUTE = path.join('/', 'shop', 'src', 'pages', 'Case.tsx');
const fileFor = (language: string) => (language === 'tsx' ? ROUTE : path.join('/', 'shop', 'case.html'));
const spans = (report: FileReport, ruleId: string) =>
  report.findings.filter((finding) => finding.ruleId === ruleId).map((f) => `${f.range.start}-${f.range.end}`);

describe('a11y (axe-core, whole page)', function () {
  this.timeout(60_000);
  let runner: PageRunner;
  before(() => {
    runner = new PageRunner({ workers: 2 });
  });
  after(() => runner.close());

  it('should have a failing and a passing case for every page rule', () => {
    assert.deepEqual(PAGE_AXE_RULES.map((rule) => rule.id).sort(), Object.keys(PAGE_CASES).sort());
  });

  for (const { id } of PAGE_AXE_RULES) {
    const cases = PAGE_CASES[id]!;
    declareCases(`a11y/${id}`, 'html', 1, 1);
    declareCases(`a11y/${id}`, 'jsx', 1, 1);
    for (const [language, convert] of [
      ['html', (code: string) => code],
      ['tsx', toJsx],
    ] as const) {
      it(`a11y/${id} (${language}) should report exactly the marked element, and not the passing page`, async () => {
        const { text, ranges } = extractMarkers(convert(cases.fail));
        const failing = await lint(text, language, only(`a11y/${id}`), { runner, fileName: fileFor(language) });
        assert.deepEqual(
          spans(failing, `a11y/${id}`),
          ranges.map((range) => `${range.start}-${range.end}`),
          text,
        );
        const passing = await lint(convert(cases.pass), language, only(`a11y/${id}`), {
          runner,
          fileName: fileFor(language),
        });
        assert.deepEqual(spans(passing, `a11y/${id}`), []);
        // Rules about elements that should not exist (blink, marquee) have nothing to judge on a good page.
        if (!['blink', 'marquee'].includes(id))
          assert.ok(passing.tallies[`a11y/${id}`]!.examined > 0, 'the passing page counts as judged');
      });
    }
  }

  it('should not run on a JSX component, and run on a page or route file whole', async () => {
    const form = 'const Form = () => <form><input type="text" /></form>;';
    const config = configFromObject({ extends: [], rules: { 'a11y/label': 'error', 'a11y/meta-viewport': 'error' } });
    const component = await lint(form, 'tsx', config, { runner, fileName: '/shop/src/components/Form.tsx' });
    assert.equal(component.tallies['a11y/label']?.examined ?? 0, 0, 'a component is not a page: no whole-page run');
    assert.deepEqual(component.findings, []);
    const route = await lint(form, 'tsx', config, { runner, fileName: ROUTE });
    assert.deepEqual(
      route.findings.map((f) => f.ruleId),
      ['a11y/label'],
    );
    // A component's <Head>: the viewport is judged live, wherever it is; the rest is not judged.
    const head = `const Head = () => <><meta name="viewport" content="width=device-width, user-scalable=no" />${form.slice(19, -1)}</>;`;
    const withMeta = await lint(head, 'tsx', config, { runner, fileName: '/shop/src/components/Head.tsx' });
    assert.deepEqual(
      withMeta.findings.map((f) => f.ruleId),
      ['a11y/meta-viewport'],
    );
    assert.equal(withMeta.tallies['a11y/label']?.examined ?? 0, 0);
    // A route file's run takes only the rules whose selector could select one of its elements:
    // with no field for label (nor a viewport for anything else), there is no run at all.
    const asked: string[][] = [];
    const counting = Object.assign(Object.create(runner) as PageRunner, {
      run: (html: string, ids: string[], signal?: AbortSignal) => {
        asked.push(ids);
        return runner.run(html, ids, signal);
      },
    });
    await lint('const P = () => <main><h1>Orders</h1></main>;', 'tsx', config, { runner: counting, fileName: ROUTE });
    assert.equal(asked.length, 0, 'no page run');
    await lint(form, 'tsx', config, { runner: counting, fileName: ROUTE });
    assert.deepEqual(asked, [['label']]);
    // An app shell: its mount point's id is pointed to by no ARIA attribute, so duplicate-id-aria
    // has nothing to judge either, and the recommended rules need no run.
    asked.length = 0;
    const shell =
      '<!doctype html><html lang="en"><head><title>Shop</title></head><body><div id="root"></div><script src="/main.js"></script></body></html>';
    const recommended = configFromObject({});
    await lint(shell, 'html', recommended, { runner: counting, fileName: '/shop/index.html' });
    assert.equal(asked.length, 0, 'no page run');
    await lint(shell.replace('<div id="root">', '<div id="root" aria-describedby="root">'), 'html', recommended, {
      runner: counting,
      fileName: '/shop/index.html',
    });
    assert.ok(asked[0]?.includes('duplicate-id-aria'), 'an id an ARIA attribute points to is judged');
  });

  it('should not run page rules while typing (lint without a page run)', () => {
    const report = lint(PAGE_CASES.label!.fail.replace(/[⟦⟧]/g, ''), 'html', only('a11y/label'));
    assert.deepEqual(report.findings, []);
    assert.equal(report.tallies['a11y/label']?.examined, 0);
  });

  describe('JSX mapping', () => {
    const config = configFromObject({
      extends: [],
      rules: { 'a11y/label': 'error', 'a11y/duplicate-id-aria': 'error', 'a11y/heading-order': 'error' },
      components: { TextField: 'input', Section: 'section' },
    });
    const found = async (marked: string) => {
      const { text, ranges } = extractMarkers(marked);
      const report = await lint(text, 'tsx', config, { runner, fileName: ROUTE });
      return {
        actual: report.findings.map((f) => `${f.ruleId} ${f.range.start}-${f.range.end}`),
        ranges: ranges.map((range) => `${range.start}-${range.end}`),
      };
    };

    it('should map elements inside mapped components, fragments, conditions and lists', async () => {
      const { actual, ranges } = await found(
        `function Form({ open, items }) {
  return (
    <form>
      <Section>
        <>
          <⟦input⟧ type="text" />
          {open && <⟦TextField⟧ type="email" />}
          {items.map((item) => (
            <⟦input⟧ key={item} type="text" />
          ))}
          {open ? <⟦select⟧ /> : null}
          <label>Name <input type="text" /></label>
        </>
      </Section>
    </form>
  );
}`.replace('<⟦select⟧ />', '<div><⟦select⟧ /></div>'),
      );
      assert.deepEqual(
        actual,
        ranges.slice(0, 3).map((range) => `a11y/label ${range}`),
        'inputs without a label, wherever they sit; the select is a11y/select-name (off here)',
      );
    });

    it('should trust fields whose label may come from outside the file or at run time', async () => {
      const { actual } = await found(
        `const Email = () => <input type="email" />;
const Named = ({ label }) => <div><input type="text" aria-label={label} /></div>;
const Spread = (props) => <div><input {...props} /></div>;
const Wrapped = () => <Field><input type="text" /></Field>;`,
      );
      assert.deepEqual(actual, []);
    });
  });

  describe('twins: one finding for one problem', () => {
    it('should keep Touchpoint’s finding where axe reports the same page-level problem', async () => {
      const text = page(
        '<header><a href="/">Shop</a> <a href="/basket">Basket</a></header><div><h2>Shop</h2></div>',
        '<title>Shop</title>',
      );
      const both = configFromObject({
        extends: [],
        rules: { 'navigation/page-h1': 'warning', 'a11y/page-has-heading-one': 'warning' },
      });
      const report = await lint(text, 'html', both, { runner });
      assert.deepEqual(
        report.findings.map((f) => f.ruleId),
        ['navigation/page-h1'],
      );
      const axeOnly = await lint(text, 'html', only('a11y/page-has-heading-one'), { runner });
      assert.deepEqual(
        axeOnly.findings.map((f) => f.ruleId),
        ['a11y/page-has-heading-one'],
        'without the twin, axe’s finding stays',
      );
    });
  });

  describe('content outside landmarks (region)', () => {
    const region = only('a11y/region');
    const chrome = '<header><a href="/">Shop</a> <a href="/basket">Basket</a></header>';

    it('should report once per page, on the first element outside every landmark, with how many there are', async () => {
      const { text, ranges } = extractMarkers(
        page(`${chrome}<main><h1>Shop</h1></main><⟦p⟧>Note</p><div>More</div><p>Last</p>`),
      );
      const report = await lint(text, 'html', region, { runner });
      assert.deepEqual(spans(report, 'a11y/region'), [`${ranges[0]!.start}-${ranges[0]!.end}`]);
      assert.equal(report.findings[0]!.detail, 'this and 2 more elements are outside every landmark');
      assert.equal(report.tallies['a11y/region']!.failed, 1);
    });

    it('should not report a standalone page (one demo, one message: no header, footer, aside or menu)', async () => {
      const text = page('<h1>Drag and drop</h1><div id="source">Drag me</div><div id="target">Here</div>');
      for (const ruleId of ['a11y/region', 'a11y/landmark-one-main', 'a11y/page-has-heading-one', 'a11y/bypass']) {
        const report = await lint(text, 'html', only(ruleId), { runner });
        assert.deepEqual(spans(report, ruleId), [], ruleId);
      }
    });

    it('should leave a page without main to navigation/missing-landmarks (one cause, one finding)', async () => {
      const text = page(`${chrome}<div><h1>Shop</h1><p>Welcome</p></div>`);
      const both = configFromObject({
        extends: [],
        rules: { 'navigation/missing-landmarks': 'warning', 'a11y/region': 'warning' },
      });
      const report = await lint(text, 'html', both, { runner });
      assert.deepEqual(
        report.findings.map((f) => f.ruleId),
        ['navigation/missing-landmarks'],
      );
    });
  });

  describe('what the page rules judge and leave alone', () => {
    it('should judge the viewport of an app shell (not a page: its content comes at run time)', async () => {
      const { text, ranges } = extractMarkers(
        '<!doctype html><html lang="en"><head><title>Shop</title><⟦meta⟧ name="viewport" content="width=device-width, user-scalable=no"></head><body><div id="root"></div><script src="/app.js"></script></body></html>',
      );
      const report = await lint(text, 'html', only('a11y/meta-viewport'), { runner });
      assert.deepEqual(spans(report, 'a11y/meta-viewport'), [`${ranges[0]!.start}-${ranges[0]!.end}`]);
    });

    it('should not judge headers over a table body the script fills', async () => {
      const text = page(
        '<main><h1>Orders</h1><table><thead><tr><th>Order</th><th>Total</th></tr></thead><tbody></tbody></table></main>',
      );
      const report = await lint(text, 'html', only('a11y/th-has-data-cells'), { runner });
      assert.deepEqual(report.findings, []);
    });

    it('should not take placeholders of values known at run time for repeated ids, titles or alt text', async () => {
      const code = `function Form({ a, b, c, d }) {
  return (
    <form>
      <label htmlFor={a}>Name</label><input id={a} />
      <label htmlFor={b}>Email</label><input id={b} />
      <img src="/logo.png" alt={c} /> {d}
      <iframe src="/map" title={c} /><iframe src="/video" title={d} />
    </form>
  );
}`;
      const ids = [
        'a11y/duplicate-id-aria',
        'a11y/form-field-multiple-labels',
        'a11y/image-redundant-alt',
        'a11y/frame-title-unique',
        'a11y/label',
      ];
      const config = configFromObject({ extends: [], rules: Object.fromEntries(ids.map((id) => [id, 'error'])) });
      const report = await lint(code, 'tsx', config, { runner, fileName: ROUTE });
      assert.deepEqual(report.findings, []);
    });
  });

  describe('JSX fragments get the parents they need', () => {
    it('should judge the cells of a component whose root is a table row (once dropped by the HTML parser)', async () => {
      const { text, ranges } = extractMarkers(
        'const Row = () => (\n  <tr>\n    <th scope="row">Ada</th>\n    <⟦td⟧ scope="row">ada@example.com</td>\n  </tr>\n);',
      );
      const report = await lint(text, 'tsx', only('a11y/scope-attr-valid'), { runner, fileName: ROUTE });
      assert.deepEqual(spans(report, 'a11y/scope-attr-valid'), [`${ranges[0]!.start}-${ranges[0]!.end}`]);
      assert.deepEqual(report.notices, []);
    });

    it('should not judge the parents it adds', async () => {
      // A row of headers alone: the table around it (which has no data cells) is not the file's.
      const report = await lint(
        'const Head = () => <tr><th>Name</th><th>Email</th></tr>;',
        'tsx',
        only('a11y/th-has-data-cells'),
        { runner, fileName: ROUTE },
      );
      assert.deepEqual(report.findings, []);
    });
  });

  it('should keep Touchpoint’s finding where axe reports the same element (the opening tag it marks)', async () => {
    // heading-skip marks the heading's tag; axe's heading-order marks the same tag.
    const text = page('<main><h1>Shop</h1><h3>Details</h3></main>');
    const both = configFromObject({
      extends: [],
      rules: { 'navigation/heading-skip': 'warning', 'a11y/heading-order': 'warning' },
    });
    const report = await lint(text, 'html', both, { runner });
    assert.deepEqual(
      report.findings.map((f) => f.ruleId),
      ['navigation/heading-skip'],
    );
    const axeOnly = await lint(text, 'html', only('a11y/heading-order'), { runner });
    assert.deepEqual(
      axeOnly.findings.map((f) => f.ruleId),
      ['a11y/heading-order'],
    );
  });

  describe('worker failures become notes, never lost reports', () => {
    it('should say "not checked" when a page takes longer than the time limit, and keep the rest', async () => {
      const slow = new PageRunner({ workers: 1, timeoutMs: 1 });
      try {
        const text = page(
          `<header><a href="/">Shop</a> <a href="/basket">Basket</a></header><div><h2>Shop</h2>${'<p>Text</p>\n'.repeat(2000)}</div>`,
        );
        const config = configFromObject({
          extends: [],
          rules: { 'a11y/region': 'error', 'navigation/page-h1': 'warning' },
        });
        const report = await lint(text, 'html', config, { runner: slow });
        assert.deepEqual(
          report.findings.map((f) => f.ruleId),
          ['navigation/page-h1'],
        );
        assert.deepEqual(
          report.notices.map((n) => `${n.code}: ${n.message}`),
          ['not-checked: Whole-page accessibility checks did not run: it took longer than 1 ms (the time limit)'],
        );
        // The next page gets a fresh worker.
        const next = await slow.run('<html><body></body></html>', ['region']);
        assert.equal(next.ok, false, 'still over a 1 ms limit');
      } finally {
        await slow.close();
      }
    });

    it('should not send a page too large to finish within the time limit, and say so', async () => {
      const text = page(`<h1>Shop</h1>${'<p>Text</p>\n'.repeat(MAX_PAGE_RUN_ELEMENTS)}`);
      const config = configFromObject({ extends: [], rules: { 'a11y/region': 'error' } });
      // A 1 ms limit: were the page sent, the notice would say it took too long.
      const slow = new PageRunner({ workers: 1, timeoutMs: 1 });
      try {
        const report = await lint(text, 'html', config, { runner: slow });
        assert.deepEqual(
          report.notices.map((n) => `${n.code}: ${n.message}`),
          [
            `not-checked: Whole-page accessibility checks did not run: the page has ${MAX_PAGE_RUN_ELEMENTS + 5} elements, more than the ${MAX_PAGE_RUN_ELEMENTS} it can check within its time limit`,
          ],
        );
      } finally {
        await slow.close();
      }
    });

    it('should replace a worker whose heap has grown past the limit, and keep answering', async () => {
      const text = PAGE_CASES.label!.fail.replace(/[⟦⟧]/g, '');
      const expected = await runner.run(text, ['label']);
      // Any heap is over 1 MB: every page gets a fresh worker.
      const recycling = new PageRunner({ workers: 1, recycleHeapMb: 1 });
      const keeping = new PageRunner({ workers: 1 });
      try {
        for (let i = 0; i < 3; i++) {
          assert.deepEqual(await recycling.run(text, ['label']), expected);
          assert.deepEqual(await keeping.run(text, ['label']), expected);
        }
        assert.deepEqual(recycling.workerCounts, { started: 3, recycled: 3 });
        assert.deepEqual(keeping.workerCounts, { started: 1, recycled: 0 });
      } finally {
        await recycling.close();
        await keeping.close();
      }
    });

    it('should recover from a worker crash: that page is not checked, the next one is', async () => {
      const pool = new PageRunner({ workers: 1 });
      try {
        const crashed = await pool.crashForTest();
        assert.equal(crashed.ok, false);
        assert.match(!crashed.ok ? crashed.reason : '', /crashed \(crash requested\)/);
        const next = await pool.run(PAGE_CASES.label!.fail.replace(/[⟦⟧]/g, ''), ['label']);
        assert.ok(next.ok && next.answers.some((answer) => answer.outcome === 'fail'));
      } finally {
        await pool.close();
      }
    });

    it('should stop a page run when cancelled', async () => {
      const controller = new AbortController();
      const pending = runner.run(
        page(`<main><h1>Shop</h1>${'<p>x</p>'.repeat(3000)}</main>`),
        ['region'],
        controller.signal,
      );
      controller.abort();
      assert.deepEqual(await pending, { ok: false, reason: 'cancelled' });
      const after = await runner.run(page('<main><h1>Shop</h1></main>'), ['region']);
      assert.ok(after.ok, 'the pool carries on');
    });
  });
});
