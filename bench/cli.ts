/**
 * The `cli` bench section: whole `touchpoint` runs, as CI runs them, on a generated workspace
 * of 5,000 files (TOUCHPOINT_BENCH_CLI_FILES to change it): cold with 1 and 2 workers, the
 * content-hash cache cold, warm and with one file changed, and eslint + eslint-plugin-jsx-a11y
 * (its CLI, recommended rules, TypeScript parser) on the same JSX/TSX files next to Touchpoint
 * on those files. Touchpoint runs every rule but the whole-page axe run (--no-page-axe), the
 * live axe rules included. Wall time of the whole process, peak RSS with worker threads.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { writeCorpus } from './corpus.js';

const ROOT = path.join(__dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const ESLINT = path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
const RSS_PRELOAD = path.join(__dirname, 'tools', 'max-rss.cjs');

interface Timed {
  readonly label: string;
  readonly files: number;
  readonly ms: number;
  readonly peakRssMb: number;
  readonly note?: string;
}

function timed(label: string, files: number, script: string, args: string[], cwd: string): Timed & { stderr: string } {
  const rssFile = path.join(cwd, '..', 'peak-rss.txt');
  rmSync(rssFile, { force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['-r', RSS_PRELOAD, script, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', CI: '1', TOUCHPOINT_BENCH_RSS_FILE: rssFile },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // 0 clean, 1 findings over a gate (both tools): anything else is a failed run, not a figure.
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${label} failed (exit ${result.status}): ${result.stderr.slice(0, 2000)}`);
  const peakRssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  return { label, files, ms, peakRssMb, stderr: result.stderr };
}

function row(result: Timed): string {
  return [
    result.label.padEnd(46),
    String(result.files).padStart(6),
    `${(result.ms / 1000).toFixed(2)} s`.padStart(9),
    (result.files / (result.ms / 1000)).toFixed(0).padStart(8),
    (result.ms / result.files).toFixed(2).padStart(8),
    `${result.peakRssMb.toFixed(0)} MB`.padStart(9),
    result.note ? `  ${result.note}` : '',
  ].join('  ');
}

/**
 * The eslint config the bench gives eslint wherever it runs: eslint-plugin-jsx-a11y's
 * recommended rules with the TypeScript parser, on `files` (JSX and TSX unless told). Returns
 * its path.
 */
export function writeEslintConfig(dir: string, files: readonly string[] = ['**/*.jsx', '**/*.tsx']): string {
  const file = path.join(dir, 'eslint.config.cjs');
  writeFileSync(
    file,
    `// Written by the bench: eslint-plugin-jsx-a11y's recommended rules with the TypeScript parser.
const jsxA11y = require(${JSON.stringify(require.resolve('eslint-plugin-jsx-a11y'))});
const tsParser = require(${JSON.stringify(require.resolve('@typescript-eslint/parser'))});
module.exports = [{
  files: ${JSON.stringify(files)},
  plugins: { 'jsx-a11y': jsxA11y },
  languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
  rules: jsxA11y.configs.recommended.rules,
}];
`,
  );
  return file;
}

