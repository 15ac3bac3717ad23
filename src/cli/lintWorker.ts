/**
 * One of the CLI's lint workers (`--workers`): builds the same configs as the main thread from
 * the command line's settings, lints the files it is sent (whole-page axe in its own page
 * worker) and posts each report back. Messages in: `{ type: 'start', settings, pageWorkers }`
 * (the worker may have started before the command line was read: launch/earlyLintWorker.ts),
 * then `{ id, path }` and `{ type: 'close' }`;
 * out: `{ id, report }`, `{ id, error }`, and `{ beat }` while its thread is free (the pool stops
 * a worker whose thread stays busy past the per-file time limit).
 */
import { parentPort } from 'node:worker_threads';
import { PageRunner, reviewFile, warmUp } from '../core/index.js';
import { pendingCodeCache } from '../launch/codeCache.js';
import { ConfigSource, type ConfigSettings } from './configSource.js';

/**
 * `start` comes first, with the settings and the page workers to use (known only once the files
 * are: the worker may start before discovery has found them), then files, then `close`.
 */
export type LintJob =
  | { readonly type: 'start'; readonly settings: ConfigSettings; readonly pageWorkers: number }
  | { readonly id: number; readonly path: string }
  | { readonly type: 'close' };
export type LintResult =
  | { readonly id: number; readonly report: Awaited<ReturnType<typeof reviewFile>> }
  | { readonly id: number; readonly error: string }
  | { readonly beat: true };

const port = parentPort;
if (!port) throw new Error('lintWorker runs as a worker thread');
let source: ConfigSource | undefined;
let runner: PageRunner | undefined;

/** Often enough that a missed beat means a busy thread, not a late timer. */
const BEAT_MS = 100;
port.postMessage({ beat: true } satisfies LintResult);
const beat = setInterval(() => port.postMessage({ beat: true } satisfies LintResult), BEAT_MS);

port.on('message', (job: LintJob) => {
  if ('type' in job && job.type === 'start') {
    source = new ConfigSource(job.settings);
    if (job.settings.pageAxe && job.pageWorkers > 0) runner = new PageRunner({ workers: job.pageWorkers });
    // A beat now, before the first file: a worker that started before the pool listened (the
    // launcher's) has beaten unheard, and the pool's clock for a stuck file starts at a beat.
    port.postMessage({ beat: true } satisfies LintResult);
    return;
  }
  if ('type' in job) {
    clearInterval(beat);
    void (runner?.close() ?? Promise.resolve()).then(() => port.close());
    return;
  }
  const config = source;
  if (!config) throw new Error('lintWorker: a file came before start');
  reviewFile({ path: job.path }, (file) => config.forFile(file), { pageRunner: runner }).then(
    (report) => {
      port.postMessage({ id: job.id, report } satisfies LintResult);
      writeCodeCache();
    },
    (error: unknown) =>
      port.postMessage({
        id: job.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies LintResult),
  );
});

/**
 * After the first file, when this thread's code cache is still to be written (the first run
 * after an install or a build): the warm-up's samples linted too (HTML and JSX, a rule of every
 * area to a finding), so the cache serves a later run of either kind, and written now, before a
 * long run drops the bytecode of what it ran only at its start (launch/codeCache.ts). Once per
 * build; it delays the second file by the warm-up and the write (~0.1–0.2 s).
 */
function writeCodeCache(): void {
  const write = pendingCodeCache();
  if (!write) return;
  warmUp();
  write();
}
