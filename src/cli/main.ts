/**
 * The `touchpoint` command for terminals and CI: reviews files, folders or globs with the
 * engine (in worker threads, with a content-hash cache and CI shards), writes any number of
 * formats, applies a baseline, and fails the build on the gates. `touchpoint merge` combines
 * the JSON reports of shards into one report. Exit codes (docs/reliability.md): 0 passed, 1 a
 * gate failed, 2 something did not happen (usage or config error, checks lost, nothing checked,
 * an output not written), 3 internal failure.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import {
  applyWorkspaceRules,
  leaveOutUnshownMessages,
  linkMessageUses,
  AREAS,
  combineReports,
  ConfigError,
  decodeText,
  DEFAULT_FORMAT,
  describeSkipped,
  discoverFiles,
  DiscoveryError,
  faultsOf,
  FORMAT_IDS,
  isFault,
  isPageRunPath,
  isFormatId,
  plural,
  readJsonReport,
  renderChunks,
  ReportFormatError,
  safeText,
  rules,
  type FileReport,
  type FormatId,
  type FormatInput,
  type ResolvedConfig,
  type WorkspaceReport,
} from '../core/index.js';
import { UsageError } from './usage.js';
import {
  applyBaseline,
  BASELINE_FILE,
  buildBaseline,
  type Baseline,
  formatBaseline,
  pruneBaseline,
  readBaseline,
} from './baseline.js';
import { CACHE_FILE, LintCache, type Fingerprint } from './cache.js';
import { configKey, ConfigSource, parseRuleOption, type ConfigSettings } from './configSource.js';
import { readJsonFile, WriteError, writeFileAtomic } from './files.js';
import { failedGates, parseMinScore, type Gates } from './gates.js';
import { defaultPageWorkerCount, defaultWorkerCount, EarlyWorker, lintFiles } from './pool.js';
import { stopEarlyLintWorker } from '../launch/earlyLintWorker.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server/server.js';
import { progressBar } from './progress.js';

declare const TOUCHPOINT_VERSION: string | undefined;
const version = typeof TOUCHPOINT_VERSION === 'string' ? TOUCHPOINT_VERSION : '0.0.0-dev';

/** The formats `--format` takes: every one in core's registry. */
export const FORMATS = FORMAT_IDS;

/** Exit codes, as ESLint's; 2 is also a run where checks did not happen, as ESLint's crash exit. */
const EXIT = { passed: 0, failed: 1, usage: 2, fault: 2, internal: 3 } as const;

interface OutputOptions {
  baseline?: string | true;
  baselineWrite?: string | true;
  baselinePrune?: boolean;
  format: string[];
  output: string[];
  top: string;
  maxWarnings?: string;
  minScore: string[];
  exitZero?: boolean;
}

interface ConfigOptions {
  config?: string | false;
  rule: string[];
  axe: boolean;
  pageAxe: boolean;
  maxFileSize?: string;
}

interface ReviewOptions extends OutputOptions, ConfigOptions {
  listRules?: boolean;
  printConfig?: string;
  cache?: boolean;
  cacheLocation?: string;
  workers?: string;
  shard?: string;
}

