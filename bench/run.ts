/**
 * `npm run bench`: Touchpoint's static pass (parse + every rule) against the peers named in
 * the foundation issue, on the same files, each tool in its own process:
 *   - a generated corpus of 2,000 HTML / JSX / TSX files of mixed size;
 *   - the sample workspace;
 *   - one 1,000-line TSX file, linted repeatedly (median time per lint);
 *   - whole-page axe runs (page), and whole CLI runs on 5,000 files (cli, see bench/cli.ts);
 *   - memory against the reliability targets: one 2 MB file, the extension host (bench/memory.ts).
 * JSX files go to eslint + eslint-plugin-jsx-a11y (recommended rules, TypeScript parser) and
 * HTML files to html-validate (recommended rules). Prints files/s, MB/s, ms per file and peak
 * memory side by side with ratios, and writes bench/results/latest.json.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cliSection } from './cli.js';
import { htmlFile, jsxFile, writeCorpus } from './corpus.js';
import { memorySection } from './memory.js';
import { liveSection } from './live.js';
import { realPagesSection, realSection } from './real.js';
import { rulesSection } from './rules.js';
import { runPageTool, runScript, type PageResult } from './runScript.js';

const ROOT = path.join(__dirname, '..');
const WORK = path.join(ROOT, 'bench', 'corpus');
const RESULTS = path.join(ROOT, 'bench', 'results');

interface ToolResult {
  tool: string;
  files: number;
  bytes: number;
  ms: number;
  findings: number;
  medianMs: number;
  p95Ms: number;
  peakRssMb: number;
}

function runTool(tool: string, files: readonly string[], label: string, repeat = 1): ToolResult {
  return runScript<ToolResult>('run-tool.ts', tool, files, label, [String(repeat)]);
}

function row(label: string, result: ToolResult): string {
  const seconds = result.ms / 1000;
  return [
    label.padEnd(34),
    String(result.files).padStart(6),
    `${(result.bytes / 1024 / 1024).toFixed(1)} MB`.padStart(9),
    `${(result.files / seconds).toFixed(0)}`.padStart(8),
    `${(result.bytes / 1024 / 1024 / seconds).toFixed(2)}`.padStart(7),
    `${(result.ms / result.files).toFixed(2)}`.padStart(9),
    `${result.p95Ms.toFixed(2)}`.padStart(8),
    `${result.peakRssMb.toFixed(0)} MB`.padStart(9),
    String(result.findings).padStart(9),
  ].join('  ');
}

const HEADER = [
  'tool'.padEnd(34),
  'files'.padStart(6),
  'size'.padStart(9),
  'files/s'.padStart(8),
  'MB/s'.padStart(7),
  'ms/file'.padStart(9),
  'p95 ms'.padStart(8),
  'peak RSS'.padStart(9),
  'findings'.padStart(9),
].join('  ');

function ratio(ours: ToolResult, theirs: ToolResult): string {
  return `${(ours.files / ours.ms / (theirs.files / theirs.ms)).toFixed(1)}×`;
}

function compare(title: string, html: string[], jsx: string[], label: string, results: Record<string, unknown>): void {
  console.log(`\n${title}`);
  console.log(HEADER);
  const entry: Record<string, ToolResult> = {};
  if (jsx.length > 0) {
    entry.touchpointJsx = runTool('touchpoint', jsx, `${label}-jsx`);
    entry.eslint = runTool('eslint-jsx-a11y', jsx, `${label}-jsx`);
    console.log(row('touchpoint, JSX/TSX (recommended)', entry.touchpointJsx));
    console.log(row('eslint + jsx-a11y, JSX/TSX', entry.eslint));
    console.log(
      `  → Touchpoint is ${ratio(entry.touchpointJsx, entry.eslint)} the throughput of eslint + jsx-a11y (target ≥ 3×)`,
    );
  }
  if (html.length > 0) {
    entry.touchpointHtml = runTool('touchpoint', html, `${label}-html`);
    entry.htmlValidate = runTool('html-validate', html, `${label}-html`);
    console.log(row('touchpoint, HTML (recommended)', entry.touchpointHtml));
    console.log(row('html-validate, HTML', entry.htmlValidate));
    console.log(`  → Touchpoint is ${ratio(entry.touchpointHtml, entry.htmlValidate)} the throughput of html-validate`);
  }
  results[label] = entry;
}

function sampleFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(html|jsx|tsx)$/.test(name)) files.push(full);
    }
  };
  walk(path.join(ROOT, 'sample'));
  return files.sort();
}

/** `npm run bench -- big page` runs only those sections; no argument runs them all. */
const SECTIONS = ['real', 'pages', 'rules', 'live', 'corpus', 'sample', 'big', 'page', 'cli', 'memory'] as const;

