/**
 * The workspace review, served by the language server (`touchpoint/review`): the client names the
 * files it found on disk (VS Code: REVIEW_GLOB minus `files.exclude`) and its workspace folders;
 * the server keeps those the review covers (reviewFiles.ts), reviews them (open documents as they
 * are in the editor) and answers with the report. Progress goes to the client's `workDoneToken`
 * (`$/progress`: begin, "120 of 400 files", end); `$/cancelRequest` stops the review, which then
 * answers with what it reviewed so far (`cancelled: true`).
 *
 * A review of many files runs in a worker thread (reviewWorker.ts) so the server goes on checking
 * what is typed meanwhile, and its memory goes with the thread when it ends; one file (a file
 * changed on disk after a review) is reviewed on the server's thread with the server's page runner.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CancellationToken, WorkDoneProgressReporter } from 'vscode-languageserver';
import {
  review,
  type MessageResolver,
  type PageRunner,
  type ResolvedConfig,
  type ReviewFile,
  type Settings,
  type WorkspaceReport,
} from '../core/index.js';
import type { ReviewParams } from './protocol.js';
import { reviewableFiles } from './reviewFiles.js';
import type { ReviewMessage, ReviewRequest } from './reviewWorker.js';

export interface ReviewContext {
  readonly settings: Settings;
  /** A file's config, settings applied; a broken config throws its ConfigError (and is reported). */
  readonly configFor: (file: string) => Promise<ResolvedConfig>;
  /** The text of a file open in the client, unsaved edits included. */
  readonly openText: (file: string) => string | undefined;
  readonly pageRunner: PageRunner;
  readonly messages: MessageResolver;
  /** A broken config found by the review's worker, for the server to show at its line. */
  readonly configError: (error: { file: string; key: string; message: string }) => void;
  readonly log: (message: string) => void;
  /** Whether the kept review covers the file (an `update` of it needs no search of the folders). */
  readonly covered?: (file: string) => boolean;
}

export async function serveReview(
  params: ReviewParams,
  context: ReviewContext,
  token: CancellationToken,
  progress: WorkDoneProgressReporter,
): Promise<WorkspaceReport> {
  const found = (await filesToReview(params, context)).map((file): ReviewFile => ({
    path: file,
    content: context.openText(file),
  }));
  if (found.length <= 1) {
    const controller = new AbortController();
    token.onCancellationRequested(() => controller.abort());
    return review(found, context.configFor, {
      signal: controller.signal,
      pageRunner: context.settings.axe ? context.pageRunner : undefined,
      messages: context.messages,
      log: context.log,
    });
  }
  progress.begin('Touchpoint: reviewing the workspace', 0, `0 of ${found.length} files`, true);
  try {
    return await inWorker(found, context, token, progress);
  } finally {
    progress.done();
  }
}

/**
 * The files the review covers. For an `update`, a file gone from disk is not reviewed (it leaves
 * the review) and one the kept review covers is reviewed again as it is, without searching the
 * folders for it: a checkout that changes hundreds of files after a review searched the whole
 * workspace once per file. Only a file new to the review is searched for.
 */
async function filesToReview(params: ReviewParams, context: ReviewContext): Promise<string[]> {
  if (!params.update) return reviewableFiles(params.files, params.roots, context.configFor);
  const present = params.files.filter((file) => existsSync(file));
  const known = present.filter((file) => context.covered?.(file));
  const unknown = present.filter((file) => !known.includes(file));
  const found = unknown.length > 0 ? await reviewableFiles(unknown, params.roots, context.configFor) : [];
  return [...known, ...found].sort((a, b) => a.localeCompare(b));
}

function inWorker(
  files: readonly ReviewFile[],
  context: ReviewContext,
  token: CancellationToken,
  progress: WorkDoneProgressReporter,
): Promise<WorkspaceReport> {
  // dist/server.js and dist/reviewWorker.js sit side by side.
  const worker = new Worker(path.join(__dirname, 'reviewWorker.js'));
  const post = (request: ReviewRequest) => worker.postMessage(request);
  let percent = 0;
  return new Promise<WorkspaceReport>((resolve, reject) => {
    token.onCancellationRequested(() => post({ type: 'cancel' }));
    worker.on('message', (message: ReviewMessage) => {
      if (message.type === 'progress') {
        const now = Math.floor((message.done / message.total) * 100);
        // At most one `$/progress` a percent: thousands of files send a hundred, not thousands.
        if (now > percent || message.done === message.total) {
          percent = now;
          progress.report(now, `${message.done} of ${message.total} files`);
        }
      } else if (message.type === 'log') context.log(message.message);
      else if (message.type === 'config-error') context.configError(message);
      else if (message.type === 'done') resolve(message.report);
      else reject(new Error(`the review failed: ${message.message}`));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the review stopped (exit code ${code})`)));
    post({ type: 'review', files, settings: context.settings, pageWorkers: 1 });
  }).finally(() => void worker.terminate());
}
