/**
 * The `touchpoint` bin end to end, as a child process on the built bundle (npm test builds
 * first): exit codes, output, config errors.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'touchpoint-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

describe('touchpoint CLI', () => {
  it('should print the sample scorecard and write it with --output', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'touchpoint-out-')), 'card.txt');
    const { code, stdout } = run(['sample', '--output', out]);
    assert.equal(code, 0);
    assert.match(stdout, /^Touchpoint scorecard: sample/);
    assert.match(stdout, /Overall\s+\d+/);
    for (const label of [
      'Feedback on actions',
      'Clear error messages',
      'Simple wording',
      'Navigation hierarchy',
      'UX, how people use the screen',
      'CX, how customers feel',
    ]) {
      assert.ok(stdout.includes(label), label);
    }
    assert.match(stdout, /E {2}sample\/checkout\.html:25:10 {2}feedback\/high-stakes-action-without-pending-state/);
    assert.equal(readFileSync(out, 'utf8'), stdout);
  });

  it('should review a folder and honour .gitignore and the config', () => {
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
    const report = JSON.parse(stdout) as { files: Array<{ fileName: string }>; findingCount: number };
    assert.deepEqual(
      report.files.map((file) => path.relative(root, file.fileName)),
      ['page.html'],
    );
    assert.equal(report.findingCount, 1);
  });

  it('should accept globs', () => {
    const root = folder({
      'a/x.html': '<a href="#">x</a>',
      'b/y.tsx': 'export const Y = () => <a href="#">y</a>;',
      'b/z.md': '#',
    });
    const { code, stdout } = run(['--format', 'json', 'b/**/*'], root);
    assert.equal(code, 0);
    assert.deepEqual(
      (JSON.parse(stdout) as { files: Array<{ fileName: string }> }).files.map((f) => path.basename(f.fileName)),
      ['y.tsx'],
    );
  });

  it('should exit 2 with a clear message for a broken config', () => {
    const root = folder({ '.touchpointrc.json': '{ "rules": { "wording/jargon": "warn" } }', 'a.html': '<p>x</p>' });
    const { code, stderr } = run(['.'], root);
    assert.equal(code, 2);
    assert.match(
      stderr,
      /\.touchpointrc\.json: “rules\.wording\/jargon” must be one of "off", "info", "warning", "error" \(got "warn"\)/,
    );
  });

  it('should exit 2 for a path that does not exist, an unknown flag or format', () => {
    assert.equal(run(['no-such-folder']).code, 2);
    assert.match(run(['no-such-folder']).stderr, /No such file or folder: no-such-folder/);
    assert.equal(run(['--frobnicate']).code, 2);
    assert.equal(run(['--format', 'xml', 'sample']).code, 2);
  });

  it('should exit 2 when a glob matches nothing', () => {
    const { code, stderr } = run(['sample/**/*.vue']);
    assert.equal(code, 2);
    assert.match(stderr, /matches no HTML, JSX or TSX files/);
  });

  it('should run the whole-page accessibility rules, and skip every axe rule with --no-axe', () => {
    const root = folder({
      'page.html':
        '<!doctype html>\n<html lang="en">\n<head><title>Orders – Shop</title></head>\n<body>\n<main>\n<h1>Orders</h1>\n<div><input type="text" name="q"></div>\n<img src="a.png">\n</main>\n</body>\n</html>\n',
    });
    const a11y = (args: string[]) => {
      const { code, stdout } = run(['page.html', '--format', 'json', ...args], root);
      assert.equal(code, 0);
      const report = JSON.parse(stdout) as { files: Array<{ findings: Array<{ ruleId: string }> }> };
      return report.files[0]!.findings.map((finding) => finding.ruleId).filter((id) => id.startsWith('a11y/'));
    };
    assert.deepEqual(a11y([]), ['a11y/label', 'a11y/image-alt'], 'the page run (label) and the live rules (image-alt)');
    assert.deepEqual(a11y(['--no-axe']), []);
  });

  it('should print its version', () => {
    const { code, stdout } = run(['--version']);
    assert.equal(code, 0);
    assert.equal(
      stdout.trim(),
      (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    );
  });
});
