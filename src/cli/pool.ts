/**
 * Lints files for the CLI: in a pool of worker threads (lintWorker.ts), each kept busy with a
 * couple of files at once so its page worker always has work, or in this thread with
 * `--workers 0` (for a debugger; no time limit). Reports come back in the order of `files`, one
 * for every file, whatever happens to the workers.
 */
import { Worker } from 'node:worker_threads';
import { languageForFile, PageRunner, reviewFile, scoreTallies, type FileReport } from '../core/index.js';
import { ConfigSource, type ConfigSettings } from './configSource.js';
import type { LintJob, LintResult } from './lintWorker.js';
import { newLintWorker, takeEarlyLintWorker, workerMemoryMb } from '../launch/earlyLintWorker.js';

export interface PoolOptions {
  readonly workers: number;
  /** Whole-page workers in each lint worker (when the page run is on); 1 unless said. */
  readonly pageWorkers?: number;
  readonly onProgress?: (done: number, total: number) => void;
  readonly log?: (message: string) => void;
  /** A lint worker started before the files were known, taken as the pool's first. */
  readonly early?: EarlyWorker;
}

export async function lintFiles(
  files: readonly string[],
  settings: ConfigSettings,
  options: PoolOptions,
): Promise<FileReport[]> {
  if (files.length === 0) return [];
  if (options.workers === 0) return lintHere(files, settings, options);
  return lintInWorkers(files, settings, Math.max(1, Math.min(options.workers, files.length)), options);
}

/** Files to lint that make another worker pay for its start (0.3–0.5 s of CPU each). */
const FILES_PER_WORKER = 250;

/**
 * How many lint workers a run gets unless `--workers` says: one per 250 files to lint, at most
 * one fewer than the cores (the main thread gathers reports, and V8's collector needs a core of
 * its own), at least one. On 2 cores (`npm run bench -- real`), a second worker on 1,615 TSX
 * files cost 2 s more CPU and saved no time.
 */
export function defaultWorkerCount(files: number, cores: number): number {
  return Math.max(1, Math.min(cores - 1, Math.ceil(files / FILES_PER_WORKER)));
}

/** Pages that make another page worker (jsdom and axe-core, about 1 s of CPU to start) pay. */
const PAGES_PER_PAGE_WORKER = 100;

/**
 * How many whole-page workers each of `lintWorkers` gets: one per 100 pages, up to the cores,
 * shared out, at least one. A lint worker mostly waits for its page workers on a site of HTML
 * pages (about 40 ms of jsdom and axe-core a page, against 5 ms of static pass): on 2 cores, 188
 * real HTML pages took 9.5 s with one page worker and 8.0 s with two.
 */
export function defaultPageWorkerCount(pages: number, cores: number, lintWorkers: number): number {
  const total = Math.max(1, Math.min(cores, Math.ceil(pages / PAGES_PER_PAGE_WORKER)));
  return Math.max(1, Math.ceil(total / Math.max(1, lintWorkers)));
}

async function lintHere(files: readonly string[], settings: ConfigSettings, options: PoolOptions) {
  const source = new ConfigSource(settings);
  // The whole-page axe rules run in worker threads even here (jsdom is slow; it overlaps).
  const runner = settings.pageAxe ? new PageRunner() : undefined;
  const reports: FileReport[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < files.length) {
      const index = next++;
      reports[index] = await reviewFile({ path: files[index]! }, (file) => source.forFile(file), {
        pageRunner: runner,
        log: options.log,
      });
      options.onProgress?.(++done, files.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: runner ? runner.capacity * 2 : 1 }, lane));
  } finally {
    await runner?.close();
  }
  return reports;
}

/**
 * How long a lint worker's thread may stay busy on its files without a break: the static pass
 * of one file (the page run has its own limit, in its own thread). `TOUCHPOINT_FILE_TIME_LIMIT_MS`
 * changes it.
 */
function fileTimeLimitMs(): number {
  const value = Number(process.env.TOUCHPOINT_FILE_TIME_LIMIT_MS);
  return Number.isInteger(value) && value > 0 ? value : 20_000;
}

function startLintWorker(): Worker {
  return newLintWorker(__dirname);
}

