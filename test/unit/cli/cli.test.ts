/**
 * The `touchpoint` bin end to end, as a child process on the built bundle (npm test builds
 * first), on fixture folders: every flag, every format, the gates and exit codes, the
 * baseline round trip, the cache, workers, and shards merged back into the unsharded report.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import * as cheerio from 'cheerio';
import { defaultPageWorkerCount, defaultWorkerCount } from '../../../src/cli/pool.js';
import { rules } from '../../../src/core/index.js';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const SARIF_SCHEMA = path.join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

function run(args: string[], cwd = ROOT, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', CI: '1', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The opt-in rules these tests use as examples, on unless a test writes its own config. */
const OPT_IN_CONFIG = JSON.stringify({
  root: true,
  rules: { 'wording/jargon': 'warning', 'feedback/high-stakes-action-without-pending-state': 'error' },
});

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'touchpoint-cli-'));
  for (const [name, content] of Object.entries({ '.touchpointrc.json': OPT_IN_CONFIG, ...files }))
    write(root, name, content);
  return root;
}

function write(root: string, name: string, content: string): void {
  mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
  writeFileSync(path.join(root, name), content);
}

interface JsonOut {
  shard: string | null;
  baselined: number;
  summary: { findingCount: number; durationMs: number; score: { overall: number | null } };
  rules: Record<string, { help: string; why: string }>;
  files: Array<{
    fileName: string;
    findings: Array<{ ruleId: string; severity: string; location: { line: number } }>;
    checked: boolean;
    page?: boolean;
    score?: { overall: number | null };
  }>;
}

function json(stdout: string): JsonOut {
  return JSON.parse(stdout) as JsonOut;
}

const ruleIdsOf = (out: JsonOut) => out.files.flatMap((file) => file.findings.map((f) => f.ruleId));

/** Warnings only (no errors): two jargon words and a placeholder link. */
const WARNINGS_ONLY = {
  'a.html': '<p>Please utilize the form.</p>\n',
  'b.html': '<p>We utilize cookies.</p>\n<a href="#">Open</a>\n',
};

