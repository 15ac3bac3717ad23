/**
 * The whole-page axe worker (a worker thread): one jsdom window for its whole life, pages
 * swapped in one at a time. Messages: `{ type: 'run', id, html, rules }` → `{ id, ok, answers,
 * heapMb }` (its heap after the page, so the pool can replace a worker that grew) or
 * `{ id, ok: false, error }`. `{ type: 'crash' }` makes the thread fail the way a crash
 * would (an uncaught exception), so the pool's recovery can be tested for real.
 */
import { readFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { JSDOM, VirtualConsole } from 'jsdom';
import { createPageAxe } from './pageAxe.js';

type Request =
  | { readonly type: 'run'; readonly id: number; readonly html: string; readonly rules: readonly string[] }
  | { readonly type: 'crash' };

const port = parentPort;
if (!port) throw new Error('pageWorker runs as a worker thread');
const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
  runScripts: 'outside-only',
  // jsdom's "not implemented" messages (canvas, scrolling) are expected without layout.
  virtualConsole: new VirtualConsole(),
});
const axe = createPageAxe(dom.window, readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));

port.on('message', (request: Request) => {
  if (request.type === 'crash') {
    setImmediate(() => {
      throw new Error('crash requested');
    });
    return;
  }
  axe.run(request.html, request.rules).then(
    (answers) =>
      port.postMessage({ id: request.id, ok: true, answers, heapMb: getHeapStatistics().used_heap_size / 1024 / 1024 }),
    (error: unknown) =>
      port.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});
port.postMessage({ ready: true });
