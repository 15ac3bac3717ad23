import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  combineReports,
  ConfigError,
  configFromObject,
  faultsOf,
  formatSarif,
  getRule,
  isFault,
  isNotCheckedNotice,
  isReportedNotice,
  lint,
  MAX_FINDINGS_PER_RULE,
  ParseCache,
  rehearsalLength,
  rehearsalText,
  review,
  rules,
  rulePenalty,
  scorecardData,
  warmUp,
  WARM_UP_SAMPLES,
  isPageRunPath,
} from '../../../src/core/index.js';
import { everyRule } from '../helpers/config.js';

describe('engine', () => {
  it('warms up on samples that run rules of every area to a finding, and changes no later lint', () => {
    const areas = new Set<string>();
    for (const { text, language, fileName } of WARM_UP_SAMPLES) {
      const report = lint(text, language, configFromObject({ extends: 'touchpoint:all' }), { fileName });
      assert.equal(report.checked, true, fileName);
      for (const finding of report.findings) areas.add(getRule(finding.ruleId)!.area);
    }
    assert.deepEqual([...areas].sort(), ['a11y', 'errors', 'feedback', 'navigation', 'wording']);
    const text = '<main><h1>Orders</h1><img src="a.png"><a href="#">Click here</a></main>';
    const before = lint(text, 'html');
    warmUp();
    assert.deepEqual(lint(text, 'html'), before);
  });

  it('rehearses typing in a large JSX document only, and leaves the kept tree as a fresh parse would', () => {
    const component = (i: number) => `export function Card${i}({ onPay }) {
  const [open, setOpen] = useState(false);
  return (
    <section>
      <img src="card${i}.png" alt="" />
      <a href="#">Click here</a>
      <button onClick={onPay}>Pay now</button>
    </section>
  );
}
`;
    const parts: string[] = [];
    for (let i = 0; parts.join('').split('\n').length < 2100; i++) parts.push(component(i));
    const text = parts.join('');
    const steps = rehearsalLength(text, 'tsx');
    assert.ok(steps > 0);
    assert.equal(rehearsalLength(text, 'html'), 0);
    assert.equal(rehearsalLength(component(1), 'tsx'), 0);
    // Spaces typed at the start of the middle line, one more each step, then taken back.
    const middle = text.lastIndexOf('\n', text.length >> 1) + 1;
    assert.equal(rehearsalText(text, 0), `${text.slice(0, middle)} ${text.slice(middle)}`);
    assert.equal(
      rehearsalText(text, steps / 2 - 1)
        .slice(middle, middle + steps / 2 + 1)
        .trimEnd().length,
      0,
    );
    assert.equal(rehearsalText(text, steps - 1), text);

    const config = configFromObject({ extends: 'touchpoint:all' });
    const cache = new ParseCache();
    const options = { fileName: 'Cards.tsx', parseCache: cache };
    lint(text, 'tsx', config, options);
    for (let step = 0; step < steps; step++) lint(rehearsalText(text, step), 'tsx', config, options);
    const fresh = (source: string) => lint(source, 'tsx', config, { fileName: 'Cards.tsx' });
    assert.deepEqual(lint(text, 'tsx', config, options), fresh(text));
    // A keystroke after the rehearsal, away from where it typed: found and placed as in a fresh parse.
    const at = text.indexOf('Click here', text.length - 400);
    const edited = `${text.slice(0, at)}<img src="x.png" />${text.slice(at)}`;
    const after = lint(edited, 'tsx', config, options);
    assert.deepEqual(after, fresh(edited));
    assert.ok(after.findings.some((finding) => finding.ruleId === 'a11y/image-alt'));
  });

  it('tells page-run files by their path: HTML and router page files, not other components', () => {
    for (const file of [
      'site/index.html',
      'a/b.HTM',
      'src/pages/orders.tsx',
      'app/settings/page.tsx',
      'routes/home.jsx',
    ])
      assert.ok(isPageRunPath(file), file);
    // `.ts` holds no JSX: a Next.js API route, a Remix resource route, a Playwright page object.
    for (const file of [
      'src/components/Button.tsx',
      'src/pages/_app.tsx',
      'app/layout.tsx',
      'util.ts',
      'src/pages/api/orders.ts',
      'app/routes/feed.ts',
      'tests/pages/loginPage.ts',
    ])
      assert.ok(!isPageRunPath(file), file);
  });

  it('adds up the time of the parse and of each rule that ran, only when asked', () => {
    const timings = new Map<string, number>();
    const report = lint('<main><img src="a.png"></main>', 'html', undefined, { timings });
    assert.ok(timings.has('parse'));
    for (const ruleId of Object.keys(report.tallies)) assert.ok(timings.has(ruleId), ruleId);
    assert.ok([...timings.values()].every((ms) => ms >= 0));
  });

  it('should copy the rule’s impact metadata into each finding', () => {
    const [finding] = lint('<a href="#">Basket</a>', 'html', undefined, { fileName: 'a.html' }).findings;
    assert.ok(finding);
    assert.equal(finding.ruleId, 'feedback/placeholder-link');
    assert.equal(finding.area, 'feedback');
    assert.equal(finding.lens, 'UX');
    assert.deepEqual(finding.metrics, ['task-success', 'clicks-to-completion', 'reach']);
    assert.equal(finding.severity, 'warning');
    assert.equal(
      finding.message,
      'Use a <button> for actions and give links a real destination [href="#" goes nowhere]',
    );
    assert.match(finding.docsUrl, /docs\/rules\/feedback\/placeholder-link\.md$/);
    assert.deepEqual(finding.location, { line: 1, column: 4, endLine: 1, endColumn: 12 });
    assert.equal(finding.snippet, 'href="#"');
  });

  it('should keep the rest of the report when one rule throws', () => {
    const rule = getRule('wording/jargon')!;
    const original = rule.check;
    const logged: string[] = [];
    (rule as { check: typeof original }).check = () => {
      throw new Error('boom');
    };
    try {
      const report = lint('<a href="#">Basket</a><p>We utilize it</p>', 'html', everyRule, {
        log: (m) => logged.push(m),
      });
      assert.deepEqual(
        report.findings.map((f) => f.ruleId),
        ['feedback/placeholder-link'],
      );
      assert.deepEqual(
        report.notices.map((n) => [n.code, n.ruleId]),
        [['rule-failed', 'wording/jargon']],
      );
      assert.match(report.notices[0]!.message, /boom/);
      assert.equal(report.tallies['wording/jargon'], undefined, 'a failed rule is not scored');
      assert.match(logged[0]!, /Rule wording\/jargon failed/);
    } finally {
      (rule as { check: typeof original }).check = original;
    }
  });

  it('should note parse problems in half-typed JSX and still report', () => {
    const report = lint('const A = () => <div><a href="#">x</a><button onClick={() => {pay(}>', 'tsx');
    assert.ok(report.notices.some((n) => n.code === 'parse-problem'));
    assert.ok(report.findings.some((f) => f.ruleId === 'feedback/placeholder-link'));
  });

  describe('findings per rule', () => {
    const links = (count: number) =>
      Array.from({ length: count }, (_, i) => `<p><a href="#" onclick="buy(${i})">Basket</a></p>`).join('\n');

    it('should list the first 100 findings of a rule in a file and say how many more there are', () => {
      const report = lint(links(512), 'html', undefined, { fileName: 'shop.html' });
      assert.equal(report.findings.length, MAX_FINDINGS_PER_RULE);
      assert.deepEqual(
        report.findings.map((finding) => finding.location.line),
        Array.from({ length: MAX_FINDINGS_PER_RULE }, (_, i) => i + 1),
      );
      assert.deepEqual(report.notices, [
        {
          code: 'findings-capped',
          severity: 'info',
          message:
            'feedback/placeholder-link: 412 more findings not shown (at most 100 per rule in a file; the score counts them all)',
          fileName: 'shop.html',
          range: report.notices[0]!.range,
          location: { line: 101, column: 7 },
          ruleId: 'feedback/placeholder-link',
          count: 412,
        },
      ]);
    });

    it('should count every finding in the tallies and the score, listed or not', () => {
      const report = lint(links(512), 'html');
      assert.deepEqual(report.tallies['feedback/placeholder-link'], { examined: 512, failed: 512 });
      const rule = report.score.rules.find((scored) => scored.ruleId === 'feedback/placeholder-link')!;
      assert.equal(rule.failed, 512);
      assert.equal(rule.penalty, rulePenalty('serious', 512));
      assert.equal(report.score.lenses.UX.findings, 512);
    });

    it('should not count suppressed findings toward the limit', () => {
      const suppressed = `<!-- touchpoint-disable feedback/placeholder-link -->\n${links(50)}\n<!-- touchpoint-enable -->`;
      const report = lint(`${suppressed}\n${links(100)}`, 'html');
      assert.equal(report.suppressed, 50);
      assert.equal(report.findings.length, 100);
      assert.deepEqual(report.notices, []);
    });

    it('should say so in every report as information, never as a fault', () => {
      const report = combineReports([lint(links(150), 'html', undefined, { fileName: '/site/shop.html' })]);
      const [notice] = report.files[0]!.notices;
      assert.ok(notice && isReportedNotice(notice) && !isNotCheckedNotice(notice) && !isFault(notice));
      assert.deepEqual(faultsOf(report), []);
      const sarif = JSON.parse(formatSarif(report, { root: '/site', toolVersion: '1.0.0' }));
      assert.deepEqual(
        sarif.runs[0].invocations.map(
          (run: { executionSuccessful: boolean; toolExecutionNotifications: unknown[] }) => [
            run.executionSuccessful,
            run.toolExecutionNotifications.length,
          ],
        ),
        [[true, 1]],
      );
      const data = scorecardData(report, { root: '/site', title: 'shop', toolVersion: '1.0.0' });
      assert.deepEqual(data.notChecked, [
        {
          file: 'shop.html',
          message:
            'line 101: feedback/placeholder-link: 50 more findings not shown (at most 100 per rule in a file; the score counts them all)',
        },
      ]);
    });
  });

  describe('review', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'touchpoint-review-'));
    const files = ['a.html', 'b.tsx', 'c.ts', 'd.png'].map((name) => path.join(root, name));
    writeFileSync(files[0]!, '<a href="#">x</a>');
    writeFileSync(files[1]!, 'export const B = () => <h2>a<h4>b</h4></h2>;');
    writeFileSync(files[2]!, 'export const c = 1;');
    writeFileSync(files[3]!, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));

    it('should review files, report progress and total the score', async () => {
      const progress: number[] = [];
      const report = await review(
        files.map((file) => ({ path: file })),
        everyRule,
        { onProgress: (p) => progress.push(p.done) },
      );
      assert.deepEqual(progress, [1, 2, 3, 4]);
      assert.equal(report.findingCount, 2);
      assert.deepEqual(
        report.files.map((f) => f.checked),
        [true, true, false, false],
      );
      assert.equal(report.files[3]!.notices[0]!.code, 'not-applicable');
      assert.equal(report.files[2]!.notices[0]!.code, 'not-applicable');
      assert.equal(report.tallies['feedback/placeholder-link']?.failed, 1);
      assert.equal(report.cancelled, false);
    });

    it('should list the axe rules that need layout as not checked statically, when a11y rules run', async () => {
      const withA11y = await review([{ path: files[0]! }], configFromObject({ extends: 'touchpoint:all' }));
      assert.ok(
        withA11y.notCheckedStatically.some(
          (item) => item.ruleId === 'a11y/color-contrast' && /layout/.test(item.reason),
        ),
      );
      const without = await review(
        [{ path: files[0]! }],
        configFromObject({
          rules: Object.fromEntries(rules.filter((r) => r.area === 'a11y').map((r) => [r.id, 'off'])),
        }),
      );
      assert.deepEqual(without.notCheckedStatically, []);
    });

    it('should stop when cancelled', async () => {
      const controller = new AbortController();
      const report = await review(
        files.map((file) => ({ path: file })),
        undefined,
        {
          signal: controller.signal,
          onProgress: () => controller.abort(),
        },
      );
      assert.equal(report.files.length, 1);
      assert.equal(report.cancelled, true);
    });

    it('should judge workspace-level rules across files, with related locations and suppressions', async () => {
      const report = await review(
        [
          { path: path.join(root, 'nav.html'), content: '<a href="/login">Sign in</a>' },
          { path: path.join(root, 'page.tsx'), content: 'export const P = () => <p>Sign in to pay</p>;' },
          {
            path: path.join(root, 'old.html'),
            content:
              '<p>Log in to see orders</p>\n<!-- touchpoint-disable-next-line wording/inconsistent-terms -- the old page, gone in May -->\n<p>Log in again</p>',
          },
        ],
        everyRule,
      );
      const findings = report.files.flatMap((file) =>
        file.findings.filter((f) => f.ruleId === 'wording/inconsistent-terms'),
      );
      assert.deepEqual(
        findings.map((f) => [path.basename(f.fileName), f.snippet, f.location.line]),
        [['old.html', 'Log in', 1]],
      );
      assert.match(findings[0]!.message, /“Log in” here, “sign in” in 2 other places/);
      assert.equal(findings[0]!.related?.[0]?.fileName, path.join(root, 'nav.html'));
      // Line and column in the other file, for editors that cannot read its offsets.
      assert.deepEqual(findings[0]!.related?.[0]?.location, { line: 1, column: 18, endLine: 1, endColumn: 25 });
      const oldFile = report.files.find((file) => file.fileName.endsWith('old.html'))!;
      // Suppressed with a reason: not counted in the score, counted apart.
      assert.deepEqual(oldFile.tallies['wording/inconsistent-terms'], { examined: 2, failed: 1, excused: 1 });
      assert.deepEqual(report.tallies['wording/inconsistent-terms'], { examined: 4, failed: 1, excused: 1 });
    });

    it('should say on every file it judges when a workspace-level rule failed', async () => {
      const rule = getRule('wording/inconsistent-terms')!;
      const hooks = rule.workspace as { checkWorkspace: (...args: unknown[]) => unknown };
      const original = hooks.checkWorkspace;
      hooks.checkWorkspace = () => {
        throw new Error('forced failure');
      };
      try {
        const report = await review(
          [
            { path: path.join(root, 'nav.html'), content: '<a href="/login">Sign in</a>' },
            { path: path.join(root, 'old.html'), content: '<p>Log in to see orders</p>' },
          ],
          everyRule,
        );
        for (const file of report.files)
          assert.ok(
            file.notices.some(
              (n) => n.code === 'rule-failed' && n.ruleId === rule.id && /forced failure/.test(n.message),
            ),
            path.basename(file.fileName),
          );
      } finally {
        hooks.checkWorkspace = original;
      }
    });

    it('should use given content over the disk, and turn config errors into notices', async () => {
      const report = await review([{ path: files[0]!, content: '<a href="/ok">Orders</a>' }], async () => {
        throw new ConfigError('/x/.touchpointrc.json', 'rules', 'an object');
      });
      assert.equal(report.files[0]!.notices[0]!.code, 'config-error');
      assert.match(report.files[0]!.notices[0]!.message, /\/x\/\.touchpointrc\.json: “rules” must be an object/);
      const fromContent = await review([{ path: files[0]!, content: '<a href="/ok">Orders</a>' }]);
      assert.equal(fromContent.findingCount, 0);
    });
  });
});
