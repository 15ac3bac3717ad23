/**
 * The `real` bench section (issue 16): Touchpoint and the linters people would pick instead, on
 * real public code, the same files for every tool. The repositories are the precision corpus
 * (bench/precision/corpus.json), fetched outside this repository as scripts/fetch-corpus.md says
 * (TOUCHPOINT_CORPUS, default ../corpus); a repository that is not there is named and skipped.
 *
 * Files: those Touchpoint reviews in the repository with no config (tests, stories, examples and
 * fixtures left out), JSX/TSX and HTML apart. On JSX/TSX: Touchpoint's static pass (every rule,
 * `touchpoint:all`, no whole-page run), Touchpoint's default run (recommended, whole-page run on
 * pages), eslint + eslint-plugin-jsx-a11y (recommended, TypeScript parser), oxlint (the same
 * jsx-a11y rules, as far as it has them) and Biome (`lint --only=a11y`), and as a reference
 * TypeScript's parser alone on the same files (bench/tools/parse-only.cjs). On HTML: Touchpoint's
 * static pass and default run, html-validate (recommended). Each is a whole process, run in turn
 * with the others (TOUCHPOINT_BENCH_ROUNDS rounds, default 3; the median is shown), timed by
 * GNU time: wall, CPU (user + system, all threads) and peak resident memory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { defaultConfig, discoverFiles } from '../src/core/index.js';
import { writeEslintConfig } from './cli.js';
import { benchOnlyRepositories, CORPUS, corpusRepositories } from './realCorpus.js';
import { runPageTool, type PageResult } from './runScript.js';

const ROOT = path.join(__dirname, '..');
const TIME = '/usr/bin/time';
const modulePath = (relative: string) => path.join(ROOT, 'node_modules', relative);

interface Run {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakRssMb: number;
  /** What the tool found, read from its own report (a sanity check that it looked at the files). */
  readonly findings: number;
}

interface Tool {
  readonly key: string;
  readonly label: string;
  /** The command (argv) for these files; it writes its report to `report`. */
  command(files: readonly string[], report: string): string[];
  /** Findings in its report (the file it wrote, or what it printed); throws when it did not check every file. */
  count(output: { report: string; stdout: string }, files: readonly string[]): number;
  /** A reference, not a peer: no “as fast as” line. */
  readonly reference?: boolean;
}

