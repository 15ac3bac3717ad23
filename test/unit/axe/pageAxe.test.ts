/**
 * The whole-page axe harness in-process (no worker): the static rendering, and the speed-ups
 * in pageAxe.ts, which must not change a single answer compared with jsdom's own computed
 * styles and lookups.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import {
  createPageAxe,
  isRead,
  pruneStyleSheets,
  READ_PROPERTIES,
  type PageAnswer,
} from '../../../src/core/axe/pageAxe.js';
import { renderPage } from '../../../src/core/axe/pageHtml.js';
import { parseDocument } from '../../../src/core/parse/index.js';
import { rules, type UiDocument } from '../../../src/core/index.js';
import { htmlFile } from '../../../bench/corpus.js';
import { fuzzParameters } from '../fuzz/fuzz.js';

/** A page with style sheets of every kind pruning must get right. */
const STYLED_PAGE = `<html lang="en"><head><title>Orders</title><style>
  :root { --hide: none; --shade: rgb(1, 2, 3) }
  body { margin: 0; font: italic bold 12px/30px Georgia, serif; border: 1px solid }
  .gone { display: var(--hide); transition: opacity 1s }
  .sr-only { position: absolute; clip: rect(0 0 0 0); width: 1px; height: 1px; overflow: hidden; margin: -1px }
  nav a { color: blue; border-bottom: 1px solid; text-decoration: underline dotted }
  .card { background: var(--shade) url(x.png) no-repeat; padding: 4px 8px; box-shadow: 0 0 1px }
  .ghost { visibility: hidden !important; cursor: pointer }
  .ghost.back { visibility: visible }
  .faded { opacity: .5; all: unset }
  .box { inset: 0; white-space: pre; content-visibility: auto; border-radius: 3px }
  p .inherit { visibility: inherit; display: initial }
  @media print { main { display: none } }
  @media screen and (min-width: 1px) { aside { display: none; margin: 2px } }
  @supports (display: grid) { .grid { display: grid; gap: 2px } }
  .parent { color: red; & .child { display: none } }
</style></head><body>
<nav><a href="/">Home</a> <a href="/orders" class="ghost">Orders</a> <a class="ghost back" href="/a">A</a></nav>
<main><h1>Orders</h1><div class="gone"><input id="q"></div><label class="sr-only" for="n">Name</label><input id="n">
<section class="card faded"><h2>Card</h2><p style="visibility: hidden">Hidden <span class="inherit">in</span></p></section>
<div class="grid box"><h3>Grid</h3></div><div class="parent"><h4 class="child">Child</h4></div></main>
<aside><h2>Aside</h2><input></aside><footer><p>Out</p></footer></body></html>`;

/** Every property pruning keeps, as jsdom's cascade gives it, for every element of a page. */
function computedStyles(html: string, prune: boolean): string[] {
  const { window } = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  if (prune) pruneStyleSheets(window.document);
  return [...window.document.querySelectorAll('*')].map((element) => {
    const style = window.getComputedStyle(element);
    return `${element.localName}: ${[...READ_PROPERTIES].map((name) => `${name}=${style.getPropertyValue(name)}`).join('; ')}`;
  });
}

const documentOf = (text: string, language: 'html' | 'tsx', components: Record<string, string> = {}): UiDocument => {
  const outcome = parseDocument(text, language, language === 'html' ? 'page.html' : 'Page.tsx', { components });
  assert.ok(outcome.ok);
  return outcome.document;
};