describe('touchpoint CLI', function () {
  this.timeout(120_000);

  describe('output', () => {
    it('npm start: prints the sample scorecard and writes it to a file, exit 0 with --exit-zero', () => {
      const out = path.join(mkdtempSync(path.join(tmpdir(), 'touchpoint-out-')), 'card.txt');
      const { code, stdout, stderr } = run([
        'sample',
        '--format',
        'summary',
        '--format',
        `summary=${out}`,
        '--exit-zero',
      ]);
      assert.equal(code, 0);
      assert.match(stdout, /^Touchpoint scorecard: sample/);
      for (const label of ['Feedback on actions', 'Clear error messages', 'Simple wording', 'UX, how people use'])
        assert.ok(stdout.includes(label), label);
      assert.match(stdout, /E {2}sample\/checkout\.html:25:10 {2}feedback\/high-stakes-action-without-pending-state/);
      // The overall score is the mean of the files', and the files are listed lowest first, with what took the most.
      assert.match(stdout, /^Overall +\d+ +\S+ +the mean of 10 files' scores$/m);
      const listed = [...stdout.matchAll(/^ +(\d+) {2}(page|component) +(\S+) {2}\d+ findings?: (\S+) −\d+%/gm)];
      assert.ok(listed.length >= 5, stdout);
      const scores = listed.map((match) => Number(match[1]));
      assert.deepEqual(
        scores,
        [...scores].sort((a, b) => a - b),
        'lowest first',
      );
      assert.ok(listed.some((match) => match[3] === 'sample/checkout.html' && match[2] === 'page'));
      assert.equal(readFileSync(out, 'utf8'), stdout);
      assert.match(stderr, /failed: 6 errors \(exit 0: --exit-zero\)/);
    });

    it('stylish by default: file:line:col severity rule message, read by the $touchpoint problem matcher', () => {
      const { code, stdout } = run(['sample']);
      assert.equal(code, 1, 'the sample has error-severity findings');
      const matcher = (
        JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
          contributes: { problemMatchers: Array<{ name: string; pattern: { regexp: string } }> };
        }
      ).contributes.problemMatchers.find((m) => m.name === 'touchpoint')!;
      const lines = stdout.trim().split('\n');
      const findingLines = lines.slice(0, -2);
      assert.equal(findingLines.length, 32);
      for (const line of findingLines) assert.match(line, new RegExp(matcher.pattern.regexp), line);
      assert.ok(
        findingLines.includes(
          'sample/checkout.html:24:12 warning wording/jargon Use the plainer word [“Prior to” → “Before”]',
        ),
      );
      assert.match(
        lines[lines.length - 1]!,
        /^✖ 32 findings \(6 errors, 26 warnings, 0 info\) in 10 files · score \d+$/,
      );
    });

    it('colour only when wanted: FORCE_COLOR adds it, NO_COLOR wins', () => {
      const root = folder(WARNINGS_ONLY);
      assert.match(run(['.'], root, { NO_COLOR: '', FORCE_COLOR: '1' }).stdout, /\u001b\[33mwarning\u001b\[0m/);
      assert.doesNotMatch(run(['.'], root, { NO_COLOR: '1', FORCE_COLOR: '1' }).stdout, /\u001b\[/);
    });

    it('several formats at once, each to its own file; -o pairs with the format before it', () => {
      const root = folder(WARNINGS_ONLY);
      const { code, stdout } = run(
        [
          '.',
          '-f',
          'sarif',
          '-o',
          'out/r.sarif',
          '-f',
          'junit',
          '-o',
          'out/r.xml',
          '-f',
          'html=out/r.html',
          '-f',
          'markdown',
        ],
        root,
      );
      assert.equal(code, 0);
      assert.match(stdout, /^## Touchpoint scorecard/);
      const sarif = JSON.parse(readFileSync(path.join(root, 'out/r.sarif'), 'utf8')) as {
        runs: Array<{
          results: Array<{
            ruleId: string;
            locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
          }>;
        }>;
      };
      const validate = new Ajv({ strict: false, unicodeRegExp: false }).compile(
        JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')),
      );
      assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3)));
      assert.deepEqual(
        sarif.runs[0]!.results.map((r) => `${r.locations[0]!.physicalLocation.artifactLocation.uri} ${r.ruleId}`),
        ['a.html wording/jargon', 'b.html wording/jargon', 'b.html feedback/placeholder-link'],
      );
      // JUnit, structurally: suites per file, a failing case per finding.
      const $ = cheerio.load(readFileSync(path.join(root, 'out/r.xml'), 'utf8'), { xml: true });
      assert.equal($('testsuites').attr('failures'), '3');
      assert.deepEqual(
        $('testsuite')
          .map((_, suite) => `${$(suite).attr('name')} ${$(suite).attr('tests')} ${$(suite).find('failure').length}`)
          .get(),
        ['a.html 1 1', 'b.html 2 2'],
      );
      assert.equal($('testcase failure').first().attr('type'), 'warning');
      assert.match(readFileSync(path.join(root, 'out/r.html'), 'utf8'), /<script nonce="[^"]+">/);
    });

    it('github: annotations for the most severe findings within the per-step limits, the rest pointed to SARIF', () => {
      const lines = Array.from({ length: 14 }, (_, i) => `<p>Please utilize form ${i}.</p>`).join('\n');
      const root = folder({ 'many.html': `${lines}\n<img src="a.png">\n` });
      const { stdout } = run(['.', '-f', 'github'], root);
      const out = stdout.trim().split('\n');
      assert.equal(out.filter((line) => line.startsWith('::warning ')).length, 10);
      assert.equal(out.filter((line) => line.startsWith('::error ')).length, 1);
      assert.match(
        out[0]!,
        /^::error file=many\.html,line=15,col=2,endLine=15,endColumn=\d+,title=a11y\/image-alt \(CX%3A a11y\)::/,
      );
      assert.match(out[out.length - 1]!, /^::notice title=Touchpoint::Touchpoint: 15 findings, .* 4 more .* SARIF/);
    });

    it('json: relative paths and everything merge needs; --print-config and --list-rules', () => {
      const root = folder({
        '.git/HEAD': '',
        '.gitignore': 'generated/\n',
        '.touchpointrc.json': '{ "exclude": ["legacy/**"] }',
        'page.html': '<a href="#">x</a>',
        'generated/page.html': '<a href="#">x</a>',
        'legacy/old.html': '<a href="#">x</a>',
      });
      const { code, stdout } = run(['--format', 'json', '.'], root);
      assert.equal(code, 0);
      const out = json(stdout);
      assert.deepEqual(
        out.files.map((file) => file.fileName),
        ['page.html'],
      );
      assert.equal(out.summary.findingCount, 1);
      const printed = JSON.parse(
        run(['--print-config', 'page.html', '--rule', 'wording/noun-as-verb:off'], root).stdout,
      ) as {
        files: string[];
        rules: Record<string, unknown>;
        exclude: string[];
      };
      assert.ok(printed.exclude.includes('legacy/**'));
      assert.equal(printed.rules['wording/noun-as-verb'], undefined);
      const links = printed.rules['feedback/placeholder-link'];
      assert.equal(Array.isArray(links) ? links[0] : links, 'warning', 'severity, with options when it has some');
      assert.equal(printed.rules['wording/jargon'], undefined, 'opt-in rules are off unless turned on');
      const listed = run(['--list-rules']).stdout.trim().split('\n');
      assert.equal(listed[listed.length - 1], `${rules.length} rules`);
      assert.ok(listed.some((line) => /^wording\/jargon +UX +warning +opt-in +Use the plainer word$/.test(line)));
      assert.ok(listed.some((line) => /^feedback\/placeholder-link +UX +warning +recommended /.test(line)));
    });

    it('skips tests, stories, examples, development files and fixtures in folders, says how many, and reviews them when asked', () => {
      const root = folder({
        'src/Pay.tsx': 'export const P = () => <a href="#">Pay</a>;',
        'src/Pay.test.tsx': 'export const T = () => <a href="#">t</a>;',
        'src/__tests__/Cart.tsx': 'export const T = () => <a href="#">t</a>;',
        'src/Pay.stories.tsx': 'export const S = () => <a href="#">s</a>;',
        'src/menu/stories.tsx': 'export const S = () => <a href="#">s</a>;',
        // A Storybook app of its own (a monorepo's apps/storybook) is stories too.
        'apps/storybook/src/App.tsx': 'export const A = () => <a href="#">s</a>;',
        // A style guide page: a gallery of the components with sample links (a Wagtail site's).
        'templates/static/styleguide.html': '<a href="">s</a>',
        'examples/basic.html': '<a href="#">e</a>',
        'src/demo/Demo.jsx': 'export const D = () => <a href="#">d</a>;',
        'tools/worker-playground/errors.html': '<a href="#">p</a>',
        // A route kept for trying things out, a developer's request monitor, a page only
        // served in development.
        'app/routes/embed/playground.tsx': 'export const P = () => <a href="#">p</a>;',
        'src/components/dev/Monitor.tsx': 'export const M = () => <a href="#">m</a>;',
        'server/static/error.dev.html': '<a href="#">e</a>',
        'web/fixtures/page.html': '<a href="#">f</a>',
        // A test folder's helpers (Jest, Vitest, Playwright: `tests/`), and Ruby's `test/`.
        'tests/helpers/render.tsx': 'export const R = () => <a href="#">t</a>;',
        'pkg/web/testdata/template.html': '<a href="#">f</a>',
        // A codemod's input and expected output (jscodeshift).
        'codemods/__testfixtures__/rename.input.tsx': 'export const F = () => <a href="#">f</a>;',
        'website/cypress/support/component-index.html': '<a href="#">c</a>',
        // Playwright's component-test mount page (its specs and page objects sit beside it).
        'playwright/index.html': '<a href="#">c</a>',
      });
      const files = (stdout: string) => json(stdout).files.map((file) => file.fileName);
      const skipped = run(['--format', 'json', '.'], root);
      assert.equal(skipped.code, 0);
      assert.deepEqual(files(skipped.stdout), ['src/Pay.tsx']);
      assert.match(
        skipped.stderr,
        /touchpoint: 18 files skipped: 5 tests, 4 stories, 4 examples, 2 development files, 3 fixtures \(not what customers use; set “skip”/,
      );
      // A file named outright is reviewed whatever its kind.
      assert.deepEqual(files(run(['--format', 'json', 'src/Pay.test.tsx'], root).stdout), ['src/Pay.test.tsx']);
      write(root, '.touchpointrc.json', '{ "skip": ["tests"] }');
      const some = run(['--format', 'json', '.'], root);
      assert.deepEqual(files(some.stdout), [
        'app/routes/embed/playground.tsx',
        'apps/storybook/src/App.tsx',
        'codemods/__testfixtures__/rename.input.tsx',
        'examples/basic.html',
        'pkg/web/testdata/template.html',
        'server/static/error.dev.html',
        'src/Pay.stories.tsx',
        'src/Pay.tsx',
        'src/components/dev/Monitor.tsx',
        'src/demo/Demo.jsx',
        'src/menu/stories.tsx',
        'templates/static/styleguide.html',
        'tools/worker-playground/errors.html',
        'web/fixtures/page.html',
      ]);
      assert.match(some.stderr, /5 files skipped: 5 tests \(/);
      write(root, '.touchpointrc.json', '{ "skip": [] }');
      const all = run(['--format', 'json', '.'], root);
      assert.equal(files(all.stdout).length, 19);
      assert.doesNotMatch(all.stderr, /skipped/);
      write(root, '.touchpointrc.json', '{ "skip": ["snapshots"] }');
      const bad = run(['.'], root);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /“skip\[0\]”/);
    });

    it('leaves out findings on catalog strings no reviewed file shows, and says how many', () => {
      const root = folder({
        'locales/en/common.json': '{\n"shown": "Please login to continue",\n"gone": "Please login again"\n}\n',
        'src/App.tsx':
          'import { useTranslation } from "react-i18next";\nexport const App = () => { const { t } = useTranslation(); return <p>{t("shown")}</p>; };',
      });
      const whole = run(['--format', 'json', '.'], root);
      const lines = (stdout: string) =>
        json(stdout)
          .files.flatMap((file) => file.findings.map((finding) => `${file.fileName}:${finding.location.line}`))
          .filter((line) => line.includes('common.json'));
      assert.deepEqual(lines(whole.stdout), ['locales/en/common.json:2']);
      assert.match(whole.stderr, /touchpoint: 1 finding on catalog strings no reviewed file shows left out/);
      // The catalog alone: nothing says which strings are shown, so all are reported.
      const alone = run(['--format', 'json', 'locales/en/common.json'], root);
      assert.deepEqual(lines(alone.stdout), ['locales/en/common.json:2', 'locales/en/common.json:3']);
      assert.doesNotMatch(alone.stderr, /left out/);
      // A config kept elsewhere (`-c ~/shared/touchpoint.json`): its globs are relative to the
      // working directory, as ESLint's --config, so the project's catalogs are still found.
      const elsewhere = mkdtempSync(path.join(tmpdir(), 'touchpoint-shared-config-'));
      writeFileSync(
        path.join(elsewhere, 'touchpoint.json'),
        JSON.stringify({ extends: 'touchpoint:recommended', pages: ['src/**'] }),
      );
      const shared = run(['--format', 'json', '-c', path.join(elsewhere, 'touchpoint.json'), '.'], root);
      assert.deepEqual(lines(shared.stdout), ['locales/en/common.json:2']);
      assert.match(shared.stderr, /touchpoint: 1 finding on catalog strings no reviewed file shows left out/);
      assert.deepEqual(
        json(shared.stdout)
          .files.filter((file) => file.page)
          .map((file) => file.fileName),
        ['src/App.tsx'],
        '“pages” is relative to the working directory too',
      );
    });

    it('accepts globs', () => {
      const root = folder({
        'a/x.html': '<a href="#">x</a>',
        'b/y.tsx': 'export const Y = () => <a href="#">y</a>;',
        'b/z.md': '#',
      });
      const { code, stdout } = run(['--format', 'json', 'b/**/*'], root);
      assert.equal(code, 0);
      assert.deepEqual(
        json(stdout).files.map((f) => f.fileName),
        ['b/y.tsx'],
      );
    });
  });

  describe('config flags', () => {
    it('--config, --no-config, --rule id:severity, --max-file-size', () => {
      const root = folder({
        '.touchpointrc.json': '{ "rules": { "wording/jargon": "off" } }',
        'other.json': '{ "rules": { "wording/jargon": "error" } }',
        'a.html': '<p>Please utilize the form.</p>\n',
      });
      const severities = (args: string[]) =>
        json(run(['a.html', '-f', 'json', '--exit-zero', ...args], root).stdout).files[0]!.findings.map(
          (f) => `${f.ruleId}:${f.severity}`,
        );
      assert.deepEqual(severities([]), []);
      assert.deepEqual(severities(['--no-config']), [], 'jargon is opt-in');
      assert.deepEqual(severities(['--no-config', '--rule', 'wording/jargon:warning']), ['wording/jargon:warning']);
      assert.deepEqual(severities(['--config', 'other.json']), ['wording/jargon:error']);
      assert.deepEqual(severities(['--rule', 'wording/jargon:info']), ['wording/jargon:info']);
      assert.deepEqual(severities(['--no-config', '--rule', 'wording/jargon:off']), []);
      const big = json(run(['a.html', '-f', 'json', '--no-config', '--max-file-size', '10'], root).stdout);
      assert.equal(big.files[0]!.checked, false);
    });

    it('reviews a path that exists as written, even with glob characters in it (Next.js route folders)', () => {
      const root = folder({
        'app/(shop)/[id]/page.tsx': 'export default function Page() { return <a href="#">Pay</a>; }',
        'app/(shop)/[id]/other.tsx': 'export const O = () => <a href="#">Other</a>;',
      });
      const file = run(['--format', 'json', '--no-config', 'app/(shop)/[id]/page.tsx'], root);
      assert.equal(file.code, 0, file.stderr);
      assert.deepEqual(
        json(file.stdout).files.map((f) => f.fileName),
        ['app/(shop)/[id]/page.tsx'],
      );
      const dir = run(['--format', 'json', '--no-config', 'app/(shop)/[id]'], root);
      assert.equal(json(dir.stdout).files.length, 2, dir.stderr);
    });

    it('exit 2 with a clear message: unknown flag, format, rule, severity, path, glob, bad numbers, broken config', () => {
      const cases: Array<[string[], RegExp]> = [
        [['--frobnicate'], /unknown option '--frobnicate'/],
        [['sample', '--format', 'xml'], /Unknown format “xml”/],
        [
          ['sample', '--rule', 'wording/jargn:off'],
          /“wording\/jargn” names no known rule; did you mean “wording\/jargon”\?/,
        ],
        [['sample', '--rule', 'wording/jargon:loud'], /give a severity after the id/],
        [['no-such-folder'], /No such file or folder: no-such-folder/],
        [['sample/**/*.vue'], /matches no HTML, JSX or TSX files/],
        [['sample', '--min-score', 'speed=90'], /--min-score speed=90: use a score from 0 to 100/],
        [['sample', '--shard', '4/3'], /--shard 4\/3: use i\/n/],
        [['sample', '--workers', '-1'], /--workers -1: use a whole number from 0/],
        [['sample', '--max-warnings', '-1'], /--max-warnings -1: use a whole number from 0/],
        [['sample', '-o', 'a.txt', '-o', 'b.txt'], /More -o files than formats: b\.txt/],
        [['sample', '-f', 'json', '-f', 'sarif'], /Only one format can go to standard output/],
        [['merge', 'no-such.json'], /No such report: no-such\.json/],
        [['merge', 'package.json'], /package\.json is not a Touchpoint JSON report/],
      ];
      for (const [args, message] of cases) {
        const { code, stderr } = run(args);
        assert.equal(code, 2, args.join(' '));
        assert.match(stderr, message, args.join(' '));
      }
      const broken = folder({
        '.touchpointrc.json': '{ "rules": { "wording/jargon": "warn" } }',
        'a.html': '<p>x</p>',
      });
      const { code, stderr } = run(['.'], broken);
      assert.equal(code, 2);
      assert.match(stderr, /“rules\.wording\/jargon” must be one of "off", "info", "warning", "error" \(got "warn"\)/);
    });

    it('--help and --version exit 0', () => {
      assert.match(run(['--help']).stdout, /--baseline-write[\s\S]*Exit codes: 0 passed/);
      assert.equal(
        run(['--version']).stdout.trim(),
        (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
      );
    });

    it('runs the whole-page accessibility rules, and skips every axe rule with --no-axe', () => {
      const root = folder({
        'page.html':
          '<!doctype html>\n<html lang="en">\n<head><title>Orders – Shop</title></head>\n<body>\n<main>\n<h1>Orders</h1>\n<div><input type="text" name="q"></div>\n<img src="a.png">\n</main>\n</body>\n</html>\n',
      });
      const a11y = (args: string[]) =>
        ruleIdsOf(json(run(['page.html', '-f', 'json', '--exit-zero', ...args], root).stdout)).filter((id) =>
          id.startsWith('a11y/'),
        );
      assert.deepEqual(
        a11y([]),
        ['a11y/label', 'a11y/image-alt'],
        'the page run (label) and the live rules (image-alt)',
      );
      assert.deepEqual(a11y(['--no-page-axe']), ['a11y/image-alt'], 'the live rules only');
      assert.deepEqual(a11y(['--no-axe']), []);
    });
  });

  describe('gates and exit codes', () => {
    it('0 clean, 1 on an error, on --max-warnings or --min-score, 0 again with --exit-zero', () => {
      const root = folder(WARNINGS_ONLY);
      assert.equal(run(['.'], root).code, 0, 'warnings alone pass');
      assert.equal(run(['.', '--max-warnings', '3'], root).code, 0);
      const over = run(['.', '--max-warnings', '2'], root);
      assert.equal(over.code, 1);
      assert.match(over.stderr, /failed: 3 warnings, more than --max-warnings 2/);
      const score = json(run(['.', '-f', 'json'], root).stdout).summary.score.overall!;
      assert.equal(run(['.', '--min-score', String(score)], root).code, 0);
      const low = run(['.', '--min-score', String(score + 1)], root);
      assert.equal(low.code, 1);
      assert.match(low.stderr, new RegExp(`overall score ${score}, below --min-score ${score + 1}`));
      const area = run(['.', '--min-score', 'wording=100'], root);
      assert.equal(area.code, 1);
      assert.match(area.stderr, /Simple wording score \d+, below --min-score wording=100/);
      assert.equal(run(['.', '--min-score', 'wording=100', '--exit-zero'], root).code, 0);
      // page=N: every page and component on its own, the lowest named.
      const lowest = Math.min(...json(run(['.', '-f', 'json'], root).stdout).files.map((f) => f.score!.overall!));
      assert.equal(run(['.', '--min-score', `page=${lowest}`], root).code, 0);
      const page = run(['.', '--min-score', `page=${lowest + 1}`], root);
      assert.equal(page.code, 1);
      assert.match(
        page.stderr,
        new RegExp(`1 file scores below --min-score page=${lowest + 1} \\(b\\.html ${lowest}\\)`),
      );
      write(root, 'c.html', '<img src="x.png">\n');
      const error = run(['.'], root);
      assert.equal(error.code, 1);
      assert.match(error.stderr, /failed: 1 error/);
    });
  });

  describe('baseline', () => {
    it('round trip: accepted findings pass, new ones fail, stale entries are reported and pruned', () => {
      const root = folder({ ...WARNINGS_ONLY, 'c.html': '<img src="x.png">\n' });
      assert.equal(run(['.'], root).code, 1);
      const unbaselined = json(run(['.', '-f', 'json'], root).stdout).summary.score;
      const written = run(['.', '--baseline-write'], root);
      assert.equal(written.code, 0);
      assert.match(written.stderr, /Baseline: 4 findings accepted in touchpoint-baseline\.json/);
      const baseline = JSON.parse(readFileSync(path.join(root, 'touchpoint-baseline.json'), 'utf8')) as unknown;
      assert.deepEqual(baseline, {
        version: 1,
        files: {
          'a.html': { 'wording/jargon': { count: 1 } },
          'b.html': { 'feedback/placeholder-link': { count: 1 }, 'wording/jargon': { count: 1 } },
          'c.html': { 'a11y/image-alt': { count: 1 } },
        },
      });
      const clean = run(['.', '--baseline', '-f', 'json'], root);
      assert.equal(clean.code, 0);
      assert.equal(json(clean.stdout).summary.findingCount, 0);
      assert.equal(json(clean.stdout).baselined, 4);
      // A baseline hides known problems from the gate, not from the score.
      assert.deepEqual(json(clean.stdout).summary.score, unbaselined);
      // A new jargon word in a.html: that file's jargon findings show again (which one is new cannot be told).
      write(root, 'a.html', '<p>Please utilize the form.</p>\n<p>We will terminate it.</p>\n');
      const fresh = run(['.', '--baseline', '-f', 'json'], root);
      assert.equal(fresh.code, 0, 'warnings only');
      assert.deepEqual(ruleIdsOf(json(fresh.stdout)), ['wording/jargon', 'wording/jargon']);
      // The image gets its alt text: its entry is stale, then pruned.
      write(root, 'c.html', '<img src="x.png" alt="A parcel">\n');
      const stale = run(['.', '--baseline'], root);
      assert.match(
        stale.stderr,
        /1 stale entry accepts findings that are gone \(c\.html a11y\/image-alt: 1 accepted, 0 found\)/,
      );
      run(['.', '--baseline', '--baseline-prune'], root);
      const pruned = JSON.parse(readFileSync(path.join(root, 'touchpoint-baseline.json'), 'utf8')) as {
        files: Record<string, unknown>;
      };
      assert.deepEqual(Object.keys(pruned.files), ['a.html', 'b.html']);
      assert.doesNotMatch(run(['.', '--baseline'], root).stderr, /stale/);
    });

    it('a baseline that is not one: exit 2', () => {
      const root = folder({ ...WARNINGS_ONLY, 'touchpoint-baseline.json': '{"files": 3}' });
      const { code, stderr } = run(['.', '--baseline'], root);
      assert.equal(code, 2);
      assert.match(stderr, /is not a Touchpoint baseline/);
    });
  });

  describe('speed at scale', () => {
    it('cache: hits for unchanged files, a miss for a changed one, all miss after a config change; same results', () => {
      const root = folder({
        ...WARNINGS_ONLY,
        'c.html': '<p>Fine.</p>\n',
        'd.tsx': 'export const D = () => <p>OK</p>;\n',
      });
      const cached = (args: string[] = []) => run(['.', '--cache', '-f', 'json', ...args], root);
      const first = cached();
      assert.match(first.stderr, /Cache: 0 of 4 files unchanged, 4 linted/);
      const second = cached();
      assert.match(second.stderr, /Cache: 4 of 4 files unchanged, 0 linted/);
      const strip = (out: JsonOut) => ({ ...out, summary: { ...out.summary, durationMs: 0 } });
      assert.deepEqual(strip(json(second.stdout)), strip(json(first.stdout)));
      write(root, 'c.html', '<p>Please utilize it.</p>\n');
      const third = cached();
      assert.match(third.stderr, /Cache: 3 of 4 files unchanged, 1 linted/);
      assert.deepEqual(strip(json(third.stdout)), strip(json(run(['.', '-f', 'json'], root).stdout)));
      write(root, '.touchpointrc.json', '{ "rules": { "wording/jargon": "info" } }');
      assert.match(cached().stderr, /Cache: 0 of 4 files unchanged, 4 linted/);
      assert.match(cached(['--rule', 'wording/jargon:error']).stderr, /Cache: 0 of 4 files unchanged/);
      assert.match(cached(['--cache-location', 'elsewhere/']).stderr, /Cache: 0 of 4/);
      assert.ok(readFileSync(path.join(root, 'elsewhere', '.touchpointcache'), 'utf8').length > 0);
    });

    it('cache: a file that shows a catalog’s words is linted again when the catalog changes', () => {
      const root = folder({
        'src/Pay.tsx':
          'import { useTranslation } from "react-i18next";\nexport const Pay = ({ onPay }) => { const { t } = useTranslation(); return <button onClick={onPay}>{t("actions.pay")}</button>; };\n',
        'src/locales/en/translation.json': '{ "actions": { "pay": "Pay now" } }\n',
      });
      const cached = () => run(['.', '--cache', '-f', 'json', '--exit-zero'], root);
      const rules = (stdout: string) => json(stdout).files.flatMap((file) => file.findings.map((f) => f.ruleId));
      const first = cached();
      assert.ok(rules(first.stdout).includes('feedback/high-stakes-action-without-pending-state'), first.stdout);
      write(root, 'src/locales/en/translation.json', '{ "actions": { "pay": "Show the summary" } }\n');
      const second = cached();
      assert.match(second.stderr, /Cache: 0 of 2 files unchanged, 2 linted/);
      assert.deepEqual(rules(second.stdout), []);
    });

    it('workers: two give exactly what one gives', () => {
      const strip = (stdout: string) => ({ ...json(stdout), summary: { ...json(stdout).summary, durationMs: 0 } });
      const one = run(['sample', '-f', 'json', '--workers', '1', '--exit-zero']);
      const two = run(['sample', '-f', 'json', '--workers', '2', '--exit-zero']);
      assert.equal(one.code, 0);
      assert.deepEqual(strip(two.stdout), strip(one.stdout));
    });

    it('workers by default: one for a small job, never more than the cores leave room for; page workers by the pages', () => {
      assert.equal(defaultWorkerCount(1, 8), 1);
      assert.equal(defaultWorkerCount(250, 8), 1);
      assert.equal(defaultWorkerCount(251, 8), 2);
      assert.equal(defaultWorkerCount(1615, 2), 1, 'on 2 cores the main thread keeps one');
      assert.equal(defaultWorkerCount(5000, 8), 7);
      assert.equal(defaultWorkerCount(5000, 1), 1);
      assert.equal(defaultWorkerCount(0, 4), 1);
      // Page workers: one per 100 pages, up to the cores, shared among the lint workers.
      assert.equal(defaultPageWorkerCount(0, 8, 1), 1);
      assert.equal(defaultPageWorkerCount(188, 2, 1), 2, 'a site of HTML pages on 2 cores');
      assert.equal(defaultPageWorkerCount(188, 8, 2), 1);
      assert.equal(defaultPageWorkerCount(2000, 8, 3), 3);
      assert.equal(defaultPageWorkerCount(2000, 2, 1), 2);
    });

    it('code cache: written on the first start, used on the next, a broken one ignored; the report never changes', () => {
      const temp = mkdtempSync(path.join(tmpdir(), 'touchpoint-tmp-'));
      const cacheDir = path.join(temp, 'touchpoint-code-cache');
      const strip = (stdout: string) => ({ ...json(stdout), summary: { ...json(stdout).summary, durationMs: 0 } });
      const args = ['sample', '-f', 'json', '--workers', '1', '--no-page-axe', '--exit-zero'];
      const plain = run(args, ROOT, { TOUCHPOINT_CODE_CACHE: '0', TMPDIR: temp });
      assert.equal(plain.code, 0);
      assert.ok(!existsSync(cacheDir), 'TOUCHPOINT_CODE_CACHE=0 writes nothing');
      const first = run(args, ROOT, { TMPDIR: temp });
      const written = readdirSync(cacheDir).sort();
      assert.deepEqual(
        written.map((name) => name.replace(/-[0-9a-f]{16}\.v8$/, '')),
        ['cli.main', 'lintWorker.main'],
        'one cache for the CLI, one for its lint workers',
      );
      const writtenAt = written.map((name) => statSync(path.join(cacheDir, name)).mtimeMs);
      const second = run(args, ROOT, { TMPDIR: temp });
      assert.deepEqual(
        written.map((name) => statSync(path.join(cacheDir, name)).mtimeMs),
        writtenAt,
        'V8 took the cache, so it is not written again',
      );
      for (const name of written) writeFileSync(path.join(cacheDir, name), 'not a V8 code cache');
      const broken = run(args, ROOT, { TMPDIR: temp });
      for (const out of [first, second, broken]) {
        assert.equal(out.code, 0, out.stderr);
        assert.deepEqual(strip(out.stdout), strip(plain.stdout));
      }
      for (const name of written)
        assert.ok(statSync(path.join(cacheDir, name)).size > 1000, `${name}: a rejected cache is written again`);
      // Caches of other builds of the same bundle: the newest stay, the oldest go when one is written.
      const old = Array.from({ length: 5 }, (_, i) => path.join(cacheDir, `cli.main-${String(i).repeat(16)}.v8`));
      old.forEach((file, i) => {
        writeFileSync(file, 'an older build’s cache');
        utimesSync(file, new Date(2020, 0, i + 1), new Date(2020, 0, i + 1));
      });
      writeFileSync(path.join(cacheDir, 'notes.txt'), 'not a cache');
      for (const name of written) rmSync(path.join(cacheDir, name));
      run(args, ROOT, { TMPDIR: temp });
      const kept = readdirSync(cacheDir).sort();
      assert.deepEqual(
        kept.filter((name) => name.startsWith('cli.main-')),
        [...old.slice(2).map((file) => path.basename(file)), written[0]!].sort(),
        'the new cache and the three newest of the others',
      );
      assert.ok(kept.includes('notes.txt') && kept.includes(written[1]!), 'nothing else is touched');
    });

    it('shards split the files deterministically, and merged they equal the unsharded run', () => {
      // “log in” in b.html is inconsistent only with the other shards' “sign in”: merge must judge across shards.
      const root = folder({
        '.touchpointrc.json':
          '{ "root": true, "rules": { "wording/inconsistent-terms": "info", "wording/jargon": "warning" } }',
        'a.html': '<p>Sign in to see orders.</p>\n<p>Sign in again.</p>\n',
        'b.html': '<p>Please log in first.</p>\n<p>We utilize cookies.</p>\n',
        'c.html': '<p>Sign in here.</p>\n',
        'd.tsx': 'export const D = () => <a href="#">Open</a>;\n',
      });
      const shards = [1, 2, 3].map((i) => {
        const out = run(['.', '--shard', `${i}/3`, '-f', `json=shard-${i}.json`], root);
        assert.equal(out.code, 0);
        return JSON.parse(readFileSync(path.join(root, `shard-${i}.json`), 'utf8')) as JsonOut;
      });
      const files = shards.map((shard) => shard.files.map((file) => file.fileName));
      assert.deepEqual(files, [['a.html'], ['b.html'], ['c.html', 'd.tsx']]);
      assert.deepEqual(
        shards.map((shard) => shard.shard),
        ['1/3', '2/3', '3/3'],
      );
      assert.ok(!ruleIdsOf(shards[1]!).includes('wording/inconsistent-terms'), 'alone, b.html is consistent');
      const merged = run(['merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', '-f', 'json'], root);
      assert.equal(merged.code, 0);
      const whole = run(['.', '-f', 'json'], root);
      const strip = (out: JsonOut) => ({ ...out, shard: null, summary: { ...out.summary, durationMs: 0 } });
      assert.deepEqual(strip(json(merged.stdout)), strip(json(whole.stdout)));
      assert.ok(ruleIdsOf(json(merged.stdout)).includes('wording/inconsistent-terms'));
      // Any format from the merge, and its gates.
      assert.match(
        run(['merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', '-f', 'markdown'], root).stdout,
        /## Touchpoint/,
      );
      assert.equal(run(['merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', '--max-warnings', '0'], root).code, 1);
      // The baseline works on the merged report, workspace-level findings included.
      const shardFiles = ['shard-1.json', 'shard-2.json', 'shard-3.json'];
      assert.equal(run(['merge', ...shardFiles, '--baseline-write'], root).code, 0);
      const accepted = run(['merge', ...shardFiles, '--baseline', '-f', 'json', '--max-warnings', '0'], root);
      assert.equal(accepted.code, 0);
      assert.equal(json(accepted.stdout).summary.findingCount, 0);
      assert.equal(json(accepted.stdout).baselined, json(whole.stdout).summary.findingCount);
    });
  });
});
