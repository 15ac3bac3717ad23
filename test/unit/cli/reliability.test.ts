/**
 * The CLI under bad conditions, as a child process on the built bundle (npm test builds first):
 * outputs and caches that cannot be written, special files in the workspace and in `extends`,
 * config globs that leave the folder, names that would inject terminal escapes or CI commands,
 * runs that check nothing, and a file that takes too long. Each case must end with a clear
 * line, the right exit code and no lost report.
 */
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { buildConfigSchema } from '../../../src/core/index.js';
import { LintCache } from '../../../src/cli/cache.js';
import { writeFileAtomic, WriteError } from '../../../src/cli/files.js';
import { lint } from '../../../src/core/index.js';
import { mayLintInWorkers } from '../../../src/launch/earlyLintWorker.js';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const CLEAN = '<main><h1>Basket</h1><p>Two items.</p></main>\n';
const PLACEHOLDER = '<a href="#">Open</a>\n';

function run(args: string[], cwd: string, env: Record<string, string> = {}, extra: SpawnSyncOptions = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', CI: '1', ...env },
    ...extra,
  });
  assert.equal(result.error, undefined, `the CLI ended by itself (${String(result.error)})`);
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** A folder anyone can read (the unprivileged runs below read it too). */
function folder(files: Record<string, string> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'touchpoint-reliable-'));
  chmodSync(root, 0o755);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

/** Run as a user who cannot write where root can: root ignores file permissions. */
const unprivileged: SpawnSyncOptions = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

const canMakeDevices = process.platform === 'linux' && existsSync('/dev/full');

/** One line, naming the path and why, without a stack trace. */
function assertOneLine(stderr: string, pattern: RegExp): void {
  const line = stderr.split('\n').find((text) => pattern.test(text));
  assert.ok(line, `a line matching ${pattern} in:\n${stderr}`);
  assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
}

