/**
 * The scorecard's data and the report formats built on it: scorecard JSON, SARIF (validated
 * against the official SARIF 2.1.0 schema), Markdown, the page messages' validation and the
 * standalone HTML shell.
 */
import assert from 'node:assert/strict';
import { everyRule } from '../helpers/config.js';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import {
  combineReports,
  embedJson,
  fingerprintFindings,
  formatMarkdown,
  formatSarif,
  historyPoint,
  lint,
  SCORE_FORMULA_VERSION,
  scoreOfTallies,
  scorecardData,
  standaloneHtml,
  webviewHtml,
  type ScorecardData,
  type WorkspaceReport,
} from '../../../src/core/index.js';
import { isSafeRelativePath, parsePageMessage } from '../../../src/webview/protocol.js';
import { sampleReport, SAMPLE } from '../helpers/sample.js';

const ROOT = path.join(__dirname, '..', '..', '..');
const SARIF_SCHEMA = path.join(
  ROOT,
  'node_modules',
  '@microsoft',
  'jest-sarif',
  'lib',
  'schemas',
  'sarif-2.1.0-rtm.5.json',
);

/** The SARIF log as read back. */
type SarifLog = Record<string, any>;

function dataOf(report: WorkspaceReport): ScorecardData {
  return scorecardData(report, { root: SAMPLE, title: 'sample', toolVersion: '1.2.3' });
}

describe('scorecard data', () => {
  it('should carry every finding with a relative path, most severe first, and the scored rules', async () => {
    const report = await sampleReport();
    const data = dataOf(report);
    assert.equal(data.findings.length, report.findingCount);
    assert.ok(data.findings.length > 20);
    for (const finding of data.findings) {
      assert.ok(isSafeRelativePath(finding.file), finding.file);
      assert.ok(readFileSync(path.join(SAMPLE, finding.file), 'utf8').length > 0);
      assert.ok(finding.metrics.length > 0 && finding.why.length > 0);
    }
    const order = { error: 0, warning: 1, info: 2 };
    const severities = data.findings.map((finding) => order[finding.severity]);
    assert.deepEqual(
      severities,
      [...severities].sort((a, b) => a - b),
    );
    assert.deepEqual(data.rules.map((rule) => rule.id).sort(), report.score.rules.map((rule) => rule.ruleId).sort());
    assert.equal(data.score.overall, report.score.overall);
    assert.ok(data.notCheckedStatically.some((item) => item.ruleId === 'a11y/color-contrast'));
  });

  it('should combine file reports into the same score a review gives', async () => {
    const report = await sampleReport();
    const combined = combineReports(report.files);
    assert.deepEqual(combined.score, report.score);
    assert.equal(combined.findingCount, report.findingCount);
    const half = combineReports(report.files.slice(0, 3));
    assert.equal(
      half.findingCount,
      report.files.slice(0, 3).reduce((sum, file) => sum + file.findings.length, 0),
    );
    // A file's score is its tallies' (the extension rescores a live report with the page run's tallies).
    for (const file of report.files) assert.deepEqual(scoreOfTallies(file.tallies), file.score, file.fileName);
  });

  it('should store the score formula with every history entry', async () => {
    const point = historyPoint(await sampleReport(), new Date('2026-12-01T00:00:00Z'));
    assert.equal(point.formula, SCORE_FORMULA_VERSION);
    assert.equal(SCORE_FORMULA_VERSION, 2);
  });
});

