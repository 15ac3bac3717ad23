/**
 * A pool of whole-page axe workers (pageWorker.ts), each with one long-lived jsdom window.
 * Every run has a time limit and can be cancelled; a time-out, a crash or a cancel ends that
 * worker (a new one starts for the next page) and comes back as a reason, never as a throw, so
 * a file is reported "not checked" and nothing else is lost. A jsdom window keeps memory from
 * page to page (about 3 MB a page on generated pages, measured), so a worker whose heap has
 * grown past `recycleHeapMb` (RECYCLE_HEAP_MB) after a page is replaced by a fresh one for the next.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PageAnswer } from './pageAxe.js';

export type PageRunOutcome =
  { readonly ok: true; readonly answers: readonly PageAnswer[] } | { readonly ok: false; readonly reason: string };

export interface PageRunnerOptions {
  /** Worker threads (default: cores − 1, at least 1). */
  readonly workers?: number;
  /** Time limit per page (default 20 s). */
  readonly timeoutMs?: number;
  /** A worker whose heap is over this after a page is replaced (default RECYCLE_HEAP_MB). */
  readonly recycleHeapMb?: number;
}

/** A page worker's heap after which it is replaced (its setup costs about half a second). */
export const RECYCLE_HEAP_MB = 256;

interface Job {
  readonly html: string;
  readonly rules: readonly string[];
  readonly signal?: AbortSignal;
  readonly resolve: (outcome: PageRunOutcome) => void;
  /** Test hook: make the worker crash instead of running. */
  readonly crash?: boolean;
}

interface Slot {
  readonly worker: Worker;
  job?: Job & { readonly id: number; readonly timer: NodeJS.Timeout; readonly onAbort: () => void };
}

/** The worker: bundled next to the bundle, or (tests, bench) the TypeScript source through tsx. */
function createWorker(): Worker {
  const bundled = path.join(__dirname, 'pageWorker.js');
  // jsdom allocates many short-lived objects per page: a larger young generation means fewer
  // scavenges (measured with `npm run bench -- page`).
  // A bounded heap: a page too big for it (a 2 MB page, which also outlasts the time limit)
  // ends its worker, and that page is reported not checked, instead of the process growing.
  const resourceLimits = { maxYoungGenerationSizeMb: 64, maxOldGenerationSizeMb: 768 };
  if (existsSync(bundled)) return new Worker(bundled, { resourceLimits });
  const source = path.join(__dirname, 'pageWorker.ts');
  return new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(source)});`, {
    eval: true,
    resourceLimits,
  });
}

export class PageRunner {
  private readonly size: number;
  private readonly timeoutMs: number;
  private readonly recycleHeapMb: number;
  /** Workers started and workers replaced for their heap, since this runner was made. */
  readonly workerCounts = { started: 0, recycled: 0 };
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: PageRunnerOptions = {}) {
    this.size = Math.max(1, options.workers ?? availableParallelism() - 1);
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.recycleHeapMb = options.recycleHeapMb ?? RECYCLE_HEAP_MB;
  }

  /** How many pages run at once. */
  get capacity(): number {
    return this.size;
  }

  /** Runs the rules on one page; resolves with the answers or with why there are none. */
  run(html: string, rules: readonly string[], signal?: AbortSignal): Promise<PageRunOutcome> {
    return this.submit({ html, rules, signal });
  }

  /** Test hook: sends a page to a worker that then crashes. */
  crashForTest(): Promise<PageRunOutcome> {
    return this.submit({ html: '', rules: [], crash: true });
  }

  /** Ends every worker; pending and later runs resolve as not run. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve({ ok: false, reason: 'the checker was stopped' });
    await Promise.all(this.slots.splice(0).map((slot) => this.end(slot, 'the checker was stopped')));
  }

  private submit(job: Omit<Job, 'resolve'>): Promise<PageRunOutcome> {
    return new Promise((resolve) => {
      if (this.closed) return resolve({ ok: false, reason: 'the checker was stopped' });
      if (job.signal?.aborted) return resolve({ ok: false, reason: 'cancelled' });
      const queued: Job = { ...job, resolve };
      const onAbort = () => {
        const at = this.queue.indexOf(queued);
        if (at >= 0) {
          this.queue.splice(at, 1);
          resolve({ ok: false, reason: 'cancelled' });
        }
      };
      job.signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push({
        ...queued,
        resolve: (outcome) => {
          job.signal?.removeEventListener('abort', onAbort);
          resolve(outcome);
        },
      });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((candidate) => !candidate.job);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      this.start(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot {
    const worker = createWorker();
    this.workerCounts.started++;
    const slot: Slot = { worker };
    worker.on(
      'message',
      (message: { id?: number; ok?: boolean; answers?: PageAnswer[]; error?: string; heapMb?: number }) => {
        const job = slot.job;
        if (!job || message.id !== job.id) return;
        if ((message.heapMb ?? 0) > this.recycleHeapMb) this.retire(slot);
        this.finish(
          slot,
          message.ok
            ? { ok: true, answers: message.answers ?? [] }
            : { ok: false, reason: `axe-core failed (${message.error})` },
        );
      },
    );
    worker.on('error', (error) => this.fail(slot, `the accessibility checker crashed (${error.message})`));
    worker.on('exit', (code) => this.fail(slot, `the accessibility checker stopped (exit code ${code})`));
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, job: Job): void {
    const id = this.nextId++;
    const timer = setTimeout(
      () =>
        void this.end(
          slot,
          `it took longer than ${this.timeoutMs >= 1000 ? `${Math.round(this.timeoutMs / 100) / 10} s` : `${this.timeoutMs} ms`} (the time limit)`,
        ),
      this.timeoutMs,
    );
    const onAbort = () => void this.end(slot, 'cancelled');
    job.signal?.addEventListener('abort', onAbort, { once: true });
    slot.job = { ...job, id, timer, onAbort };
    slot.worker.ref();
    slot.worker.postMessage(job.crash ? { type: 'crash' } : { type: 'run', id, html: job.html, rules: job.rules });
  }

  private finish(slot: Slot, outcome: PageRunOutcome): void {
    const job = slot.job;
    if (!job) return;
    clearTimeout(job.timer);
    job.signal?.removeEventListener('abort', job.onAbort);
    slot.job = undefined;
    slot.worker.unref();
    job.resolve(outcome);
    this.pump();
  }

  /** A worker that failed is removed; its page resolves with the reason. */
  private fail(slot: Slot, reason: string): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    this.finish(slot, { ok: false, reason });
  }

  /** Takes a worker out of the pool after its page, and stops it; the next page gets a fresh one. */
  private retire(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    this.workerCounts.recycled++;
    slot.worker.removeAllListeners('exit');
    void slot.worker.terminate();
  }

  /** Stops a worker (time-out, cancel, close); its page resolves with the reason. */
  private async end(slot: Slot, reason: string): Promise<void> {
    this.fail(slot, reason);
    await slot.worker.terminate();
  }
}
