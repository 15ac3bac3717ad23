/**
 * Lints files for the CLI: in this thread with `--workers 1`, otherwise in a pool of worker
 * threads (lintWorker.ts), each kept busy with a couple of files at once so its page worker
 * always has work. Reports come back in the order of `files`, one for every file, whatever
 * happens to the workers.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { languageForFile, PageRunner, reviewFile, scoreTallies, type FileReport } from '../core/index.js';
import { ConfigSource, type ConfigSettings } from './configSource.js';
import type { LintJob, LintResult, LintWorkerData } from './lintWorker.js';

export interface PoolOptions {
  readonly workers: number;
  readonly onProgress?: (done: number, total: number) => void;
  readonly log?: (message: string) => void;
}

export async function lintFiles(
  files: readonly string[],
  settings: ConfigSettings,
  options: PoolOptions,
): Promise<FileReport[]> {
  if (files.length === 0) return [];
  const workers = Math.max(1, Math.min(options.workers, files.length));
  return workers === 1 ? lintHere(files, settings, options) : lintInWorkers(files, settings, workers, options);
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

/** Per lint worker: a memory cap in MB (`TOUCHPOINT_WORKER_MEMORY_MB`), for small CI machines. */
function workerLimits(): { maxOldGenerationSizeMb: number } | undefined {
  const value = Number(process.env.TOUCHPOINT_WORKER_MEMORY_MB);
  return Number.isInteger(value) && value > 0 ? { maxOldGenerationSizeMb: value } : undefined;
}

interface Slot {
  readonly worker: Worker;
  /** Ids of the files sent to it and not answered yet. */
  readonly inFlight: Set<number>;
  closing: boolean;
  exited: boolean;
}

/**
 * The pool. A worker that dies (out of memory, a crash) or answers with an error loses only the
 * files it had: each is tried once more on a fresh worker, then reported as not checked (a
 * `lint-failed` fault: every format shows it and the CLI exits 2). The run always ends, with a
 * report for every file; replacements are bounded, so workers that cannot even start end it.
 */
async function lintInWorkers(files: readonly string[], settings: ConfigSettings, count: number, options: PoolOptions) {
  const reports: FileReport[] = new Array(files.length);
  const attempts = new Uint8Array(files.length);
  const queue = files.map((_, index) => index);
  const perWorker = settings.pageAxe ? 2 : 4;
  const slots = new Set<Slot>();
  let done = 0;
  let started = 0;
  const maxStarts = count + files.length * 2;
  await new Promise<void>((resolve) => {
    const finish = (id: number, report: FileReport) => {
      if (reports[id]) return;
      reports[id] = report;
      options.onProgress?.(++done, files.length);
      if (done === files.length) resolve();
    };
    const fail = (id: number, reason: string) => {
      options.log?.(`${files[id]}: ${reason}`);
      if (attempts[id]! < 1) {
        attempts[id]!++;
        queue.unshift(id);
      } else finish(id, notCheckedReport(files[id]!, reason));
    };
    const pump = () => {
      for (const slot of slots) {
        while (!slot.exited && slot.inFlight.size < perWorker && queue.length > 0) {
          const id = queue.shift()!;
          slot.inFlight.add(id);
          slot.worker.postMessage({ id, path: files[id]! } satisfies LintJob);
        }
      }
      // Every worker gone with work left (they died): start one, within the bound.
      if (queue.length > 0 && slots.size === 0) {
        if (started < maxStarts) start();
        else for (const id of queue.splice(0)) finish(id, notCheckedReport(files[id]!, 'no lint worker could run'));
      }
    };
    const start = () => {
      started++;
      const worker = new Worker(path.join(__dirname, 'lintWorker.js'), {
        workerData: { settings, pageWorkers: settings.pageAxe ? 1 : 0 } satisfies LintWorkerData,
        resourceLimits: workerLimits(),
      });
      const slot: Slot = { worker, inFlight: new Set(), closing: false, exited: false };
      slots.add(slot);
      const died = (reason: string) => {
        if (slot.exited) return;
        slot.exited = true;
        slots.delete(slot);
        const lost = [...slot.inFlight];
        slot.inFlight.clear();
        for (const id of lost) fail(id, reason);
        if (done < files.length && started < maxStarts && queue.length > 0) start();
        pump();
      };
      worker.on('message', (result: LintResult) => {
        slot.inFlight.delete(result.id);
        if ('error' in result) fail(result.id, `its check crashed (${result.error.split('\n')[0]})`);
        else finish(result.id, result.report);
        pump();
      });
      worker.on('error', (error) => died(`the lint worker crashed (${error.message})`));
      worker.on('exit', (code) => {
        if (!slot.closing) died(`the lint worker stopped (exit code ${code})`);
        slot.exited = true;
      });
    };
    for (let i = 0; i < count; i++) start();
    pump();
  });
  // Close the workers still running; one that already exited has nothing to wait for.
  await Promise.all(
    [...slots].map(
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
  return reports;
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
    score: scoreTallies({}, []),
    suppressions: [],
    collected: {},
  };
}