describe('SARIF', () => {
  it('should validate against the official SARIF 2.1.0 schema, with rules, levels, locations and fingerprints', async () => {
    const report = await sampleReport();
    const log: SarifLog = JSON.parse(formatSarif(report, { root: SAMPLE, toolVersion: '1.2.3' }));
    // The official schema has a pattern that is not valid as a Unicode regular expression.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')));
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'Touchpoint');
    assert.equal(run.results.length, report.findingCount);
    const rules = run.tool.driver.rules as Array<{ id: string; helpUri: string }>;
    for (const result of run.results) {
      assert.equal(rules[result.ruleIndex]!.id, result.ruleId);
      assert.match(rules[result.ruleIndex]!.helpUri, /^https:\/\//);
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      const location = result.locations[0].physicalLocation;
      assert.equal(location.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.doesNotMatch(location.artifactLocation.uri, /^\//);
      assert.ok(location.region.startLine >= 1 && location.region.startColumn >= 1);
    }
    const fingerprints = run.results.map((result: { partialFingerprints: Record<string, string> }) =>
      Object.values(result.partialFingerprints).join(),
    );
    assert.equal(new Set(fingerprints).size, fingerprints.length, 'fingerprints are unique');
    // A failing check: a broken log is rejected by the same schema.
    assert.equal(validate({ ...log, version: '2.0.0' }), false);
  });

  it('should keep fingerprints when lines are added above a finding', () => {
    const text = '<p>Please utilize the form.</p>\n<p>We utilize cookies.</p>\n';
    const before = lint(text, 'html', everyRule, { fileName: '/w/a.html' }).findings;
    const after = lint(`<p>New intro.</p>\n\n${text}`, 'html', everyRule, { fileName: '/w/a.html' }).findings;
    const jargon = (findings: typeof before) => findings.filter((finding) => finding.ruleId === 'wording/jargon');
    assert.equal(jargon(before).length, 2);
    assert.deepEqual(fingerprintFindings(jargon(after), '/w'), fingerprintFindings(jargon(before), '/w'));
  });
});

describe('Markdown', () => {
  it('should summarise per area and list findings, escaping workspace text', async () => {
    const data = dataOf(await sampleReport());
    const evil: ScorecardData = {
      ...data,
      findings: [
        { ...data.findings[0]!, message: 'Bad <img src=x onerror=alert(1)> | `tick` *bold*', file: 'a|b.html' },
      ],
    };
    const markdown = formatMarkdown(evil);
    assert.match(markdown, /^## Touchpoint scorecard: sample/);
    assert.match(markdown, /\| Simple wording \| \d+ \| \d+ \|/);
    assert.doesNotMatch(markdown, /<img/);
    assert.match(markdown, /Bad &lt;img src=x onerror=alert\(1\)&gt; \\\| \\`tick\\` \\\*bold\\\*/);
    assert.match(markdown, /`a\\\|b\.html:\d+`/);
    // Every table row has the same number of cells: nothing broke out of its cell.
    const rows = markdown.split('\n').filter((line) => line.startsWith('| 🔴') || line.startsWith('| 🟠'));
    for (const row of rows) assert.equal(row.replace(/\\\|/g, '').split('|').length, 7, row);
  });

  it('should list the lowest-scoring pages and components, escaping their names', async () => {
    const data = dataOf(await sampleReport());
    const lowest = data.files[0]!;
    const markdown = formatMarkdown({ ...data, files: [{ ...lowest, file: 'a|b`.html' }, ...data.files.slice(1)] });
    assert.match(markdown, /### Pages and components, lowest first \(\d+ below 100\)/);
    // The name cannot close its code span or break the table (a backquote becomes a quote).
    assert.ok(
      markdown.includes(
        `| ${lowest.score.overall} | \`a\\|b'.html\` | ${lowest.kind} | ${lowest.penalties[0]!.ruleId} −${Math.round(100 * lowest.penalties[0]!.penalty)} %`,
      ),
      markdown,
    );
    assert.match(markdown, new RegExp(`the mean of ${data.score.files} files' scores`));
  });

  it('should list the top findings only, saying how many there are', async () => {
    const data = dataOf(await sampleReport());
    const markdown = formatMarkdown(data, { top: 5 });
    assert.match(markdown, new RegExp(`### Top 5 of ${data.findings.length} findings`));
  });
});

describe('scorecard page messages', () => {
  it('should accept exactly the messages the page sends', () => {
    const reveal = { type: 'reveal', file: 'src/a.tsx', line: 3, column: 5, endLine: 3, endColumn: 9 };
    assert.deepEqual(parsePageMessage(reveal), reveal);
    assert.deepEqual(parsePageMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parsePageMessage({ type: 'export', format: 'sarif' }), { type: 'export', format: 'sarif' });
    assert.deepEqual(parsePageMessage({ type: 'review' }), { type: 'review' });
  });

  it('should refuse anything else: paths out of the workspace, odd numbers, extra fields', () => {
    const reveal = { type: 'reveal', file: 'src/a.tsx', line: 3, column: 5, endLine: 3, endColumn: 9 };
    for (const bad of [
      null,
      'reveal',
      [],
      { type: 'run', command: 'rm -rf /' },
      { ...reveal, file: '../secrets.txt' },
      { ...reveal, file: 'src/../../x' },
      { ...reveal, file: '/etc/passwd' },
      { ...reveal, file: 'C:/Windows/win.ini' },
      { ...reveal, file: 'src\\a.tsx' },
      { ...reveal, file: 'file:///etc/passwd' },
      { ...reveal, file: 'a\u0000b' },
      { ...reveal, line: 0 },
      { ...reveal, line: 1.5 },
      { ...reveal, line: '3' },
      { ...reveal, endLine: 2 },
      { ...reveal, extra: true },
      { type: 'export', format: 'exe' },
      { type: 'ready', also: 1 },
    ])
      assert.equal(parsePageMessage(bad), undefined, JSON.stringify(bad));
  });
});

describe('scorecard page HTML', () => {
  it('should embed data so that nothing in it can close the script element', () => {
    const value = { text: '</script><script>alert(1)</script><!-- \u2028' };
    const embedded = embedJson(value);
    assert.doesNotMatch(embedded, /<|>|\u2028/);
    assert.deepEqual(JSON.parse(embedded), value);
  });

  it('should give both pages a strict CSP with a nonce on every script and style', () => {
    const webview = webviewHtml(
      { cspSource: 'https://x.vscode-cdn.net', scriptUri: 'https://x/webview.js', styleUri: 'https://x/webview.css' },
      'N0nce',
    );
    assert.match(webview, /default-src 'none'/);
    assert.match(webview, /script-src 'nonce-N0nce'/);
    assert.match(webview, /<script nonce="N0nce" src="https:\/\/x\/webview.js"><\/script>/);
    assert.doesNotMatch(webview, /unsafe-inline|unsafe-eval/);
    const standalone = standaloneHtml(
      { title: '<b>x</b>' } as unknown as ScorecardData,
      { script: 'console.log("</script>")', style: 'body{}' },
      'N0nce',
    );
    assert.match(standalone, /<title>Touchpoint scorecard: &lt;b&gt;x&lt;\/b&gt;<\/title>/);
    assert.match(standalone, /<script nonce="N0nce">\nconsole.log\("<\\\/script>"\)\n<\/script>/);
    assert.match(standalone, /<style nonce="N0nce">/);
    assert.doesNotMatch(standalone, /unsafe-inline|https?:/);
  });
});
