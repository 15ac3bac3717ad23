/**
 * The CLI's first lint worker, started by the launcher before the CLI's own bundle loads: the two
 * 8 MB bundles (the main thread's and the worker's) then load side by side instead of one after
 * the other, which took 0.4–0.7 s off every run that lints in workers. The worker waits for its
 * settings (the `start` message, lintWorker.ts); the CLI adopts it (`takeEarlyLintWorker`) once it
 * has read its options, or never, and then the worker, unreferenced until adopted, keeps nothing
 * alive. No import of the engine here: this file is bundled into the launcher.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Each lint worker's heap, in MB. A 2 MB file (the default size limit) needs about 220 MB; with
 * no limit V8 collects lazily and one worker reached 600 MB on it; with 384 MB, 366–417 MB over
 * runs, with this one about 355 MB (`npm run bench -- memory`). A file that needs more makes its
 * worker run out of memory: it is tried again, then reported not checked, and
 * `TOUCHPOINT_WORKER_MEMORY_MB` raises the limit (or lowers it for small CI machines).
 */
const DEFAULT_WORKER_MEMORY_MB = 320;

export function workerMemoryMb(): number {
  const value = Number(process.env.TOUCHPOINT_WORKER_MEMORY_MB);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_WORKER_MEMORY_MB;
}

/** A lint worker thread (its launcher, `lintWorker.js`, in `folder`), waiting for its `start`. */
export function newLintWorker(folder: string): Worker {
  return new Worker(path.join(folder, 'lintWorker.js'), {
    resourceLimits: { maxOldGenerationSizeMb: workerMemoryMb() },
  });
}

const KEY = Symbol.for('touchpoint.earlyLintWorker');
type Holder = { [KEY]?: { readonly worker: Worker; ended: boolean } };

/**
 * Whether a command line may lint in workers: not for what prints and exits (`--version`,
 * `--help`, `--list-rules`, `--print-config`), `merge`, the language server (`lsp`), or
 * `--workers 0`. A wrong guess costs a
 * worker started for nothing (stopped) or one started later, never a wrong result.
 */
export function mayLintInWorkers(argv: readonly string[]): boolean {
  if (argv[0] === 'merge' || argv[0] === 'lsp') return false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (/^(-V|--version|-h|--help|--list-rules|--print-config(=.*)?)$/.test(arg)) return false;
    if (arg === '--workers=0' || (arg === '--workers' && argv[i + 1] === '0')) return false;
  }
  return true;
}

/** Starts the first lint worker now (the launcher), unreferenced until the CLI takes it. */
export function startEarlyLintWorker(folder: string): void {
  try {
    const worker = newLintWorker(folder);
    worker.unref();
    const early = { worker, ended: false };
    // Dead before it was adopted: nothing to report here, the CLI starts a worker of its own.
    worker.once('error', () => (early.ended = true));
    worker.once('exit', () => (early.ended = true));
    (globalThis as Holder)[KEY] = early;
  } catch {
    // No worker threads here: the CLI starts its workers itself, as without this.
  }
}

/** The worker the launcher started, once, referenced again (undefined: none, taken or dead). */
export function takeEarlyLintWorker(): Worker | undefined {
  const holder = globalThis as Holder;
  const early = holder[KEY];
  delete holder[KEY];
  if (!early || early.ended) return undefined;
  early.worker.ref();
  return early.worker;
}

/** Stops the launcher's worker if nothing took it (a run that lints in this thread, or not at all). */
export function stopEarlyLintWorker(): void {
  void takeEarlyLintWorker()?.terminate();
}
