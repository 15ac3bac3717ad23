/**
 * The workspace review, run in a worker thread of the language server (review.ts) so the server
 * goes on checking what is typed meanwhile: it loads configs (settings applied on top), lints
 * every file, runs the whole-page axe rules in its own page workers, and posts progress and the
 * report back. Messages in: `{ type: 'review', files, settings, pageWorkers }` and
 * `{ type: 'cancel' }`; out: `{ type: 'progress', done, total }`, `{ type: 'log', message }`,
 * `{ type: 'config-error', file, key, message }`, `{ type: 'done', report }`,
 * `{ type: 'failed', message }`.
 */
import { parentPort } from 'node:worker_threads';
import {
  ConfigError,
  ConfigLoader,
  PageRunner,
  review,
  type ReviewFile,
  applySettings,
  type Settings,
} from '../core/index.js';

export type ReviewRequest =
  | {
      readonly type: 'review';
      readonly files: readonly ReviewFile[];
      readonly settings: Settings;
      readonly pageWorkers: number;
    }
  | { readonly type: 'cancel' };

export type ReviewMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'log'; readonly message: string }
  | { readonly type: 'config-error'; readonly file: string; readonly key: string; readonly message: string }
  | { readonly type: 'done'; readonly report: Awaited<ReturnType<typeof review>> }
  | { readonly type: 'failed'; readonly message: string };

const port = parentPort;
if (!port) throw new Error('reviewWorker runs as a worker thread');
const post = (message: ReviewMessage) => port.postMessage(message);
const controller = new AbortController();

port.on('message', (request: ReviewRequest) => {
  if (request.type === 'cancel') {
    controller.abort();
    return;
  }
  const configs = new ConfigLoader();
  const runner = request.settings.axe ? new PageRunner({ workers: request.pageWorkers }) : undefined;
  review(
    request.files,
    async (file) => {
      try {
        return applySettings(await configs.forFile(file), request.settings);
      } catch (error) {
        if (error instanceof ConfigError)
          post({ type: 'config-error', file: error.file, key: error.key, message: error.message });
        throw error;
      }
    },
    {
      signal: controller.signal,
      pageRunner: runner,
      log: (message) => post({ type: 'log', message }),
      onProgress: ({ done, total }) => post({ type: 'progress', done, total }),
    },
  )
    .then(
      (report) => post({ type: 'done', report }),
      (error: unknown) =>
        post({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    )
    .finally(() => runner?.close());
});
