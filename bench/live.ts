/**
 * The `live` bench section (issue 16): linting while a person types, on real components. The
 * files: the largest JSX/TSX components of 600–1,000 lines in the corpus (scripts/fetch-corpus.md;
 * the sample's components when it is not fetched), and one file of 14,000 lines made of real
 * components put end to end. The engine is bundled as the CLI's is (esbuild, loaded through
 * V8's code cache) and each measure runs in its own process (bench/tools/live-tool.ts):
 *   - typing: twelve keystrokes at each of five places in the file (JSX text, an attribute value,
 *     a comment, code, the end), linted after each (median, p95), after the file was opened as the
 *     extension opens it: linted once and, when it has 2,000 lines or more, typing rehearsed in it
 *     (core/warmUp.ts; the rehearsal's time is printed apart, as it runs while the person reads);
 *   - first lint after start-up: with no code cache, with the cache a previous run left, and
 *     after `warmUp()` (what the extension does at activation).
 * Targets: p95 ≤ 16 ms (one frame) up to 1,000 lines, ≤ 40 ms at 14,000; first lint ≤ 60 ms warm.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { defaultConfig, discoverFiles } from '../src/core/index.js';
import { CORPUS } from './realCorpus.js';

const ROOT = path.join(__dirname, '..');
const WORK = path.join(ROOT, 'bench', 'corpus', 'live');

const lineCount = (text: string) => text.split('\n').length;

async function components(): Promise<{ from: string; files: string[] }> {
  const folders = existsSync(CORPUS)
    ? ['saleor-dashboard', 'outline', 'redash'].map((name) => path.join(CORPUS, name))
    : [];
  const present = folders.filter((folder) => existsSync(folder));
  const roots = present.length > 0 ? present : [path.join(ROOT, 'sample')];
  const files: Array<{ file: string; lines: number }> = [];
  for (const root of roots)
    for (const file of (await discoverFiles(['.'], defaultConfig(), root)).files)
      if (/\.[jt]sx$/.test(file)) files.push({ file, lines: lineCount(readFileSync(file, 'utf8')) });
  files.sort((a, b) => b.lines - a.lines);
  const sized = files.filter(({ lines }) => lines >= 600 && lines <= 1000).slice(0, 6);
  return {
    from:
      present.length > 0 ? present.map((folder) => path.basename(folder)).join(', ') : 'the sample (no corpus fetched)',
    files: (sized.length > 0 ? sized : files.slice(0, 3)).map(({ file }) => file),
  };
}

/** Real components end to end until the file has 14,000 lines. */
function bigFile(files: readonly string[]): string {
  const parts: string[] = [];
  let lines = 0;
  for (let i = 0; lines < 14_000; i++) {
    const text = readFileSync(files[i % files.length]!, 'utf8');
    parts.push(text);
    lines += lineCount(text);
  }
  const file = path.join(WORK, 'Concatenated14000.tsx');
  writeFileSync(file, parts.join('\n'));
  return file;
}

function measure(
  mode: string,
  file: string,
  bundle: string,
  env: NodeJS.ProcessEnv,
): { ms: number[]; rehearsalMs?: number } {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'tools', 'live-tool.ts'), mode, file, bundle],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(output.trim().split('\n').pop()!) as { ms: number[]; rehearsalMs?: number };
}

const percentile = (values: readonly number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

export async function liveSection(results: Record<string, unknown>): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  const bundle = path.join(WORK, 'engine.js');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'src', 'core', 'index.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
    external: ['jsdom'],
    logLevel: 'error',
    define: { 'import.meta.url': '__importMetaUrl', TOUCHPOINT_VERSION: '"bench"' },
    banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  });
  const { from, files } = await components();
  const big = bigFile(files);
  // A cache folder of its own: empty for the runs without a cache, filled by one run before the rest.
  const cacheHome = path.join(tmpdir(), 'touchpoint-bench-live');
  rmSync(cacheHome, { recursive: true, force: true });
  mkdirSync(cacheHome, { recursive: true });
  const noCache = { TOUCHPOINT_CODE_CACHE: '0' };
  const cached = { TMPDIR: cacheHome };
  console.log(`\nLive: linting while typing (recommended rules, no whole-page run), components of ${from}`);
  console.log(
    `  ${'file'.padEnd(58)}${'lines'.padStart(7)}${'median'.padStart(9)}${'p95'.padStart(8)}${'max'.padStart(8)}${'rehearsal'.padStart(11)}`,
  );
  const rows: Array<Record<string, unknown>> = [];
  for (const file of [...files, big]) {
    const { ms, rehearsalMs } = measure('typing', file, bundle, cached);
    const lines = lineCount(readFileSync(file, 'utf8'));
    const name = path.relative(file.startsWith(ROOT) || !existsSync(CORPUS) ? ROOT : CORPUS, file);
    const row = {
      file: name,
      lines,
      medianMs: percentile(ms, 0.5),
      p95Ms: percentile(ms, 0.95),
      maxMs: Math.max(...ms),
      rehearsalMs: rehearsalMs && Math.round(rehearsalMs),
    };
    rows.push(row);
    console.log(
      `  ${name.slice(-58).padEnd(58)}${String(lines).padStart(7)}${row.medianMs.toFixed(1).padStart(9)}${row.p95Ms.toFixed(1).padStart(8)}${row.maxMs.toFixed(1).padStart(8)}${(row.rehearsalMs ? `${row.rehearsalMs} ms` : '—').padStart(11)}`,
    );
  }
  console.log('  → targets: p95 ≤ 16 ms up to 1,000 lines, ≤ 40 ms at 14,000 lines');
  const first = files[0]!;
  const cold = measure('first', first, bundle, noCache).ms[0]!;
  measure('first', first, bundle, cached); // leaves the code cache behind
  const withCache = measure('first', first, bundle, cached).ms[0]!;
  const warmed = measure('first-warmed', first, bundle, cached).ms[0]!;
  console.log(`\nFirst lint after start-up, ${path.basename(first)}:`);
  console.log(
    `  no code cache ${cold.toFixed(0)} ms; with the code cache ${withCache.toFixed(0)} ms; after warmUp() ${warmed.toFixed(0)} ms (target ≤ 60 ms warm)`,
  );
  results.live = {
    typing: rows,
    firstLint: { file: path.basename(first), coldMs: cold, codeCacheMs: withCache, warmedMs: warmed },
  };
}
