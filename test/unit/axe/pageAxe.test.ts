/**
 * The whole-page axe harness in-process (no worker): the static rendering, and the speed-ups
 * in pageAxe.ts, which must not change a single answer compared with jsdom's own computed
 * styles and lookups.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { createPageAxe, type PageAnswer } from '../../../src/core/axe/pageAxe.js';
import { renderPage } from '../../../src/core/axe/pageHtml.js';
import { parseDocument } from '../../../src/core/parse/index.js';
import { rules, type UiDocument } from '../../../src/core/index.js';
import { htmlFile } from '../../../bench/corpus.js';

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