async function main(): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  // Every section writes its files here; a section run alone (`npm run bench -- big`) too.
  mkdirSync(WORK, { recursive: true });
  const chosen = process.argv.slice(2);
  const unknown = chosen.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new Error(`unknown bench section ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}`);
  const runs = (section: (typeof SECTIONS)[number]) => chosen.length === 0 || chosen.includes(section);
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: (require('node:os') as typeof import('node:os')).cpus().length,
  };
  console.log(`Touchpoint bench on Node ${process.version}; each tool runs in its own process after a warm-up.`);
  if (runs('real')) await realSection(results);
  if (runs('pages')) await realPagesSection(results);
  if (runs('rules')) await rulesSection(results);
  if (runs('live')) await liveSection(results);
  if (runs('corpus')) corpusSection(results);
  if (runs('sample')) sampleSection(results);
  if (runs('big')) bigFileSection(results);
  if (runs('page')) pageSection(results);
  if (runs('cli')) cliSection(results);
  if (runs('memory')) memorySection(results);
  const file = path.join(RESULTS, chosen.length === 0 ? 'latest.json' : `latest-${chosen.join('-')}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nFigures written to ${path.relative(ROOT, file)}`);
}

function corpusSection(results: Record<string, unknown>): void {
  const count = Number(process.env.TOUCHPOINT_BENCH_FILES ?? '2000');
  const corpus = writeCorpus(path.join(WORK, 'files'), count);

  const html = corpus.filter((file) => file.kind === 'html').map((file) => file.path);
  const jsx = corpus.filter((file) => file.kind === 'jsx').map((file) => file.path);
  compare(
    `Generated corpus: ${corpus.length} files (${html.length} HTML, ${jsx.length} JSX/TSX)`,
    html,
    jsx,
    'corpus',
    results,
  );
}

function sampleSection(results: Record<string, unknown>): void {
  const sample = sampleFiles();
  compare(
    `Sample workspace: ${sample.length} files`,
    sample.filter((f) => f.endsWith('.html')),
    sample.filter((f) => !f.endsWith('.html')),
    'sample',
    results,
  );
}

function bigFileSection(results: Record<string, unknown>): void {
  const big = path.join(WORK, 'Screen1000.tsx');
  let seed = 7;
  const text = jsxFile(1000, () => (seed = (seed * 16807) % 2147483647) / 2147483647, 1000, true);
  writeFileSync(big, text);
  const lines = text.split('\n').length;
  const ours = runTool('touchpoint', [big], 'big', 30);
  const theirs = runTool('eslint-jsx-a11y', [big], 'big', 30);
  const parseOnly = runTool('touchpoint-parse', [big], 'big', 30);
  const axeOnly = runTool('touchpoint-a11y-typing', [big], 'big', 30);
  const axeCold = runTool('touchpoint-a11y-cold', [big], 'big', 10);
  console.log(`\nOne ${lines}-line TSX file, linted 30 times after warm-up (median per lint)`);
  console.log(`  touchpoint          ${ours.medianMs.toFixed(1)} ms (target < 30 ms)`);
  console.log(`  eslint + jsx-a11y   ${theirs.medianMs.toFixed(1)} ms`);
  const axeCost = (run: ToolResult) => Math.max(0, run.medianMs - parseOnly.medianMs).toFixed(1);
  console.log(`  parse only (every rule off)        ${parseOnly.medianMs.toFixed(1)} ms`);
  console.log(
    `  live axe-core rules, after a keystroke: +${axeCost(axeOnly)} ms over parsing (${axeOnly.medianMs.toFixed(1)} ms in all; issue 4 target < 5 ms)`,
  );
  console.log(
    `  live axe-core rules, first lint (nothing cached): +${axeCost(axeCold)} ms (${axeCold.medianMs.toFixed(1)} ms in all)`,
  );
  results.bigFile = {
    lines,
    touchpoint: ours,
    eslint: theirs,
    parseOnly,
    axeLiveTyping: axeOnly,
    axeLiveCold: axeCold,
  };
}