/**
 * A lint worker started before discovery has found the files (by the launcher, before this
 * bundle loaded, or here): loading the engine in a thread (0.3–0.4 s) overlaps the main
 * thread's start and the walk of the folders. The pool takes it as its first worker; a run with
 * nothing to lint (every file cached, or none found) stops it unused.
 */
export class EarlyWorker {
  private worker: Worker | undefined;
  private ended = false;

  constructor() {
    this.worker = takeEarlyLintWorker() ?? startLintWorker();
    // An early death is not lost: the pool is then given nothing, and starts a worker itself.
    this.worker.once('error', () => (this.ended = true));
    this.worker.once('exit', () => (this.ended = true));
  }

  /** The worker, once, if it is still running. */
  take(): Worker | undefined {
    const worker = this.worker;
    this.worker = undefined;
    return worker && !this.ended ? worker : undefined;
  }

  /** Stops the worker if no pool took it. */
  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}

interface Slot {
  readonly worker: Worker;
  /** Ids of the files sent to it and not answered yet. */
  readonly inFlight: Set<number>;
  closing: boolean;
  exited: boolean;
  /** When its thread last said it was free to answer (a heartbeat); undefined until it has started. */
  lastBeat?: number;
  /** Working on a file's second try, alone: nothing else is sent until it answers. */
  isolated: boolean;
  /** Stops the worker, its files lost for `reason`. */
  stop?: (reason: string) => void;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/**
 * The pool. A worker that dies (out of memory, a crash), answers with an error, or whose thread
 * stays busy past the time limit (it is stopped) loses only the files it had: each is tried once
 * more, alone on a fresh worker (so a file that hangs or crashes cannot take others down with it
 * twice), then reported as not checked (a `lint-failed` fault: every format shows it and the CLI
 * exits 2). The run always ends, with a report for every file; replacements are bounded, so
 * workers that cannot even start end it.
 */
async function lintInWorkers(files: readonly string[], settings: ConfigSettings, count: number, options: PoolOptions) {
  const run = new PoolRun(files, settings, count, options);
  try {
    await run.finished;
  } finally {
    clearInterval(run.watchdog);
  }
  await run.close();
  return run.reports;
}

/** One run of the pool over its files: the queue, the workers, and what each file came to. */
class PoolRun {
  readonly reports: FileReport[];
  readonly finished: Promise<void>;
  readonly watchdog: NodeJS.Timeout;
  private readonly attempts: Uint8Array;
  private readonly queue: number[];
  private readonly perWorker: number;
  private readonly slots = new Set<Slot>();
  private readonly maxStarts: number;
  private readonly limit = fileTimeLimitMs();
  private done = 0;
  private started = 0;
  private resolve!: () => void;

  constructor(
    private readonly files: readonly string[],
    private readonly settings: ConfigSettings,
    count: number,
    private readonly options: PoolOptions,
  ) {
    this.reports = new Array(files.length);
    this.attempts = new Uint8Array(files.length);
    this.queue = files.map((_, index) => index);
    // Enough files in flight that every page worker always has a page waiting.
    this.perWorker = settings.pageAxe ? 2 * (options.pageWorkers ?? 1) : 4;
    this.maxStarts = count + files.length * 2;
    this.finished = new Promise<void>((resolve) => (this.resolve = resolve));
    // A thread busy past the limit cannot answer: stop it (its files are tried again, alone).
    this.watchdog = setInterval(() => this.stopStuck(), Math.min(250, this.limit / 4));
    if (files.length === 0) this.resolve();
    for (let i = 0; i < count; i++) this.start();
    this.pump();
  }

  private finish(id: number, report: FileReport): void {
    if (this.reports[id]) return;
    this.reports[id] = report;
    this.options.onProgress?.(++this.done, this.files.length);
    if (this.done === this.files.length) this.resolve();
  }

  /** A file's check was lost: once more, alone on a fresh worker, then not checked. */
  private fail(id: number, reason: string): void {
    this.options.log?.(`${this.files[id]}: ${reason}`);
    if (this.attempts[id]! < 1) {
      this.attempts[id]!++;
      this.queue.unshift(id);
    } else this.finish(id, notCheckedReport(this.files[id]!, reason));
  }

