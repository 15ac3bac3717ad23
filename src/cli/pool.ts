/**
 * Lints files for the CLI: in this thread with `--workers 1`, otherwise in a pool of worker
 * threads (lintWorker.ts), each kept busy with a couple of files at once so its page worker
 * always has work. Reports come back in the order of `files`.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PageRunner, reviewFile, type FileReport } from '../core/index.js';
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

async function lintInWorkers(files: readonly string[], settings: ConfigSettings, count: number, options: PoolOptions) {
  const reports: FileReport[] = new Array(files.length);
  const perWorker = settings.pageAxe ? 2 : 4;
  let next = 0;
  let done = 0;
  const pool = Array.from(
    { length: count },
    () =>
      new Worker(path.join(__dirname, 'lintWorker.js'), {
        workerData: { settings, pageWorkers: settings.pageAxe ? 1 : 0 } satisfies LintWorkerData,
      }),
  );
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (worker: Worker) => {
        if (next >= files.length) return;
        const id = next++;
        worker.postMessage({ id, path: files[id]! } satisfies LintJob);
      };
      for (const worker of pool) {
        worker.on('message', (result: LintResult) => {
          if ('error' in result) {
            reject(new Error(`linting ${files[result.id]} failed: ${result.error}`));
            return;
          }
          reports[result.id] = result.report;
          options.onProgress?.(++done, files.length);
          if (done === files.length) resolve();
          else send(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (done < files.length) reject(new Error(`a lint worker stopped (exit code ${code})`));
        });
        for (let i = 0; i < perWorker; i++) send(worker);
      }
    });
  } finally {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve) => {
            worker.once('exit', () => resolve());
            worker.postMessage({ type: 'close' } satisfies LintJob);
            setTimeout(() => void worker.terminate(), 5000).unref();
          }),
      ),
    );
  }
  return reports;
}