void main();

/** Whole-page axe: Touchpoint's page run against a naive new-JSDOM-per-page `axe.run`. */
function pageSection(results: Record<string, unknown>): void {
  const dir = path.join(WORK, 'pages');
  mkdirSync(dir, { recursive: true });
  let seed = 11;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pages = Array.from({ length: 100 }, (_, i) => {
    const file = path.join(dir, `page-${i}.html`);
    writeFileSync(file, htmlFile(40 + Math.floor(rand() * 360), rand, i));
    return file;
  });
  const bigPage = path.join(dir, 'page-3500.html');
  const bigText = htmlFile(3150, rand, 99);
  writeFileSync(bigPage, bigText);
  const elements = (bigText.match(/<[a-z]/g) ?? []).length;
  const bytes = pages.reduce((sum, file) => sum + statSync(file).size, 0);
  console.log(
    `\nWhole-page axe-core: ${pages.length} generated pages (${(bytes / 1024).toFixed(0)} KB, 40–400 lines), after a warm-up on 3 of them`,
  );
  const header = `${'way'.padEnd(44)}${'pages/s'.padStart(8)}${'ms/page'.padStart(9)}${'median'.padStart(8)}${'max'.padStart(8)}${'peak RSS'.padStart(10)}${'findings'.padStart(9)}`;
  console.log(header);
  const line = (label: string, result: PageResult) =>
    console.log(
      `${label.padEnd(44)}${(result.pages / (result.ms / 1000)).toFixed(1).padStart(8)}${(result.ms / result.pages).toFixed(0).padStart(9)}${result.medianMs.toFixed(0).padStart(8)}${result.maxMs.toFixed(0).padStart(8)}${`${result.peakRssMb.toFixed(0)} MB`.padStart(10)}${String(result.findings).padStart(9)}`,
    );
  const naive = runPageTool('naive', pages, 'pages');
  line('naive: new JSDOM per page, axe.run defaults', naive);
  const one = runPageTool('touchpoint-1', pages, 'pages');
  line('touchpoint page run, 1 worker', one);
  const two = runPageTool('touchpoint-2', pages, 'pages');
  line('touchpoint page run, 2 workers', two);
  const speed = (result: PageResult) => `${(naive.ms / result.ms).toFixed(1)}×`;
  console.log(`  → throughput ${speed(one)} the naive run with 1 worker, ${speed(two)} with 2 (target ≥ 5×)`);
  const bigNaive = runPageTool('naive', [bigPage, bigPage], 'page3500');
  const bigOurs = runPageTool('touchpoint-1-serial', [bigPage, bigPage, bigPage], 'page3500');
  console.log(`\nOne page of ${elements} elements (${(bigText.length / 1024).toFixed(0)} KB), after a warm-up`);
  console.log(`  naive axe.run in a new JSDOM   ${(bigNaive.medianMs / 1000).toFixed(2)} s`);
  console.log(`  touchpoint page run            ${(bigOurs.medianMs / 1000).toFixed(2)} s (target < 1.5 s)`);
  results.page = { pages: pages.length, naive, one, two, bigPage: { elements, naive: bigNaive, touchpoint: bigOurs } };
}