/** Runs one command under GNU time in `cwd`; exit codes 0 and 1 (findings) are results, others are failures. */
function timed(argv: readonly string[], cwd: string, work: string): Omit<Run, 'findings'> & { stdout: string } {
  const stats = path.join(work, 'time.txt');
  rmSync(stats, { force: true });
  const result = spawnSync(TIME, ['-f', '%e %U %S %M', '-o', stats, ...argv], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', CI: '1' },
  });
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${argv.slice(0, 3).join(' ')} … failed (exit ${result.status}): ${result.stderr.slice(0, 2000)}`);
  // GNU time writes "Command exited with non-zero status 1" before the figures when it did.
  const [wall, user, system, rssKb] = readFileSync(stats, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { wallMs: wall! * 1000, cpuMs: (user! + system!) * 1000, peakRssMb: rssKb! / 1024, stdout: result.stdout };
}

function touchpointTool(key: string, label: string, work: string, args: string[]): Tool {
  return {
    key,
    label,
    command: (files, report) => [
      process.execPath,
      path.join(ROOT, 'dist', 'cli.js'),
      ...args,
      '-f',
      `json=${report}`,
      '--exit-zero',
      ...files,
    ],
    count({ report }, files) {
      const json = JSON.parse(readFileSync(report, 'utf8')) as { files: Array<{ findings: unknown[] }> };
      if (json.files.length !== files.length)
        throw new Error(`${label}: reported ${json.files.length} files of ${files.length} (${work})`);
      return json.files.reduce((sum, file) => sum + file.findings.length, 0);
    },
  };
}

/** eslint-plugin-jsx-a11y's recommended rules, and the ones oxlint has of them. */
function jsxA11yRules(): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const plugin = require('eslint-plugin-jsx-a11y') as { configs: { recommended: { rules: Record<string, unknown> } } };
  return Object.entries(plugin.configs.recommended.rules)
    .filter(([, level]) => (Array.isArray(level) ? level[0] : level) !== 'off')
    .map(([id]) => id);
}

function peerTools(work: string): { jsx: Tool[]; html: Tool[] } {
  const rules = jsxA11yRules();
  const eslintConfig = writeEslintConfig(work);
  const oxlintConfig = path.join(work, 'oxlintrc.json');
  const oxlintRules = new Set(
    spawnSync(process.execPath, [modulePath('oxlint/bin/oxlint'), '--rules'], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter((line) => line.includes('jsx_a11y'))
      .map((line) => `jsx-a11y/${line.split('|')[1]!.trim()}`),
  );
  writeFileSync(
    oxlintConfig,
    JSON.stringify({
      plugins: ['jsx-a11y'],
      categories: { correctness: 'off' },
      rules: Object.fromEntries(rules.filter((id) => oxlintRules.has(id)).map((id) => [id, 'warn'])),
    }),
  );
  const biomeConfig = path.join(work, 'biome');
  mkdirSync(biomeConfig, { recursive: true });
  writeFileSync(
    path.join(biomeConfig, 'biome.json'),
    JSON.stringify({ linter: { enabled: true }, files: { maxSize: 4 * 1024 * 1024 } }),
  );
  const eslint: Tool = {
    key: 'eslint',
    label: 'eslint + jsx-a11y (recommended)',
    command: (files, report) => [
      process.execPath,
      modulePath('eslint/bin/eslint.js'),
      '-c',
      eslintConfig,
      '--no-warn-ignored',
      '--format',
      'json',
      '-o',
      report,
      ...files,
    ],
    count({ report }, files) {
      const json = JSON.parse(readFileSync(report, 'utf8')) as Array<{ messages: Array<{ fatal?: boolean }> }>;
      if (json.length !== files.length) throw new Error(`eslint checked ${json.length} files of ${files.length}`);
      return json.reduce((sum, file) => sum + file.messages.filter((message) => !message.fatal).length, 0);
    },
  };
  const oxlint: Tool = {
    key: 'oxlint',
    label: `oxlint (${oxlintRules.size > 0 ? 'the same jsx-a11y rules' : 'jsx-a11y'})`,
    command: (files) => [
      process.execPath,
      modulePath('oxlint/bin/oxlint'),
      '-c',
      oxlintConfig,
      // The files named, like the other tools: not those a project's .eslintignore leaves out.
      '--no-ignore',
      '--format',
      'json',
      ...files,
    ],
    count({ stdout }, files) {
      const json = JSON.parse(stdout) as { diagnostics: unknown[]; number_of_files: number };
      if (json.number_of_files !== files.length)
        throw new Error(`oxlint checked ${json.number_of_files} files of ${files.length}`);
      return json.diagnostics.length;
    },
  };
  const biome: Tool = {
    key: 'biome',
    label: 'Biome (lint --only=a11y)',
    command: (files) => [
      modulePath(`@biomejs/cli-${process.platform}-${process.arch}/biome`),
      'lint',
      '--only=a11y',
      `--config-path=${biomeConfig}`,
      '--reporter=json',
      '--max-diagnostics=0',
      ...files,
    ],
    count({ stdout }, files) {
      const { summary } = JSON.parse(stdout.slice(stdout.indexOf('{"summary"'))) as {
        summary: { changed: number; unchanged: number; errors: number; warnings: number; infos: number };
      };
      if (summary.changed + summary.unchanged !== files.length)
        throw new Error(`Biome checked ${summary.changed + summary.unchanged} files of ${files.length}`);
      return summary.errors + summary.warnings + summary.infos;
    },
  };
  const htmlValidate: Tool = {
    key: 'htmlValidate',
    label: 'html-validate (recommended)',
    command: (files, report) => [
      process.execPath,
      modulePath('html-validate/bin/html-validate.mjs'),
      '--preset',
      'recommended',
      '--formatter',
      `json=${report}`,
      ...files,
    ],
    count({ report }) {
      // html-validate's JSON lists only the files with messages.
      const json = JSON.parse(readFileSync(report, 'utf8') || '[]') as Array<{ messages: unknown[] }>;
      return json.reduce((sum, file) => sum + file.messages.length, 0);
    },
  };
  // What TypeScript's parser alone costs on the files (read and parse, no model, no rules): the
  // floor of any static pass built on it, against which the goal of 10× oxlint's CPU is judged.
  const parseOnly: Tool = {
    key: 'parseOnly',
    label: "TypeScript's parser alone (reference)",
    reference: true,
    command: (files) => [process.execPath, path.join(__dirname, 'tools', 'parse-only.cjs'), ...files],
    count({ stdout }, files) {
      if (Number(stdout.trim()) !== files.length)
        throw new Error(`parse-only parsed ${stdout.trim()} of ${files.length}`);
      return 0;
    },
  };
  return { jsx: [eslint, oxlint, biome, parseOnly], html: [htmlValidate] };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Every tool on the same files, in turn, `rounds` times; the median of each figure. */
function compareOn(files: readonly string[], tools: readonly Tool[], cwd: string, work: string, rounds: number) {
  const runs = new Map<string, Run[]>(tools.map((tool) => [tool.key, []]));
  for (let round = 0; round < rounds; round++) {
    for (const tool of tools) {
      const report = path.join(work, `${tool.key}.report`);
      rmSync(report, { force: true });
      const argv = tool.command(files, report);
      const { stdout, ...figures } = timed(argv, cwd, work);
      runs.get(tool.key)!.push({ ...figures, findings: tool.count({ report, stdout }, files) });
    }
  }
  return new Map(
    tools.map((tool) => {
      const all = runs.get(tool.key)!;
      const run: Run = {
        wallMs: median(all.map((r) => r.wallMs)),
        cpuMs: median(all.map((r) => r.cpuMs)),
        peakRssMb: median(all.map((r) => r.peakRssMb)),
        findings: all[0]!.findings,
      };
      return [tool.key, run] as const;
    }),
  );
}

const HEADER = `  ${'tool'.padEnd(44)}${'wall'.padStart(9)}${'CPU'.padStart(9)}${'files/s'.padStart(9)}${'CPU ms/file'.padStart(13)}${'peak RSS'.padStart(10)}${'findings'.padStart(10)}`;

function row(label: string, files: number, run: Run): string {
  return `  ${label.padEnd(44)}${`${(run.wallMs / 1000).toFixed(2)} s`.padStart(9)}${`${(run.cpuMs / 1000).toFixed(2)} s`.padStart(9)}${(files / (run.wallMs / 1000)).toFixed(0).padStart(9)}${(run.cpuMs / files).toFixed(2).padStart(13)}${`${run.peakRssMb.toFixed(0)} MB`.padStart(10)}${String(run.findings).padStart(10)}`;
}

export async function realSection(results: Record<string, unknown>): Promise<void> {
  console.log(`\nReal code (the corpus in ${CORPUS}): whole processes, run in turn, median of the rounds`);
  if (!existsSync(TIME)) {
    console.log(`  skipped: ${TIME} (GNU time, Debian package “time”) is needed to read CPU and peak memory`);
    results.real = { skipped: `${TIME} missing` };
    return;
  }
  if (!existsSync(path.join(ROOT, 'dist', 'cli.js')))
    throw new Error('dist/cli.js is missing: run npm run build first');
  const rounds = Number(process.env.TOUCHPOINT_BENCH_ROUNDS ?? '3');
  const work = path.join(tmpdir(), 'touchpoint-bench-real');
  mkdirSync(work, { recursive: true });
  const allConfig = path.join(work, 'all.json');
  writeFileSync(allConfig, JSON.stringify({ extends: 'touchpoint:all' }));
  const peers = peerTools(work);
  const staticPass = touchpointTool('touchpointStatic', 'touchpoint static pass (touchpoint:all)', work, [
    '-c',
    allConfig,
    '--no-page-axe',
  ]);
  const defaultRun = touchpointTool('touchpointDefault', 'touchpoint default run (whole-page run on)', work, [
    '--no-config',
  ]);
  const out: Record<string, unknown> = {};
  for (const repository of corpusRepositories()) {
    const folder = path.join(CORPUS, repository.name);
    if (!existsSync(folder)) {
      console.log(`\n${repository.repo}: not in ${CORPUS}, skipped (scripts/fetch-corpus.md says how to fetch it)`);
      continue;
    }
    const { files } = await discoverFiles(['.'], defaultConfig(), folder);
    const jsx = files.filter((file) => /\.[jt]sx$/.test(file));
    const html = files.filter((file) => /\.html?$/.test(file));
    const entry: Record<string, unknown> = { commit: repository.commit };
    const bytes = (list: readonly string[]) => list.reduce((sum, file) => sum + readFileSync(file).length, 0);
    for (const [kind, list, tools] of [
      ['JSX/TSX', jsx, [staticPass, defaultRun, ...peers.jsx]],
      ['HTML', html, [staticPass, defaultRun, ...peers.html]],
    ] as const) {
      if (list.length < 10) continue;
      const relative = list.map((file) => path.relative(folder, file));
      console.log(
        `\n${repository.repo} @ ${repository.commit.slice(0, 7)}: ${list.length} ${kind} files, ${(bytes(list) / 1024 / 1024).toFixed(1)} MB`,
      );
      console.log(HEADER);
      const figures = compareOn(relative, tools, folder, work, rounds);
      for (const tool of tools) console.log(row(tool.label, list.length, figures.get(tool.key)!));
      const ours = figures.get('touchpointStatic')!;
      for (const tool of tools.slice(2).filter((candidate) => !candidate.reference)) {
        const theirs = figures.get(tool.key)!;
        const speed = theirs.wallMs / ours.wallMs;
        console.log(
          `  → Touchpoint's static pass is ${speed >= 1 ? `${speed.toFixed(1)}× as fast as` : `${(1 / speed).toFixed(1)}× slower than`} ${tool.label.split(' (')[0]} and takes ${(ours.cpuMs / theirs.cpuMs).toFixed(1)}× its CPU`,
        );
      }
      const parse = figures.get('parseOnly');
      const oxlintRun = figures.get('oxlint');
      if (parse && oxlintRun)
        console.log(
          `  → TypeScript's parser alone takes ${(parse.cpuMs / 1000).toFixed(2)} s of CPU (${(parse.cpuMs / oxlintRun.cpuMs).toFixed(1)}× oxlint's), ${((100 * parse.cpuMs) / ours.cpuMs).toFixed(0)}% of the static pass's`,
        );
      const page = figures.get('touchpointDefault')!;
      console.log(
        `  → the default run takes ${(page.cpuMs / ours.cpuMs).toFixed(2)}× the static pass's CPU, ${(page.peakRssMb - ours.peakRssMb).toFixed(0)} MB more memory`,
      );
      entry[kind] = { files: list.length, bytes: bytes(list), ...Object.fromEntries(figures) };
    }
    out[repository.name] = entry;
  }
  results.real = out;
}

