/**
 * Which documents the page-level rules judge: full pages yes; app shells (a mount point and
 * scripts, framework layouts) no, because their heading, landmarks and title come at run time.
 */
import assert from 'node:assert/strict';
import { everyRule } from '../helpers/config.js';
import { lint, PageRunner, parseDocument, type SourceLanguage } from '../../../src/core/index.js';
import { isAppShell } from '../../../src/core/pages.js';

function document(text: string, language: SourceLanguage, fileName: string) {
  const outcome = parseDocument(text, language, fileName);
  assert.ok(outcome.ok);
  return outcome.document;
}

const PAGE_RULES = ['navigation/page-h1', 'navigation/missing-landmarks', 'navigation/page-title'];
const pageFindings = (text: string, language: SourceLanguage, fileName: string) =>
  lint(text, language, everyRule, { fileName })
    .findings.map((finding) => finding.ruleId)
    .filter((id) => PAGE_RULES.includes(id));

const SHELLS: Array<[string, SourceLanguage, string]> = [
  [
    'a single-page app entry with a mount point and a script',
    'html',
    '<!doctype html><html lang="en"><head><title>Shop</title></head><body><div id="root"></div><script src="/main.js"></script></body></html>',
  ],
  [
    'a mount point with a loading message and a noscript note',
    'html',
    '<!doctype html><html><head><title>App</title></head><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="app"><div class="spinner">Loading…</div></div></body></html>',
  ],
  [
    'a server-template layout whose body is a block for other templates',
    'html',
    '<!doctype html><html><head><title>{% block title %}{% endblock %}</title></head><body><div class="container">{% block content %}{% endblock %}</div></body></html>',
  ],
  [
    'an app entry whose mount point sits in a section beside a loading logo',
    'html',
    '<!doctype html><html><head><title>Dash</title></head><body><section><div id="application-root"></div><div class="loading"><img src="logo.svg" alt=""></div></section></body></html>',
  ],
  [
    'a Next.js layout',
    'tsx',
    'export const metadata = { title: "Shop" };\nexport default function RootLayout({ children }) {\n  return <html lang="en"><body className="font">{children}</body></html>;\n}\n',
  ],
  [
    'a JSX document whose body only wraps children in providers',
    'tsx',
    'export function Document({ children }) {\n  return <html><head><meta charSet="utf-8" /></head><body><Providers><div className="wrap">{children}</div></Providers></body></html>;\n}\n',
  ],
];

const PAGES: Array<[string, SourceLanguage, string]> = [
  [
    'a page with a heading and text',
    'html',
    '<!doctype html><html><head><title>Orders</title></head><body><div id="root"><header><a href="/">Shop</a><a href="/basket">Basket</a></header><h2>Your orders</h2><p>None yet.</p></div></body></html>',
  ],
  [
    'a page of text without a mount point',
    'html',
    '<!doctype html><html><head><title>Untitled</title></head><body>Closed for the holidays.</body></html>',
  ],
  [
    'a JSX page with content',
    'tsx',
    'export default function Page() {\n  return <html><body><main><h2>Returns</h2><p>Send it back within 30 days.</p></main></body></html>;\n}\n',
  ],
];

describe('pages and app shells', () => {
  for (const [name, language, text] of SHELLS) {
    it(`should treat ${name} as an app shell, not a page`, () => {
      const fileName = language === 'html' ? '/site/index.html' : '/site/app/layout.tsx';
      assert.equal(isAppShell(document(text, language, fileName)), true);
      assert.deepEqual(pageFindings(text, language, fileName), []);
    });
  }
  for (const [name, language, text] of PAGES) {
    it(`should judge ${name} as a page`, () => {
      const fileName = language === 'html' ? '/site/orders.html' : '/site/app/returns/page.tsx';
      assert.equal(isAppShell(document(text, language, fileName)), false);
      assert.ok(pageFindings(text, language, fileName).length > 0, 'page rules still run');
    });
  }
  it('should leave HTML emails to the mail client', () => {
    const text =
      '<!doctype html><html><head><title>Alert</title></head><body><table><tr><td><p>Query failed</p></td></tr></table></body></html>';
    assert.equal(isAppShell(document(text, 'html', '/app/templates/emails/alert.html')), true);
    assert.equal(isAppShell(document(text, 'html', '/app/templates/alert.html')), false);
  });

  it('should know a layout by its file name, whatever its body', () => {
    const text =
      'export default function L({ children }) { return <html><body><h1>Shop</h1>{children}</body></html>; }';
    assert.equal(isAppShell(document(text, 'tsx', '/site/app/layout.tsx')), true);
    assert.equal(isAppShell(document(text, 'tsx', '/site/app/page.tsx')), false);
  });

  it('should let Touchpoint’s page rule decide for its axe twin: a standalone demo gets neither', async function () {
    this.timeout(60_000);
    const runner = new PageRunner({ workers: 1 });
    try {
      const demo =
        '<!doctype html><html lang="en"><head><title>Colour picker demo</title></head><body><canvas id="c"></canvas><p>Move over the picture to pick a colour.</p></body></html>';
      const report = await lint(demo, 'html', everyRule, { runner, fileName: '/site/picker.html' });
      const ids = report.findings.map((finding) => finding.ruleId);
      for (const id of [
        'navigation/page-h1',
        'a11y/page-has-heading-one',
        'navigation/missing-landmarks',
        'a11y/landmark-one-main',
      ])
        assert.ok(!ids.includes(id), `${id} in ${ids.join(', ')}`);
      const site = demo.replace('<body>', '<body><header><a href="/">Shop</a><a href="/basket">Basket</a></header>');
      const siteIds = (await lint(site, 'html', everyRule, { runner, fileName: '/site/picker.html' })).findings.map(
        (f) => f.ruleId,
      );
      assert.ok(
        siteIds.includes('navigation/page-h1') && siteIds.includes('navigation/missing-landmarks'),
        siteIds.join(', '),
      );
      assert.ok(
        !siteIds.includes('a11y/page-has-heading-one') && !siteIds.includes('a11y/landmark-one-main'),
        'one finding per problem',
      );
    } finally {
      await runner.close();
    }
  });
});
