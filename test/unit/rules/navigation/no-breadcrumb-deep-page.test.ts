/**
 * This rule depends on where the file sits, so its cases carry a file name; ranges are still
 * marked with ⟦ ⟧.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import rule from '../../../../src/core/rules/navigation/no-breadcrumb-deep-page.js';
import { configFromObject, lint, languageForFile } from '../../../../src/core/index.js';
import { declareCases, extractMarkers } from '../../helpers/ruleTester.js';

const PAGE = (body: string) =>
  `<!doctype html><html><⟦body⟧><header><a href="/">Shop</a><a href="/basket">Basket</a></header>${body}</body></html>`;

const cases: Array<{ file: string; code: string; fails: boolean }> = [
  { file: 'account/orders/detail.html', code: PAGE('<main><h1>Order</h1></main>'), fails: true },
  { file: 'shop/chairs/oak/index.html', code: PAGE('<h1>Oak</h1>'), fails: true },
  {
    file: 'src/pages/help/returns/form.html',
    code: PAGE('<nav aria-label="Help"><a href="/help">Help</a></nav>'),
    fails: true,
  },
  {
    file: 'account/orders/detail.html',
    code: '<!doctype html><html><body><nav aria-label="Breadcrumb"><a href="/account">Account</a></nav></body></html>',
    fails: false,
  },
  { file: 'shop/chairs.html', code: '<!doctype html><html><body><h1>Chairs</h1></body></html>', fails: false },
  {
    file: 'shop/chairs/index.html',
    code: '<!doctype html><html><body><ol class="breadcrumbs"><li>Shop</li></ol></body></html>',
    fails: false,
  },
  {
    file: 'app/(shop)/account/orders/[id]/page.tsx',
    code: 'export default function P() { return <html><⟦body⟧><header><a href="/">Shop</a><a href="/basket">Basket</a></header><main /></body></html>; }',
    fails: true,
  },
  {
    file: 'src/pages/account/orders/history.tsx',
    code: 'export default () => <html><⟦body⟧><header><a href="/">Shop</a><a href="/basket">Basket</a></header><h1>Orders</h1></body></html>;',
    fails: true,
  },
  {
    file: 'pages/shop/lamps/brass.jsx',
    code: 'export default () => <html><⟦body⟧ className="x"><Header /><footer><a href="/help">Help</a><a href="/terms">Terms</a><a href="/privacy">Privacy</a></footer></body></html>;',
    fails: true,
  },
  {
    file: 'app/account/orders/[id]/page.tsx',
    code: 'export default () => <html><body><Breadcrumbs items={trail} /></body></html>;',
    fails: false,
  },
  { file: 'app/account/page.tsx', code: 'export default () => <html><body><main /></body></html>;', fails: false },
  // A standalone page in a folder of demos: no site to move through.
  {
    file: 'canvas/pixels/colour/picker.html',
    code: '<!doctype html><html><body><h1>Picker</h1><canvas></canvas></body></html>',
    fails: false,
  },
  {
    file: 'src/pages/account/orders/history.tsx',
    code: 'export default () => <html><body><nav aria-label="breadcrumb"><a href="/">Home</a></nav></body></html>;',
    fails: false,
  },
];

for (const kind of ['html', 'jsx'] as const) {
  const ofKind = cases.filter((entry) => (kind === 'html') === entry.file.endsWith('.html'));
  declareCases(
    rule.id,
    kind,
    ofKind.filter((entry) => !entry.fails).length,
    ofKind.filter((entry) => entry.fails).length,
  );
}

describe(rule.id, () => {
  const site = path.join(tmpdir(), 'touchpoint-site');
  const config = { ...configFromObject({ rules: { [rule.id]: rule.severity } }), baseDirectory: site };
  for (const { file, code, fails } of cases) {
    it(`should ${fails ? '' : 'not '}report ${file}`, () => {
      const { text, ranges } = extractMarkers(code);
      const report = lint(text, languageForFile(file)!, config, { fileName: path.join(site, file) });
      const findings = report.findings.filter((finding) => finding.ruleId === rule.id);
      assert.deepEqual(
        findings.map((finding) => finding.range),
        ranges,
      );
      if (fails) assert.match(findings[0]!.detail ?? '', /^\/[^ ]+ is \d levels deep$/);
    });
  }

  const deep = 'account/orders/detail.html';
  const page =
    '<!doctype html><html><body><header><a href="/">Shop</a><a href="/basket">Basket</a></header><main><h1>Order</h1></main></body></html>';
  const findingsFor = (fileName: string, baseDirectory?: string) =>
    lint(page, 'html', { ...config, baseDirectory }, { fileName }).findings.filter((f) => f.ruleId === rule.id);

  it('should count from the git root when no config or folder says, and show a relative path', () => {
    const repository = mkdtempSync(path.join(tmpdir(), 'touchpoint-git-'));
    mkdirSync(path.join(repository, '.git'));
    const findings = findingsFor(path.join(repository, deep));
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.detail, '/account/orders/detail.html is 3 levels deep');
  });

  it('should not report when nothing says where the site starts (no folders counted from the disk root)', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'touchpoint-nogit-'));
    assert.deepEqual(findingsFor(path.join(outside, 'a', 'b', 'c', 'd', deep)), []);
    assert.deepEqual(findingsFor(deep), [], 'a relative name with no base');
  });
});