interface Io {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function addConfigOptions(command: Command): Command {
  return command
    .option('-c, --config <file>', 'use this config file for every file instead of the nearest .touchpointrc.json')
    .option('--no-config', 'ignore .touchpointrc.json files: the recommended rules with their defaults')
    .option('--rule <id:severity>', 'set a rule’s severity: error, warning, info or off (repeatable)', collect, [])
    .option('--no-axe', 'skip the axe-core accessibility rules (live and whole-page)')
    .option('--no-page-axe', 'skip the whole-page axe run (jsdom); the live axe rules still run')
    .option('--max-file-size <bytes>', 'skip files larger than this (default: the config’s, 2 MB)');
}

function addOutputOptions(command: Command): Command {
  return command
    .option('--baseline [file]', `accept the findings counted in this file (default ${BASELINE_FILE})`)
    .option('--baseline-write [file]', `count today’s findings into a baseline (default ${BASELINE_FILE})`)
    .option('--baseline-prune', 'lower stale counts in the baseline to what is found now')
    .addOption(
      new Option(
        '-f, --format <format>',
        `output format, repeatable: ${FORMATS.join(', ')}; “name=file” writes that format to a file`,
      )
        .argParser(collect)
        .default([], DEFAULT_FORMAT),
    )
    .option('-o, --output <file>', 'write the format given before it (or the default) to this file', collect, [])
    .option('--top <n>', 'how many findings the summary and Markdown formats list', '10')
    .option('--max-warnings <n>', 'fail when there are more warnings than this')
    .option(
      '--min-score <score>',
      'fail below this score: the workspace overall (90), an area (a11y=90), or any page or component (page=50); repeatable',
      collect,
      [],
    )
    .option('--exit-zero', 'exit 0 even when a gate fails (usage and internal errors still exit 2 and 3)');
}

export async function main(
  argv: readonly string[],
  cwd = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const io: Io = {
    cwd,
    env,
    stdout: (text) => process.stdout.write(text),
    // Messages quote file names and config values from the workspace: no raw control characters.
    stderr: (text) => process.stderr.write(text.replace(/[^\n]+/g, safeText)),
  };
  let run: (() => Promise<number>) | undefined;
  const program = addOutputOptions(
    addConfigOptions(
      new Command()
        .name('touchpoint')
        .description('Review HTML and JSX/TSX for UX and CX problems: findings, scores, a scorecard.')
        .version(version, '-V, --version')
        .argument('[paths...]', 'files, folders or globs to review (default: the current folder)'),
    ),
  )
    .option('--list-rules', 'list every rule with its area, lens, severity and what it asks for')
    .option('--print-config <file>', 'print the config that applies to a file, as JSON')
    .option('--cache', `re-lint only files whose content or config changed (kept in ${CACHE_FILE})`)
    .option('--cache-location <path>', 'the cache file, or a folder for it')
    .option(
      '--workers <n>',
      'lint worker threads (default: by the work, one per 250 files to lint, at most one fewer than the cores); 0 lints in the main thread',
    )
    .option('--shard <i/n>', 'review only shard i of n (a deterministic split of the sorted files)')
    .addHelpText(
      'after',
      `
Subcommands:
  touchpoint merge <reports...>  combine the --format json reports of shards into one report
                                 (any format, scores recomputed; same output and gate options)
  touchpoint lsp --stdio         run the language server for editors (docs/editors.md)

Exit codes: 0 passed, 1 a gate failed (an error-severity finding, --max-warnings, --min-score),
2 usage or configuration error, checks that did not run, nothing checked, or an output not
written, 3 internal error.`,
    )
    .action((paths: string[], options: ReviewOptions) => {
      run = () => reviewCommand(paths, options, io);
    });
  addOutputOptions(
    addConfigOptions(
      program
        .command('merge')
        .description('combine the JSON reports of shards (touchpoint --shard i/n --format json) into one report')
        .argument('<reports...>', 'JSON reports written by --format json'),
    ),
  ).action((reports: string[], options: OutputOptions & ConfigOptions) => {
    run = () => mergeCommand(reports, options, io);
  });
  addLspCommand(program, () => (run = lspCommand));
  // Options after “merge” belong to merge (both commands have -f, -o, …).
  program.enablePositionalOptions().exitOverride().configureOutput({ writeErr: io.stderr, writeOut: io.stdout });
  program.commands.forEach((command) => command.exitOverride());
  try {
    program.parse(argv as string[], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.passed : EXIT.usage;
    throw error;
  }
  try {
    return await run!();
  } catch (error) {
    // Discovery's error (a path that names nothing) is a usage error here.
    if (error instanceof ConfigError || error instanceof UsageError || error instanceof DiscoveryError) {
      io.stderr(`touchpoint: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`touchpoint: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    return EXIT.internal;
  }
}

// ——— language server ———

function addLspCommand(program: Command, chosen: () => void): void {
  program
    .command('lsp')
    .description('run the Touchpoint language server (for editors: Neovim, Helix, Zed, …), see docs/editors.md')
    .option('--stdio', 'talk over standard input and output (what editors use)')
    .option('--node-ipc', 'talk over Node IPC (a parent Node process)')
    .option('--socket <port>', 'talk over a TCP socket on this port')
    .action(chosen);
}

/** Runs the language server until the client ends it (the connection exits the process). */
function lspCommand(): Promise<number> {
  // vscode-languageserver reads the transport (--stdio, --node-ipc, --socket=) from the command line.
  if (process.argv.includes('--socket')) {
    const index = process.argv.indexOf('--socket');
    process.argv.splice(index, 2, `--socket=${process.argv[index + 1]}`);
  }
  startServer(createConnection(ProposedFeatures.all), version);
  return new Promise<number>(() => undefined);
}

// ——— review ———

async function reviewCommand(paths: string[], options: ReviewOptions, io: Io): Promise<number> {
  const started = Date.now();
  const first = path.resolve(io.cwd, paths[0] ?? '.');
  const firstIsFile = existsSync(first) && statSync(first).isFile();
  const settings = { ...configSettings(options, io.cwd), root: firstIsFile ? io.cwd : first };
  const source = new ConfigSource(settings);
  if (options.listRules) {
    io.stdout(listRules());
    return EXIT.passed;
  }
  if (options.printConfig) {
    io.stdout(printConfig(await source.forFile(path.resolve(io.cwd, options.printConfig))));
    return EXIT.passed;
  }
  outputsOf(options); // usage errors before any work
  gatesOf(options);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  const workers = options.workers === undefined ? undefined : nonNegativeInteger('--workers', options.workers);

  // The first lint worker loads the engine while discovery walks the folders.
  const early = workers === 0 ? undefined : new EarlyWorker();
  if (!early) stopEarlyLintWorker();
  try {
    return await reviewFound(paths, options, io, {
      first,
      firstIsFile,
      source,
      settings,
      shard,
      workers,
      early,
      started,
    });
  } finally {
    early?.dispose();
  }
}

/** The review once its options are read: discovery, the lint (cached or not), the outputs. */
async function reviewFound(
  paths: string[],
  options: ReviewOptions,
  io: Io,
  run: {
    first: string;
    firstIsFile: boolean;
    source: ConfigSource;
    settings: ConfigSettings;
    shard: ReturnType<typeof parseShard> | undefined;
    workers: number | undefined;
    early: EarlyWorker | undefined;
    started: number;
  },
): Promise<number> {
  const { first, firstIsFile, source, settings, shard, workers, early, started } = run;
  // The config that decides include / exclude: the first path's own, for a file or a folder.
  const baseConfig = await source.forArgument(first, firstIsFile);
  const discovered = await discoverFiles(paths, baseConfig, io.cwd);
  const skippedLine = describeSkipped(discovered.skipped);
  if (skippedLine) io.stderr(`touchpoint: ${skippedLine}\n`);
  let files = discovered.files;
  if (shard) files = shardOf(files, shard);

  // With a cache, only files whose bytes or config changed are linted again.
  const cache = options.cache
    ? LintCache.open(
        // A trailing slash names a folder, even one that does not exist yet.
        path.resolve(io.cwd, options.cacheLocation ?? CACHE_FILE) +
          (/[\\/]$/.test(options.cacheLocation ?? '') ? path.sep : ''),
        version,
      )
    : undefined;
  const reports = await lintWithCache(files, cache, source, settings, { workers, early }, io);
  const report = await withWorkspaceRules(reports, source, io, Date.now() - started);
  const configErrors = report.files.flatMap((file) => file.notices.filter((n) => n.code === 'config-error'));
  let code: number;
  if (configErrors.length > 0) {
    io.stderr(`touchpoint: ${configErrors[0]!.message}\n`);
    code = EXIT.usage;
  } else {
    code = finish(report, options, io, { title: paths.join(', ') || path.basename(io.cwd), shard: options.shard });
    // Said once: a fault (exit 2) already said why.
    if (code < EXIT.usage && (files.length > 0 || !shard)) code = Math.max(code, nothingChecked(report, io));
  }
  // The cache last: reports are written even when it cannot be.
  try {
    cache?.save();
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    io.stderr(`touchpoint: warning: the cache was not saved (${error.message}); the next run lints every file\n`);
  }
  return code;
}

/** Each file's report: from the cache when its bytes and config are unchanged, else linted (and cached). */
async function lintWithCache(
  files: readonly string[],
  cache: LintCache | undefined,
  source: ConfigSource,
  settings: ConfigSettings,
  { workers, early }: { workers: number | undefined; early: EarlyWorker | undefined },
  io: Io,
): Promise<FileReport[]> {
  const reports: Array<FileReport | undefined> = new Array(files.length);
  const fresh: Array<{ index: number; fingerprint?: Fingerprint; config?: string }> = [];
  for (const [index, file] of files.entries()) {
    if (!cache) {
      fresh.push({ index });
      continue;
    }
    // The whole-page run adds findings, so whether it ran is part of the key.
    const config = await source.forFile(file).then(
      (resolved) => `${configKey(resolved)}${settings.pageAxe ? '+page' : ''}`,
      () => undefined,
    );
    const found = config === undefined ? { fingerprint: undefined } : cache.lookup(file, config);
    if ('report' in found) reports[index] = found.report;
    else fresh.push({ index, fingerprint: found.fingerprint, config });
  }
  const progress = progressBar(Boolean(process.stderr.isTTY) && !io.env.CI);
  const toLint = fresh.map(({ index }) => files[index]!);
  const cores = availableParallelism();
  const lintWorkers = workers ?? defaultWorkerCount(toLint.length, cores);
  const pages = settings.pageAxe ? toLint.filter(isPageRunPath).length : 0;
  const linted = await lintFiles(toLint, settings, {
    workers: lintWorkers,
    pageWorkers: defaultPageWorkerCount(pages, cores, lintWorkers),
    onProgress: progress.update,
    log: (message) => io.stderr(`${message}\n`),
    early,
  }).finally(progress.end);
  for (const [i, { index, fingerprint, config }] of fresh.entries()) {
    reports[index] = linted[i]!;
    // Reports with config errors are not kept: the fixed config must be read again.
    // A check that crashed is not an answer: it runs again next time.
    const crashed = linted[i]!.notices.some(isFault);
    if (cache && fingerprint && config && !crashed) cache.set(files[index]!, fingerprint, config, linted[i]!);
  }
  if (cache) io.stderr(`Cache: ${cache.hits} of ${files.length} files unchanged, ${cache.misses} linted\n`);
  return reports as FileReport[];
}

/**
 * Exit 2 when no file was checked at all (every one binary, unreadable, too large, without JSX,
 * or none found): a CI gate must not pass on nothing.
 */
function nothingChecked(report: WorkspaceReport, io: Io): number {
  if (report.files.some((file) => file.checked)) return EXIT.passed;
  const reasons = new Map<string, number>();
  for (const file of report.files) {
    const why = file.notices[0]?.message ?? 'not checked';
    reasons.set(why, (reasons.get(why) ?? 0) + 1);
  }
  const listed = [...reasons].map(([why, count]) => (report.files.length > 1 ? `${count}: ${why}` : why));
  io.stderr(
    `touchpoint: nothing was checked: ${
      report.files.length === 0
        ? 'every file found is ignored (.gitignore, the config’s exclude) or skipped'
        : `${plural(report.files.length, 'file')}, ${listed.slice(0, 3).join('; ')}${listed.length > 3 ? '; …' : ''}`
    } (exit 2)\n`,
  );
  return EXIT.usage;
}

/** The baseline (write, prune, apply), the outputs, and the exit code from the gates. */
function finish(
  report: WorkspaceReport,
  options: OutputOptions,
  io: Io,
  meta: { title: string; shard?: string; baselined?: number },
): number {
  const gates = gatesOf(options);
  const outputs = outputsOf(options);
  let shown = report;
  let baselined = meta.baselined ?? 0;
  const baselineFile = (value: string | true | undefined) =>
    path.resolve(io.cwd, typeof value === 'string' ? value : BASELINE_FILE);
  // Files to write once the reports are out: a failed baseline write must not cost the reports.
  const writes = new Map<string, { text: string; done?: string }>();
  let written: Baseline | undefined;
  if (options.baselineWrite) {
    const file = baselineFile(options.baselineWrite);
    written = buildBaseline(report, io.cwd);
    writes.set(file, {
      text: formatBaseline(written),
      done: `Baseline: ${Object.values(written.files)
        .flatMap((rules) => Object.values(rules))
        .reduce((sum, { count }) => sum + count, 0)} findings accepted in ${path.relative(io.cwd, file)}`,
    });
  }
  if (options.baseline || options.baselineWrite || options.baselinePrune) {
    const file = baselineFile(options.baseline ?? options.baselineWrite);
    let baseline = written && writes.has(file) ? written : readBaseline(file);
    if (options.baselinePrune) {
      baseline = pruneBaseline(baseline, report, io.cwd);
      writes.set(file, { ...writes.get(file), text: formatBaseline(baseline) });
    }
    const applied = applyBaseline(report, baseline, io.cwd);
    shown = applied.report;
    baselined += applied.baselined;
    if (applied.stale.length > 0)
      io.stderr(
        `Baseline: ${applied.stale.length} stale entr${applied.stale.length === 1 ? 'y accepts' : 'ies accept'} findings that are gone (${applied.stale
          .slice(0, 3)
          .map((entry) => `${entry.file} ${entry.ruleId}: ${entry.accepted} accepted, ${entry.found} found`)
          .join('; ')}${applied.stale.length > 3 ? '; …' : ''}); run with --baseline-prune to remove them\n`,
      );
  }
  let failedWrites = writeOutputs(shown, outputs, io, {
    top: Number(options.top) || 10,
    title: meta.title,
    shard: meta.shard,
    baselined,
  });
  for (const [file, { text, done }] of writes) {
    try {
      writeFileAtomic(file, [text]);
      if (done) io.stderr(`${done}\n`);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      io.stderr(`touchpoint: ${error.message}\n`);
      failedWrites++;
    }
  }
  const code = exitCode(shown, gates, options, io);
  return failedWrites > 0 ? Math.max(code, EXIT.usage) : code;
}

// ——— merge ———

async function mergeCommand(files: string[], options: OutputOptions & ConfigOptions, io: Io): Promise<number> {
  outputsOf(options); // usage errors before any work
  gatesOf(options);
  const source = new ConfigSource(configSettings(options, io.cwd));
  const byFile = new Map<string, FileReport>();
  let durationMs = 0;
  let baselined = 0;
  for (const file of files) {
    const absolute = path.resolve(io.cwd, file);
    if (!existsSync(absolute)) throw new UsageError(`No such report: ${file}`);
    const json = readReport(readJsonFile(absolute, 'the report'), file, io.cwd);
    for (const report of json.report.files) byFile.set(report.fileName, report);
    durationMs = Math.max(durationMs, json.report.durationMs);
    baselined += json.baselined;
  }
  const reports = [...byFile.values()].sort((a, b) => a.fileName.localeCompare(b.fileName));
  const report = await withWorkspaceRules(reports, source, io, durationMs);
  return finish(report, options, io, { title: path.basename(io.cwd), baselined });
}

/** A shard's JSON report; one that is not (or no longer) a report is a usage error, exit 2. */
function readReport(value: unknown, source: string, cwd: string): ReturnType<typeof readJsonReport> {
  try {
    return readJsonReport(value, source, cwd);
  } catch (error) {
    if (error instanceof ReportFormatError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * Workspace-level rules (terms used inconsistently across files) judged over every report:
 * the texts of the files that contributed are read again from disk.
 */
async function withWorkspaceRules(
  reports: FileReport[],
  source: ConfigSource,
  io: Io,
  durationMs: number,
): Promise<WorkspaceReport> {
  const contributing = reports.filter((report) => Object.values(report.collected).some((items) => items.length > 0));
  // A file gone since (a merge on another machine) keeps its findings as its shard found them.
  const present = new Set(
    contributing.filter((report) => existsSync(report.fileName)).map((report) => report.fileName),
  );
  const judged = reports.map((report) =>
    present.has(report.fileName) || Object.keys(report.collected).length === 0 ? report : { ...report, collected: {} },
  );
  // Texts and configs are read only for the files a workspace rule reports in.
  const texts = lazyMap((file) => (present.has(file) ? decodeText(readFileSync(file)) : undefined));
  const configs = new Map<string, ResolvedConfig>();
  for (const report of judged)
    if (Object.keys(report.collected).length > 0) configs.set(report.fileName, await source.forFile(report.fileName));
  applyWorkspaceRules(judged, texts, configs, (message) => io.stderr(`${message}\n`));
  linkMessageUses(judged);
  const unshown = leaveOutUnshownMessages(judged);
  if (unshown > 0)
    io.stderr(
      `touchpoint: ${unshown} finding${unshown === 1 ? '' : 's'} on catalog strings no reviewed file shows left out (see docs/catalogs.md)\n`,
    );
  return combineReports(judged, { durationMs });
}

/** A read-only map that computes (and keeps) each value the first time it is asked for. */
function lazyMap<V>(compute: (key: string) => V | undefined): ReadonlyMap<string, V> {
  const values = new Map<string, V | undefined>();
  return {
    get(key: string) {
      if (!values.has(key)) values.set(key, compute(key));
      return values.get(key);
    },
  } as ReadonlyMap<string, V>;
}

// ——— options ———

function configSettings(options: ConfigOptions, cwd: string): ConfigSettings {
  return {
    configFile: typeof options.config === 'string' ? path.resolve(cwd, options.config) : undefined,
    cwd,
    noConfig: options.config === false,
    rules: options.rule.map(parseRuleOption),
    axe: options.axe,
    pageAxe: options.axe && options.pageAxe,
    maxFileSize:
      options.maxFileSize === undefined ? undefined : positiveInteger('--max-file-size', options.maxFileSize),
  };
}

interface OutputTarget {
  readonly format: FormatId;
  readonly file?: string;
}

/** Formats paired with files: `-f sarif -o a.sarif -f html -o b.html`, or `-f sarif=a.sarif`. */
function outputsOf(options: OutputOptions): OutputTarget[] {
  const formats = options.format.length > 0 ? options.format : [DEFAULT_FORMAT];
  const files = [...options.output];
  const targets = formats.map((spec): OutputTarget => {
    const at = spec.indexOf('=');
    const name = at >= 0 ? spec.slice(0, at) : spec;
    if (!isFormatId(name)) throw new UsageError(`Unknown format “${name}” (use ${FORMATS.join(', ')})`);
    return { format: name, file: at >= 0 ? spec.slice(at + 1) : undefined };
  });
  const paired = targets.map((target) =>
    target.file === undefined && files.length > 0 ? { ...target, file: files.shift()! } : target,
  );
  if (files.length > 0)
    throw new UsageError(`More -o files than formats: ${files.join(', ')} (pair each with a --format)`);
  if (paired.filter((target) => target.file === undefined).length > 1)
    throw new UsageError('Only one format can go to standard output; give the others a file (-o or name=file)');
  return paired;
}

function gatesOf(options: OutputOptions): Gates {
  return {
    maxWarnings:
      options.maxWarnings === undefined ? undefined : nonNegativeInteger('--max-warnings', options.maxWarnings),
    minScores: options.minScore.map(parseMinScore),
  };
}

function positiveInteger(flag: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`${flag} ${value}: use a whole number from 1`);
  return number;
}

function nonNegativeInteger(flag: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new UsageError(`${flag} ${value}: use a whole number from 0`);
  return number;
}

function parseShard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    throw new UsageError(`--shard ${value}: use i/n with 1 ≤ i ≤ n, as in --shard 2/4`);
  return { index, count };
}

/** Shard i of n: the i-th of n nearly equal runs of the sorted files (as Playwright splits tests). */
export function shardOf(files: readonly string[], shard: { index: number; count: number }): string[] {
  const sorted = [...files].sort();
  const from = Math.floor(((shard.index - 1) * sorted.length) / shard.count);
  const to = Math.floor((shard.index * sorted.length) / shard.count);
  return sorted.slice(from, to);
}

// ——— output ———

/** What the CLI's outputs are rendered from (the registry's input); exported for the tests. */
export interface CliOutputOptions {
  readonly cwd: string;
  readonly title: string;
  readonly shard?: string;
  readonly baselined: number;
  readonly top: number;
  readonly color: boolean;
}

/** The registry's input for a CLI run: paths relative to where it ran, this build's version. */
export function cliFormatInput(report: WorkspaceReport, options: CliOutputOptions, toolVersion = version): FormatInput {
  return {
    report,
    root: options.cwd,
    title: options.title,
    toolVersion,
    shard: options.shard,
    baselined: options.baselined,
    top: options.top,
    color: options.color,
  };
}

/** Writes every format (each file whole, or not at all); returns how many files could not be written. */
function writeOutputs(
  report: WorkspaceReport,
  targets: readonly OutputTarget[],
  io: Io,
  options: { top: number; title: string; shard?: string; baselined: number },
): number {
  const color = colorWanted(io.env);
  let failed = 0;
  for (const target of targets) {
    const input = cliFormatInput(report, { ...options, cwd: io.cwd, color: color && target.file === undefined });
    const chunks = renderChunks(target.format, input);
    if (target.file === undefined) {
      for (const chunk of chunks) io.stdout(chunk);
      continue;
    }
    try {
      writeFileAtomic(path.resolve(io.cwd, target.file), chunks);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      io.stderr(`touchpoint: ${error.message}\n`);
      failed++;
    }
  }
  return failed;
}

/** Colour on a terminal unless NO_COLOR is set (no-color.org); FORCE_COLOR forces it. */
function colorWanted(env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0';
  return Boolean(process.stdout.isTTY);
}

function exitCode(report: WorkspaceReport, gates: Gates, options: OutputOptions, io: Io): number {
  const faults = faultsOf(report);
  if (faults.length > 0) {
    const ruleFaults = faults.filter((fault) => fault.code === 'rule-failed');
    const crashed = new Set(faults.filter((fault) => fault.code === 'lint-failed').map((fault) => fault.fileName));
    const parts: string[] = [];
    if (ruleFaults.length > 0) {
      const files = new Set(ruleFaults.map((fault) => fault.fileName)).size;
      const ids = [...new Set(ruleFaults.map((fault) => fault.ruleId ?? '?'))];
      parts.push(
        `${plural(ids.length, 'rule')} failed on ${plural(files, 'file')} (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''})`,
      );
    }
    if (crashed.size > 0)
      parts.push(`${plural(crashed.size, 'file')} could not be checked (the check crashed or ran out of time, twice)`);
    io.stderr(`touchpoint: ${parts.join('; ')}: their checks did not run there; every format lists where (exit 2)\n`);
    return EXIT.fault;
  }
  const failures = failedGates(report, gates, io.cwd);
  if (failures.length === 0) return EXIT.passed;
  io.stderr(`touchpoint: failed: ${failures.join('; ')}${options.exitZero ? ' (exit 0: --exit-zero)' : ''}\n`);
  return options.exitZero ? EXIT.passed : EXIT.failed;
}

function listRules(): string {
  const width = Math.max(...rules.map((rule) => rule.id.length));
  const lines = [...rules]
    .sort((a, b) => AREAS.indexOf(a.area) - AREAS.indexOf(b.area) || a.id.localeCompare(b.id))
    .map(
      (rule) =>
        `${rule.id.padEnd(width)}  ${rule.lens}  ${rule.severity.padEnd(7)}  ${rule.recommended === false ? 'opt-in     ' : 'recommended'}  ${rule.help}`,
    );
  return `${lines.join('\n')}\n${rules.length} rules\n`;
}

function printConfig(config: ResolvedConfig): string {
  return `${JSON.stringify(
    {
      files: config.files,
      rules: Object.fromEntries(
        [...config.rules].map(([id, rule]) => [
          id,
          Object.keys(rule.options).length > 0 ? [rule.severity, rule.options] : rule.severity,
        ]),
      ),
      components: config.components,
      designSystems: config.designSystems,
      locale: config.locale,
      messages: config.messages,
      pages: config.pages,
      include: config.include,
      exclude: config.exclude,
      skip: config.skip,
      maxFileSize: config.maxFileSize,
    },
    null,
    2,
  )}\n`;
}

if (require.main === module) {
  main(process.argv.slice(2))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        process.stderr.write(`touchpoint: internal error: ${String(error)}\n`);
        process.exitCode = EXIT.internal;
      },
    )
    // The launcher's early lint worker, when no review took it (merge, --version, a usage error).
    .finally(stopEarlyLintWorker);
}