  /** Sends queued files to workers with room; a second try waits for a worker of its own. */
  private pump(): void {
    for (const slot of this.slots) {
      while (!slot.exited && !slot.isolated && slot.inFlight.size < this.perWorker && this.queue.length > 0) {
        const id = this.queue[0]!;
        if (this.attempts[id]! > 0) {
          if (slot.inFlight.size > 0) break;
          slot.isolated = true;
        }
        this.queue.shift();
        slot.inFlight.add(id);
        slot.worker.postMessage({ id, path: this.files[id]! } satisfies LintJob);
      }
    }
    // Every worker gone with work left (they died): start one, within the bound.
    if (this.queue.length > 0 && this.slots.size === 0) {
      if (this.started < this.maxStarts) this.start();
      else
        for (const id of this.queue.splice(0))
          this.finish(id, notCheckedReport(this.files[id]!, 'no lint worker could run'));
    }
  }

  private start(): void {
    this.started++;
    const worker = (this.started === 1 ? this.options.early?.take() : undefined) ?? startLintWorker();
    worker.postMessage({
      type: 'start',
      settings: this.settings,
      pageWorkers: this.settings.pageAxe ? (this.options.pageWorkers ?? 1) : 0,
    } satisfies LintJob);
    const slot: Slot = { worker, inFlight: new Set(), closing: false, exited: false, isolated: false };
    this.slots.add(slot);
    slot.stop = (reason: string) => {
      this.died(slot, reason);
      void worker.terminate();
    };
    worker.on('message', (result: LintResult) => {
      slot.lastBeat = Date.now();
      if ('beat' in result) return;
      slot.inFlight.delete(result.id);
      if (slot.inFlight.size === 0) slot.isolated = false;
      if ('error' in result) this.fail(result.id, `its check crashed (${result.error.split('\n')[0]})`);
      else this.finish(result.id, result.report);
      this.pump();
    });
    worker.on('error', (error) =>
      this.died(
        slot,
        (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `the lint worker ran out of memory (its limit is ${workerMemoryMb()} MB: TOUCHPOINT_WORKER_MEMORY_MB raises it)`
          : `the lint worker crashed (${error.message})`,
      ),
    );
    worker.on('exit', (code) => {
      if (!slot.closing) this.died(slot, `the lint worker stopped (exit code ${code})`);
      slot.exited = true;
    });
  }

  /** A worker is gone: its files are lost (tried again), and another starts if work is left. */
  private died(slot: Slot, reason: string): void {
    if (slot.exited) return;
    slot.exited = true;
    this.slots.delete(slot);
    const lost = [...slot.inFlight];
    slot.inFlight.clear();
    for (const id of lost) this.fail(id, reason);
    if (this.done < this.files.length && this.started < this.maxStarts && this.queue.length > 0) this.start();
    this.pump();
  }

  private stopStuck(): void {
    const now = Date.now();
    for (const slot of this.slots)
      if (slot.inFlight.size > 0 && slot.lastBeat !== undefined && now - slot.lastBeat > this.limit)
        slot.stop?.(`it took longer than the ${formatSeconds(this.limit)} limit per file`);
  }

  /** Closes the workers still running; one that already exited has nothing to wait for. */
  async close(): Promise<void> {
    await Promise.all(
      [...this.slots].map(
        (slot) =>
          new Promise<void>((resolve) => {
            if (slot.exited) return resolve();
            slot.closing = true;
            slot.worker.once('exit', () => resolve());
            slot.worker.postMessage({ type: 'close' } satisfies LintJob);
            setTimeout(() => void slot.worker.terminate(), 5000).unref();
          }),
      ),
    );
  }
}

/** A file whose check crashed twice: nothing checked, and a fault that every format shows. */
function notCheckedReport(file: string, reason: string): FileReport {
  return {
    fileName: file,
    language: languageForFile(file),
    checked: false,
    findings: [],
    notices: [
      {
        code: 'lint-failed',
        severity: 'error',
        message: `This file was not checked: ${reason}, twice (tried on a fresh worker)`,
        fileName: file,
      },
    ],
    tallies: {},
    suppressed: 0,
    page: false,
    score: scoreTallies({}, []),
    suppressions: [],
    collected: {},
  };
}