export function cliSection(results: Record<string, unknown>): void {
  const count = Number(process.env.TOUCHPOINT_BENCH_CLI_FILES ?? '5000');
  // Outside the repository: its .gitignore (bench/corpus) would hide the files from the CLI.
  const work = path.join(tmpdir(), 'touchpoint-bench-cli');
  const workspace = path.join(work, 'workspace');
  const corpus = writeCorpus(workspace, count, 7);
  const jsx = corpus.filter((file) => file.kind === 'jsx').length;
  writeEslintConfig(work);
  const cacheFile = path.join(work, 'cli.touchpointcache');
  const touchpoint = (label: string, files: number, args: string[]) =>
    timed(
      label,
      files,
      CLI,
      // The default output (one line per finding), to a file, as a CI step keeps it.
      ['--no-page-axe', '-o', path.join(work, 'cli-out.txt'), ...args],
      workspace,
    );

  console.log(
    `\nWhole CLI on a generated workspace: ${corpus.length} files (${corpus.length - jsx} HTML, ${jsx} JSX/TSX)`,
  );
  console.log(
    [
      'run'.padEnd(46),
      'files'.padStart(6),
      'wall'.padStart(9),
      'files/s'.padStart(8),
      'ms/file'.padStart(8),
      'peak RSS'.padStart(9),
    ].join('  '),
  );
  const rows: Record<string, Timed> = {};
  const show = (key: string, result: Timed) => {
    rows[key] = result;
    console.log(row(result));
  };
  show('cold1', touchpoint('touchpoint, cold, --workers 1', corpus.length, ['--workers', '1', '.']));
  const total = readFileSync(path.join(work, 'cli-out.txt'), 'utf8').trim().split('\n').pop();
  console.log(`  (${total}: the generated files are dense with problems; warm runs scale with findings)`);
  show('cold2', touchpoint('touchpoint, cold, --workers 2', corpus.length, ['--workers', '2', '.']));
  rmSync(cacheFile, { force: true });
  const fill = touchpoint('touchpoint --cache, empty cache', corpus.length, [
    '--cache',
    '--cache-location',
    cacheFile,
    '.',
  ]);
  show('cacheFill', fill);
  const warm = touchpoint('touchpoint --cache, nothing changed', corpus.length, [
    '--cache',
    '--cache-location',
    cacheFile,
    '.',
  ]);
  show('cacheWarm', { ...warm, note: /Cache: .*/.exec(warm.stderr)?.[0] });
  appendFileSync(corpus[Math.floor(corpus.length / 2)]!.path, '\n<p>We utilize a new paragraph.</p>\n');
  const one = touchpoint('touchpoint --cache, one file changed', corpus.length, [
    '--cache',
    '--cache-location',
    cacheFile,
    '.',
  ]);
  show('cacheOneChanged', { ...one, note: `${/Cache: .*/.exec(one.stderr)?.[0]} (target < 2 s)` });

  // The warm runs above handle 400,000 findings; a workspace in good shape: 5,000 copies of
  // two sample files without findings, the same cache runs.
  const quiet = path.join(work, 'quiet');
  rmSync(quiet, { recursive: true, force: true });
  mkdirSync(quiet, { recursive: true });
  const login = readFileSync(path.join(ROOT, 'sample', 'src', 'components', 'LoginForm.tsx'));
  const order = readFileSync(path.join(ROOT, 'sample', 'account', 'orders', 'detail.html'));
  for (let i = 0; i < count / 2; i++) {
    writeFileSync(path.join(quiet, `login${i}.tsx`), login);
    writeFileSync(path.join(quiet, `order${i}.html`), order);
  }
  const quietCache = path.join(work, 'quiet.touchpointcache');
  rmSync(quietCache, { force: true });
  const quietRun = (label: string) =>
    timed(
      label,
      count,
      CLI,
      ['--no-page-axe', '--cache', '--cache-location', quietCache, '-o', path.join(work, 'quiet-out.txt'), '.'],
      quiet,
    );
  console.log(`\n${count} files without findings (copies of two clean sample files):`);
  const quietFill = quietRun('touchpoint --cache, empty cache');
  show('quietFill', {
    ...quietFill,
    note: readFileSync(path.join(work, 'quiet-out.txt'), 'utf8').trim().split('\n').pop(),
  });
  const quietWarm = quietRun('touchpoint --cache, nothing changed');
  show('quietWarm', { ...quietWarm, note: /Cache: .*/.exec(quietWarm.stderr)?.[0] });
  appendFileSync(path.join(quiet, 'order1.html'), '\n<p>We utilize a new paragraph.</p>\n');
  const quietOne = quietRun('touchpoint --cache, one file changed');
  show('quietOneChanged', { ...quietOne, note: `${/Cache: .*/.exec(quietOne.stderr)?.[0]} (target < 2 s)` });
  console.log(`\nThe ${jsx} JSX/TSX files only, each tool's CLI:`);
  const ours = touchpoint('touchpoint (all rules but whole-page axe)', jsx, ['--workers', '2', '**/*.{jsx,tsx}']);
  show('touchpointJsx', ours);
  const eslint = timed(
    'eslint + jsx-a11y (recommended)',
    jsx,
    ESLINT,
    ['-c', path.join(work, 'eslint.config.cjs'), '--format', 'json', '-o', path.join(work, 'eslint-out.json'), '.'],
    workspace,
  );
  show('eslintJsx', eslint);
  console.log(
    `  → Touchpoint's CLI is ${(eslint.ms / ours.ms).toFixed(1)}× as fast as eslint + jsx-a11y on the same files (target ≥ 2×)`,
  );
  console.log(
    `  → one changed file with a warm cache: ${(one.ms / 1000).toFixed(2)} s with 400,000 findings, ${(quietOne.ms / 1000).toFixed(2)} s with none (target < 2 s)`,
  );
  results.cli = rows;
}