/** Real pages under this size must take at most 1 s of page run each (issue 16). */
const LARGE_PAGE_BYTES = 110 * 1024;

/**
 * The whole-page run alone (the page rules, one worker, warmed up on 3 pages; bench/tools/
 * page-tool.ts) on real pages: dom-examples' small pages one after another (goal ≥ 30 pages/s),
 * and the large pages of the bench-only repositories up to 110 KB, one at a time (goal ≤ 1 s each).
 */
export async function realPagesSection(results: Record<string, unknown>): Promise<void> {
  console.log('\nWhole-page run on real pages (the page rules alone, 1 worker, after a warm-up on 3 pages)');
  const figures: Record<string, unknown> = {};
  const line = (label: string, run: PageResult) =>
    console.log(
      `  ${label.padEnd(44)}${`${(run.pages / (run.ms / 1000)).toFixed(1)} pages/s`.padStart(15)}${`median ${run.medianMs.toFixed(0)} ms`.padStart(16)}${`max ${run.maxMs.toFixed(0)} ms`.padStart(14)}`,
    );
  const small = corpusRepositories().find((repository) => repository.name === 'dom-examples');
  const smallFolder = small && path.join(CORPUS, small.name);
  if (smallFolder && existsSync(smallFolder)) {
    const { files } = await discoverFiles(['.'], defaultConfig(), smallFolder);
    const pages = files.filter((file) => /\.html?$/.test(file));
    const run = runPageTool('touchpoint-1', pages, 'real-small-pages');
    line(`${small.repo}, ${pages.length} pages`, run);
    console.log(`  → ${(run.pages / (run.ms / 1000)).toFixed(1)} pages/s with one worker (goal ≥ 30)`);
    figures.smallPages = { repository: small.repo, ...run, perPage: undefined };
  } else console.log('  mdn/dom-examples: not in the corpus, skipped');
  for (const repository of benchOnlyRepositories()) {
    const folder = path.join(CORPUS, repository.name);
    if (!existsSync(folder)) {
      console.log(`  ${repository.repo}: not in ${CORPUS}, skipped (scripts/fetch-corpus.md says how to fetch it)`);
      continue;
    }
    // Every HTML page of the folder, built output included: what a person opens in the browser.
    const pages = htmlFilesUnder(folder).filter((file) => {
      const size = statSync(file).size;
      return size >= 36 * 1024 && size <= LARGE_PAGE_BYTES;
    });
    if (pages.length === 0) continue;
    const run = runPageTool('touchpoint-1-serial', pages, `real-large-${repository.name}`);
    line(`${repository.repo}, ${pages.length} pages of 36–110 KB`, run);
    const slowest = run.perPage.indexOf(run.maxMs);
    console.log(
      `  → slowest ${(run.maxMs / 1000).toFixed(2)} s (${path.relative(folder, pages[slowest] ?? '')}, ${(statSync(pages[slowest]!).size / 1024).toFixed(0)} KB; goal ≤ 1 s)`,
    );
    figures[repository.name] = { repository: repository.repo, commit: repository.commit, ...run };
  }
  results.pages = figures;
}

function htmlFilesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.html?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