describe('touchpoint CLI under bad conditions', function () {
  this.timeout(180_000);

  describe('writing reports, caches and baselines', () => {
    it('writes the report first: a cache that cannot be written is a warning', function () {
      if (!canMakeDevices) this.skip();
      const root = folder({ 'page.html': PLACEHOLDER });
      const { code, stderr } = run(
        ['.', '--no-config', '--no-page-axe', '--cache', '--cache-location', '/dev/full', '-f', 'json=out/report.json'],
        root,
      );
      assert.equal(code, 0, stderr);
      assertOneLine(stderr, /^touchpoint: warning: the cache was not saved \(Cannot write \/dev\/full: no space left/);
      const report = JSON.parse(readFileSync(path.join(root, 'out/report.json'), 'utf8')) as { files: unknown[] };
      assert.equal(report.files.length, 1);
    });

    it('an output that cannot be written: one line naming it, exit 2, the other outputs written', function () {
      if (!canMakeDevices) this.skip();
      const root = folder({ 'page.html': CLEAN });
      const { code, stderr } = run(
        ['.', '--no-config', '--no-page-axe', '-f', 'sarif=/dev/full', '-f', 'json=report.json', '--exit-zero'],
        root,
      );
      assert.equal(code, 2);
      assertOneLine(stderr, /^touchpoint: Cannot write \/dev\/full: no space left on the device$/);
      assert.ok(JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8')));
    });

    it('a read-only folder: reports, baseline and cache are not written, the old report stays whole', () => {
      const root = folder({ 'page.html': PLACEHOLDER, 'locked/report.json': '{"old":true}', 'open/.keep': '' });
      chmodSync(path.join(root, 'locked'), 0o555);
      chmodSync(path.join(root, 'open'), 0o777);
      const readOnly = process.getuid?.() === 0 ? unprivileged : {};
      const { code, stderr } = run(
        [
          '.',
          '--no-config',
          '--no-page-axe',
          '-f',
          'json=locked/report.json',
          '-f',
          'summary=open/summary.txt',
          '--baseline-write',
          'locked/baseline.json',
          '--cache',
          '--cache-location',
          'locked/cache',
        ],
        root,
        {},
        readOnly,
      );
      assert.equal(code, 2);
      assertOneLine(stderr, /^touchpoint: Cannot write .*locked\/report\.json: permission denied$/);
      assertOneLine(stderr, /^touchpoint: Cannot write .*locked\/baseline\.json: permission denied$/);
      assertOneLine(stderr, /^touchpoint: warning: the cache was not saved \(Cannot write .*locked\/cache/);
      assert.equal(readFileSync(path.join(root, 'locked/report.json'), 'utf8'), '{"old":true}');
      assert.deepEqual(readdirSync(path.join(root, 'locked')), ['report.json']);
      assert.match(readFileSync(path.join(root, 'open/summary.txt'), 'utf8'), /Touchpoint scorecard/);
    });

    it('replaces files whole: a write that fails half-way leaves the old file and no temporary file', () => {
      const root = folder({ 'report.json': 'old' });
      const file = path.join(root, 'report.json');
      function* halfThenFail() {
        yield 'new, half';
        throw Object.assign(new Error('disk gone'), { code: 'EIO' });
      }
      assert.throws(() => writeFileAtomic(file, halfThenFail()), WriteError);
      assert.equal(readFileSync(file, 'utf8'), 'old');
      assert.deepEqual(readdirSync(root), ['report.json']);
      writeFileAtomic(file, ['new ', 'whole']);
      assert.equal(readFileSync(file, 'utf8'), 'new whole');
      assert.deepEqual(readdirSync(root), ['report.json']);
    });

    it('writes to a device in place instead of replacing it', function () {
      if (!canMakeDevices) this.skip();
      const root = folder({ 'page.html': CLEAN });
      const { code } = run(['.', '--no-config', '--no-page-axe', '-f', 'json=/dev/null'], root);
      assert.equal(code, 0);
      assert.ok(statSync('/dev/null').isCharacterDevice());
    });
  });

  describe('the cache', () => {
    it('checks every row it reads: a tampered, cut or foreign row is a miss, never data', () => {
      const root = folder({
        'a.html': PLACEHOLDER,
        'b.html': PLACEHOLDER,
        'c.html': PLACEHOLDER,
        'd.html': PLACEHOLDER,
      });
      const location = path.join(root, 'cache');
      const files = ['a', 'b', 'c', 'd'].map((name) => path.join(root, `${name}.html`));
      const cache = LintCache.open(location, '1.0.0');
      for (const file of files) {
        const found = cache.lookup(file, 'config');
        assert.ok('fingerprint' in found && found.fingerprint);
        cache.set(file, found.fingerprint, 'config', { ...lint(PLACEHOLDER, 'html'), fileName: file });
      }
      cache.save();
      const [header, ...rows] = readFileSync(location, 'utf8').trimEnd().split('\n');
      const tamper = (row: string, change: (entry: { report: Record<string, unknown> }) => void) => {
        const [name, entry] = JSON.parse(row) as [string, { report: Record<string, unknown> }];
        change(entry);
        return JSON.stringify([name, entry]);
      };
      writeFileSync(
        location,
        [
          header,
          tamper(rows[0]!, (entry) => (entry.report.findings = 'none')), // a: findings not an array
          tamper(rows[1]!, (entry) => ((entry.report.findings as unknown[][])[0]![1] = 7)), // b: no such severity
          rows[2]!.slice(0, rows[2]!.length / 2), // c: cut short
          rows[3], // d: untouched
        ].join('\n'),
      );
      const reopened = LintCache.open(location, '1.0.0');
      const answers = files.map((file) => reopened.lookup(file, 'config'));
      assert.deepEqual(
        answers.map((answer) => ('report' in answer ? 'hit' : 'miss')),
        ['miss', 'miss', 'miss', 'hit'],
      );
      const hit = answers[3]!;
      assert.ok('report' in hit);
      assert.deepEqual(
        hit.report.findings.map((finding) => `${finding.severity} ${finding.ruleId}`),
        ['warning feedback/placeholder-link'],
      );
    });

    it('a device named as the cache is not read', function () {
      if (!canMakeDevices) this.skip();
      // Read, it would never end (and fill the memory).
      assert.equal(LintCache.open('/dev/zero', '1.0.0').location, '/dev/zero');
    });
  });

  describe('special files', () => {
    it('a symlink to /dev/zero and a named pipe in the folder are not read: a notice, and the run ends', function () {
      if (!canMakeDevices) this.skip();
      const root = folder({ 'page.html': PLACEHOLDER });
      symlinkSync('/dev/zero', path.join(root, 'zero.html'));
      symlinkSync('/dev/urandom', path.join(root, 'random.html'));
      assert.equal(spawnSync('mkfifo', [path.join(root, 'pipe.html')]).status, 0);
      const { code, stdout } = run(
        ['zero.html', 'random.html', 'pipe.html', 'page.html', '--no-config', '--no-page-axe'],
        root,
        { TOUCHPOINT_WORKER_MEMORY_MB: '256' },
      );
      assert.equal(code, 0, stdout);
      assert.match(stdout, /^zero\.html:1:1 info touchpoint\/not-checked This was not checked: it is a device/m);
      assert.match(stdout, /^random\.html:1:1 info touchpoint\/not-checked This was not checked: it is a device/m);
      assert.match(stdout, /^pipe\.html:1:1 info touchpoint\/not-checked This was not checked: it is a named pipe/m);
      assert.match(stdout, /^page\.html:1:4 warning feedback\/placeholder-link/m);
    });

    it('"extends" naming a device, a pipe, a large file or any other file: a config error that quotes nothing', function () {
      if (!canMakeDevices) this.skip();
      const root = folder({
        'page.html': CLEAN,
        'secret.txt': 'SECRET-TOKEN=abc123\n',
        'large.json': `{"rules": {}, "x": "${'a'.repeat(2 * 1024 * 1024)}"}`,
      });
      assert.equal(spawnSync('mkfifo', [path.join(root, 'pipe.json')]).status, 0);
      const cases: Array<[string, RegExp]> = [
        ['/dev/zero', /“extends” points to \/dev\/zero, which cannot be read: it is a device, not a regular file$/],
        ['./pipe.json', /“extends” points to .*pipe\.json, which cannot be read: it is a named pipe/],
        ['./large.json', /“extends” points to .*large\.json, which cannot be read: it is larger than 1 MB$/],
        ['./secret.txt', /secret\.txt: is not valid JSON: unexpected character$/],
      ];
      for (const [target, message] of cases) {
        writeFileSync(path.join(root, '.touchpointrc.json'), JSON.stringify({ extends: target }));
        const { code, stderr } = run(['.', '--no-page-axe'], root);
        assert.equal(code, 2, target);
        assertOneLine(stderr, message);
        assert.doesNotMatch(stderr, /SECRET|abc123/);
      }
    });

    it('a single file that cannot be read, or is binary: it says nothing was checked, exit 2', () => {
      const root = folder({ 'logo.html': '\u0089PNG\u0000\u0000\u0000<a>' });
      const binary = run(['logo.html', '--no-config', '--no-page-axe'], root);
      assert.equal(binary.code, 2);
      assertOneLine(binary.stderr, /^touchpoint: nothing was checked: 1 file, This looks like a binary file/);
      // Messages on stderr quote names too: no raw control characters there either.
      writeFileSync(path.join(root, 'red\u001b[31m.html'), '\u0000binary');
      const named = run(['red\u001b[31m.html', '--no-config', '--no-page-axe'], root);
      assert.equal(named.code, 2);
      assert.doesNotMatch(named.stderr + named.stdout, /\u001b/);
      assert.match(named.stdout, /^red\\x1b\[31m\.html:1:1 info touchpoint\/not-checked/m);
      mkdirSync(path.join(root, 'cfg\u001b[31m'));
      writeFileSync(path.join(root, 'cfg\u001b[31m', '.touchpointrc.json'), '{ broken');
      writeFileSync(path.join(root, 'cfg\u001b[31m', 'page.html'), CLEAN);
      const config = run(['cfg\u001b[31m'], root);
      assert.equal(config.code, 2);
      assert.doesNotMatch(config.stderr, /\u001b/);
      assertOneLine(config.stderr, /cfg\\x1b\[31m\/\.touchpointrc\.json: is not valid JSON/);
    });

    it('a folder whose files are all ignored: it says nothing was checked, exit 2', () => {
      const root = folder({ '.gitignore': 'build/\n', 'build/page.html': PLACEHOLDER });
      const { code, stderr } = run(['build', '--no-config', '--no-page-axe'], root);
      assert.equal(code, 2);
      assertOneLine(stderr, /^touchpoint: nothing was checked: every file found is ignored/);
    });

    it('decodes UTF-16 files with a byte-order mark instead of calling them binary', () => {
      const text = '<p>Hi</p>\r\n<a href="#">Open</a>\n';
      const root = folder();
      writeFileSync(
        path.join(root, 'le.html'),
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      );
      const swapped = Buffer.from(text, 'utf16le').swap16();
      writeFileSync(path.join(root, 'be.html'), Buffer.concat([Buffer.from([0xfe, 0xff]), swapped]));
      const { code, stdout } = run(['.', '--no-config', '--no-page-axe'], root);
      assert.equal(code, 0, stdout);
      assert.match(stdout, /^be\.html:2:4 warning feedback\/placeholder-link/m);
      assert.match(stdout, /^le\.html:2:4 warning feedback\/placeholder-link/m);
    });
  });

  describe('config globs stay inside the config’s folder', () => {
    it('rejects "..", absolute and home-relative globs with a config error', () => {
      const root = folder({ 'site/page.html': CLEAN });
      for (const include of ['../../**/*.html', '/etc/**/*.html', '~/x/*.html', 'a/../../b/*.html']) {
        writeFileSync(path.join(root, 'site/.touchpointrc.json'), JSON.stringify({ include: [include] }));
        const { code, stderr } = run(['site', '--no-page-axe'], root);
        assert.equal(code, 2, include);
        assertOneLine(stderr, /“include\[0\]” “.*” leaves the folder of this config/);
      }
      writeFileSync(path.join(root, 'site/.touchpointrc.json'), JSON.stringify({ include: ['**/*.html'] }));
      assert.equal(run(['site', '--no-page-axe'], root).code, 0);
    });

    it('the schema says so too', () => {
      const validate = new Ajv2020({ strict: false }).compile(buildConfigSchema());
      for (const glob of ['../x/*.html', '/abs/*.html', '!../x', 'C:/x', 'x/../../y'])
        assert.equal(validate({ include: [glob] }), false, glob);
      for (const glob of ['src/**/*.tsx', '!src/legacy/**', '..foo/x.html', 'a..b/*.html'])
        assert.equal(validate({ include: [glob] }), true, glob);
    });
  });

  describe('names and text that would act on a terminal or a CI runner', () => {
    const NAMES = ['::error file=a::b.html', 'esc\u001b[31mred.html', 'new\nline.html', 'bidi\u202eLMTH.html'];

    it('stylish: control characters escaped, no line a runner reads as a command', () => {
      const root = folder(Object.fromEntries(NAMES.map((name) => [name, '<a href="#">\u001b]0;title\u0007x</a>\n'])));
      const { stdout } = run(['.', '--no-config', '--no-page-axe'], root);
      assert.doesNotMatch(stdout, /[\u001b\u0007\u202e]/);
      for (const line of stdout.split('\n')) assert.doesNotMatch(line, /^\s*::|##\[/, line);
      assert.match(stdout, /^\.\/::error file=a::b\.html:1:4 warning/m);
      assert.match(stdout, /^esc\\x1b\[31mred\.html:1:4 warning/m);
      assert.match(stdout, /^new\\nline\.html:1:4 warning/m);
      assert.match(stdout, /^bidi\\u202eLMTH\.html:1:4 warning/m);
      const summary = run(['.', '--no-config', '--no-page-axe', '-f', 'summary'], root).stdout;
      assert.doesNotMatch(summary, /[\u001b\u0007\u202e]/);
      for (const line of summary.split('\n')) assert.doesNotMatch(line, /^\s*::|##\[/, line);
    });

    it('github: one command per annotation, names and text escaped', () => {
      const root = folder(Object.fromEntries(NAMES.map((name) => [name, '<a href="#">\u001b]0;title\u0007x</a>\n'])));
      const { stdout } = run(['.', '--no-config', '--no-page-axe', '-f', 'github'], root);
      const lines = stdout.trimEnd().split('\n');
      assert.equal(lines.length, NAMES.length + 1, stdout);
      for (const line of lines) assert.match(line, /^::(warning|notice) [^\n]*::[^\n]*$/);
      assert.doesNotMatch(stdout, /[\u001b\u0007\u202e]/);
      assert.match(stdout, /^::warning file=%3A%3Aerror file=a%3A%3Ab\.html,line=1/m);
      assert.match(stdout, /^::warning file=new%0Aline\.html,line=1/m);
    });
  });

  describe('findings beyond the per-rule cap', () => {
    it('are counted by the gates, the baseline and the totals, and said in stylish', () => {
      // Links with a handler are reported however many there are (filler links are left alone).
      const root = folder({ 'links.html': '<a href="#" onclick="go()">Open</a>\n'.repeat(150) });
      const { code, stdout, stderr } = run(['.', '--no-config', '--no-page-axe', '--max-warnings', '120'], root);
      assert.equal(code, 1);
      assert.match(stderr, /150 warnings, more than --max-warnings 120/);
      assert.equal(stdout.match(/feedback\/placeholder-link Use a <button>/g)?.length, 100);
      assert.match(
        stdout,
        /^links\.html:101:4 info touchpoint\/findings-capped feedback\/placeholder-link: 50 more findings not shown/m,
      );
      assert.match(
        stdout,
        /✖ 150 findings \(0 errors, 150 warnings, 0 info; 50 not listed, at most 100 per rule in a file\)/,
      );
      const written = run(['.', '--no-config', '--no-page-axe', '--baseline-write', 'baseline.json'], root);
      assert.match(written.stderr, /Baseline: 150 findings accepted/);
      const baseline = JSON.parse(readFileSync(path.join(root, 'baseline.json'), 'utf8')) as {
        files: Record<string, Record<string, { count: number }>>;
      };
      assert.equal(baseline.files['links.html']!['feedback/placeholder-link']!.count, 150);
      const accepted = run(
        ['.', '--no-config', '--no-page-axe', '--baseline', 'baseline.json', '--max-warnings', '0'],
        root,
      );
      assert.equal(accepted.code, 0, accepted.stdout);
      assert.doesNotMatch(accepted.stdout, /findings-capped/);
    });
  });

  describe('time limit', () => {
    it('a file whose static pass takes too long: stopped, tried once more alone, then not checked (exit 2)', () => {
      const root = folder({
        'huge.html': '<p><a href="#">Basket</a> and <img src="x.png"></p>\n'.repeat(400_000),
        'small.html': PLACEHOLDER,
      });
      const { code, stdout, stderr } = run(
        ['.', '--no-config', '--no-page-axe', '--max-file-size', '100000000', '--workers', '2'],
        root,
        // Memory enough that the time limit, not the memory limit, stops it.
        { TOUCHPOINT_FILE_TIME_LIMIT_MS: '2000', TOUCHPOINT_WORKER_MEMORY_MB: '4096' },
      );
      assert.equal(code, 2, stderr);
      assert.match(
        stdout,
        /^huge\.html:1:1 error touchpoint\/lint-failed This file was not checked: it took longer than the 2 s limit per file, twice/m,
      );
      assert.match(stdout, /^small\.html:1:4 warning feedback\/placeholder-link/m);
      assertOneLine(stderr, /^touchpoint: 1 file could not be checked/);
    });
  });

  describe("the launcher's early lint worker", () => {
    it('is started only for command lines that may lint in workers', () => {
      assert.equal(mayLintInWorkers(['.']), true);
      assert.equal(mayLintInWorkers(['src', '--workers', '2', '-f', 'sarif']), true);
      for (const argv of [
        ['--version'],
        ['-V'],
        ['--help'],
        ['.', '--list-rules'],
        ['--print-config', 'a.html'],
        ['merge', 'a.json', 'b.json'],
        ['lsp', '--stdio'],
        ['.', '--workers', '0'],
        ['.', '--workers=0'],
      ])
        assert.equal(mayLintInWorkers(argv), false, argv.join(' '));
    });

    it('keeps nothing alive when no review takes it: a usage error, an unknown option, a merge of nothing', () => {
      const root = folder({ 'page.html': CLEAN });
      // Each would hang until the spawn's time-out if the waiting worker held the process open.
      assert.equal(run(['.', '--max-warnings', 'many'], root).code, 2);
      assert.equal(run(['.', '--no-such-option'], root).code, 2);
      assert.equal(run(['merge', 'missing.json'], root).code, 2);
      const { code, stdout } = run(['.', '--no-config', '--no-page-axe'], root);
      assert.equal(code, 0, stdout);
    });
  });
});