describe('whole-page axe harness', function () {
  this.timeout(120_000);
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const pageRules = rules.filter((rule) => rule.pageRun).map((rule) => rule.id.slice('a11y/'.length));
  const window = () =>
    new JSDOM('<!doctype html><html><head></head><body></body></html>', {
      runScripts: 'outside-only',
      virtualConsole: new VirtualConsole(),
    }).window;

  describe('renderPage', () => {
    it('should give every element its model index and keep text as text', () => {
      const document = documentOf('<p title="a&quot;b">&lt;img src=x onerror=alert(1)&gt;<br></p>', 'html');
      assert.equal(
        renderPage(document),
        '<p data-tp="0" title="a&quot;b">&lt;img src=x onerror=alert(1)&gt;<br data-tp="1"></p>',
      );
    });

    it('should render JSX: mapped components as their element, others transparent, dynamic values as “…”', () => {
      const document = documentOf(
        'const A = () => <Card><Link href={url} className="x" onClick={go}>{label}</Link><img alt={alt} role={r} /></Card>;',
        'tsx',
        { Link: 'a' },
      );
      assert.equal(
        renderPage(document),
        '<!doctype html><html><head><title>…</title></head><body><a data-tp="1" href="…" class="x">…</a><img data-tp="2" alt="…"></body></html>',
      );
    });

    it('should give JSX fragments the table, list or select they need, marked as not the file’s', () => {
      const document = documentOf(
        'const Row = () => <tr><td>Ada</td></tr>; const Item = () => <li>One</li>; const Cell = () => <Cells><td>2</td></Cells>;',
        'tsx',
      );
      assert.equal(
        renderPage(document),
        '<!doctype html><html><head><title>…</title></head><body>' +
          '<table data-tp-context><tbody data-tp-context><tr data-tp="0"><td data-tp="1">Ada</td></tr></tbody></table>' +
          '<ul data-tp-context><li data-tp="2">One</li></ul>' +
          '<table data-tp-context><tbody data-tp-context><tr data-tp-context><td data-tp="4">2</td></tr></tbody></table>' +
          '</body></html>',
      );
    });

    it('should render icon components as nothing and icon buttons as buttons', () => {
      const document = documentOf(
        'const A = () => <><button><CloseIcon /></button><IconButton tooltip="Delete" size="s"><Trash /></IconButton></>;',
        'tsx',
      );
      assert.equal(
        renderPage(document),
        '<!doctype html><html><head><title>…</title></head><body><button data-tp="0"></button><button data-tp="2" aria-label="Delete"></button></body></html>',
      );
    });

    it('should leave out whitespace between blocks, not inside text', () => {
      const document = documentOf('<ul>\n  <li>A <b>b</b></li>\n</ul>', 'html');
      assert.equal(renderPage(document), '<ul data-tp="0"><li data-tp="1">A <b data-tp="2">b</b></li></ul>');
    });
  });

  it('should answer exactly as axe on jsdom’s own computed styles and lookups', async () => {
    let seed = 5;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pages = [
      ...['index.html', 'checkout.html', '404.html'].map((name) => readFileSync(`sample/${name}`, 'utf8')),
      htmlFile(400, rand, 1),
      // Inline styles and `hidden` decide visibility without a stylesheet.
      // A closed dialog and a popover are hidden until opened.
      '<html lang="en"><head><title>T</title></head><body><main><h1>T</h1><dialog><input></dialog><div popover><h3>Tip</h3></div></main><p>Out</p></body></html>',
      '<html lang="en"><head><title>T</title></head><body><main><h1>T</h1><div style="display: none"><input id="a"></div><div hidden><h3>x</h3></div><p style="visibility:hidden"><label for="b">B</label><input id="b"><input id="b"></p><section><h4>Skip</h4></section></main><p>Out</p></body></html>',
    ];
    const fast = createPageAxe(window(), axeSource, true);
    const slow = createPageAxe(window(), axeSource, false);
    const key = (answers: readonly PageAnswer[]) =>
      answers.map((a) => `${a.ruleId} ${a.outcome} ${a.index} ${a.messages.join('|')}`).sort();
    for (const text of pages) {
      const html = renderPage(documentOf(text, 'html'));
      const expected = key(await slow.run(html, pageRules));
      assert.ok(expected.length > 0);
      assert.deepEqual(key(await fast.run(html, pageRules)), expected);
    }
  });

  describe('pruning style sheets to the properties read', () => {
    it('changes no computed value of a property read, on a page with every kind of rule', () => {
      assert.deepEqual(computedStyles(STYLED_PAGE, true), computedStyles(STYLED_PAGE, false));
      // And it pruned: the transitions, margins and borders are gone, the rules left hold only what is read.
      const { window } = new JSDOM(STYLED_PAGE);
      pruneStyleSheets(window.document);
      const text = [...window.document.styleSheets].map((sheet) =>
        [...sheet.cssRules].map((r) => r.cssText).join('\n'),
      );
      assert.doesNotMatch(text.join(''), /transition|margin|box-shadow|border|cursor|gap/);
      assert.match(text.join(''), /--hide|visibility: hidden !important|@media print/);
    });

    it('changes no computed value of a property read, for any sheet of rules and declarations', () => {
      const selectors = ['p', '.a', '#b', 'div > p', 'section .a', '*', ':not(.a)', '[hidden]', 'p:first-child'];
      const declarations = [
        'display: none',
        'display: var(--d)',
        '--d: block',
        'visibility: hidden',
        'visibility: inherit',
        'opacity: 0',
        'overflow: hidden',
        'overflow-y: scroll',
        'background: red',
        'background-image: none',
        'font: 10px serif',
        'color: green !important',
        'position: absolute',
        'clip: rect(0 0 0 0)',
        'width: 1px',
        'margin: 3px',
        'border: 1px solid',
        'transition: all 1s',
        'all: initial',
        'padding: 1px',
      ];
      const rule = fc.record({
        selector: fc.constantFrom(...selectors),
        body: fc.array(fc.constantFrom(...declarations), { minLength: 1, maxLength: 4 }),
        media: fc.constantFrom('', '@media print', '@media screen', '@supports (display: grid)'),
      });
      fc.assert(
        fc.property(fc.array(rule, { minLength: 1, maxLength: 8 }), (sheet) => {
          const css = sheet
            .map(({ selector, body, media }) => {
              const text = `${selector} { ${body.join('; ')} }`;
              return media ? `${media} { ${text} }` : text;
            })
            .join('\n');
          const html = `<html><head><style>${css}</style></head><body><section><p class="a" hidden>A</p><div id="b"><p>B <span class="a">c</span></p></div></section></body></html>`;
          assert.deepEqual(computedStyles(html, true), computedStyles(html, false), css);
        }),
        fuzzParameters(0.3),
      );
    });

    it('keeps every property axe reads on pages (an axe-core upgrade that reads another must extend the list)', async () => {
      const { window: page } = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
        runScripts: 'outside-only',
        virtualConsole: new VirtualConsole(),
      });
      const read = new Set<string>();
      const original = page.getComputedStyle.bind(page);
      const axe = createPageAxe(page, axeSource, false);
      // Installed after createPageAxe, which keeps jsdom's function as it finds it.
      const recording = (element: Element) => {
        const style = original(element);
        return new Proxy(style, {
          get(target, property) {
            if (property === 'getPropertyValue')
              return (name: string) => (read.add(name), target.getPropertyValue(name));
            if (typeof property === 'string' && !(property in Object.prototype)) read.add(property);
            const value = Reflect.get(target, property) as unknown;
            return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
          },
        });
      };
      for (const text of [STYLED_PAGE, readFileSync('sample/index.html', 'utf8')]) {
        const html = renderPage(documentOf(text, 'html'));
        Object.defineProperty(page, 'getComputedStyle', { configurable: true, get: () => recording, set: () => {} });
        await axe.run(html, pageRules);
      }
      assert.ok(read.has('display') && read.has('visibility'), 'the recording saw axe read styles');
      const camel = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      const unkept = [...read].map(camel).filter((name) => !isRead(name) && name !== 'length');
      assert.deepEqual(unkept, []);
    });
  });

  it('should answer exactly as axe on jsdom’s cascade on styled pages: sheets pruned, or left with nothing read', async () => {
    const body =
      '<body><main><h1>T</h1><div hidden><input id="a"></div><p style="display:none"><input></p></main><p class="x">Out</p></body></html>';
    const pages = [
      STYLED_PAGE,
      // Linked sheets are never loaded, and a sheet of margins and colours sets nothing axe reads:
      // both take the static computed style, which must answer as jsdom's cascade does.
      `<html lang="en"><head><title>T</title><link rel="stylesheet" href="site.css"></head>${body}`,
      `<html lang="en"><head><title>T</title><style>.x { margin: 0; border: 1px solid; cursor: pointer }</style></head>${body}`,
    ];
    const fast = createPageAxe(window(), axeSource, true);
    const slow = createPageAxe(window(), axeSource, false);
    const key = (answers: readonly PageAnswer[]) =>
      answers.map((a) => `${a.ruleId} ${a.outcome} ${a.index} ${a.messages.join('|')}`).sort();
    for (const text of pages) {
      const html = renderPage(documentOf(text, 'html'));
      const expected = key(await slow.run(html, pageRules));
      assert.ok(expected.some((answer) => answer.includes(' fail ')));
      assert.deepEqual(key(await fast.run(html, pageRules)), expected);
    }
  });

  it('should style each page with its own sheets only, never an earlier page’s', async () => {
    const hiding = renderPage(
      documentOf(
        '<html lang="en"><head><title>A</title><style>.x { display: none }</style></head><body><main><h1>A</h1></main></body></html>',
        'html',
      ),
    );
    const page = renderPage(
      documentOf(
        '<html lang="en"><head><title>B</title></head><body><main><h1>B</h1><div class="x"><input></div></main></body></html>',
        'html',
      ),
    );
    for (const fast of [true, false]) {
      const alone = await createPageAxe(window(), axeSource, fast).run(page, ['label']);
      const axe = createPageAxe(window(), axeSource, fast);
      await axe.run(hiding, ['label']);
      const after = await axe.run(page, ['label']);
      assert.ok(alone.some((answer) => answer.outcome === 'fail'));
      assert.deepEqual(after, alone, `the field hidden only by the earlier page's sheet is judged (fast: ${fast})`);
    }
  });

  it('should keep using jsdom’s cascade when the page has a stylesheet', async () => {
    const axe = createPageAxe(window(), axeSource, true);
    const html = renderPage(
      documentOf(
        '<html lang="en"><head><title>T</title><style>.gone { display: none }</style></head><body><main><h1>T</h1><div class="gone"><input></div></main></body></html>',
        'html',
      ),
    );
    const answers = await axe.run(html, ['label']);
    assert.deepEqual(
      answers.filter((answer) => answer.ruleId === 'label'),
      [],
      'a field hidden by the stylesheet is not judged',
    );
  });
});
