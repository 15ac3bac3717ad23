/**
 * Not a test of behaviour: the memory of the extension host and of the Touchpoint language
 * server, for `npm run bench` (runCodeServer.ts --memory, which opens a generated workspace).
 * It samples both processes' resident memory before Touchpoint is active (the host), while they
 * idle, during Review Workspace and after it, and writes the figures to $TOUCHPOINT_MEMORY_OUT.
 * Only the memory run loads this file (suite/index.ts).
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as vscode from 'vscode';
import type { ReviewOutcome } from '../../../src/extension/workspaceReview.js';
import { serverPids } from './helpers.js';

const MB = 1024 * 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A process's resident size in bytes (Linux: /proc), 0 when it is gone. */
function rssOf(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The lowest resident size over a few seconds: what a process holds, not a passing peak. */
async function settledRss(seconds: number, rss = () => process.memoryUsage().rss): Promise<number> {
  let lowest = Infinity;
  for (let i = 0; i < seconds * 4; i++) {
    lowest = Math.min(lowest, rss());
    await sleep(250);
  }
  return lowest;
}

/**
 * The host's live heap in bytes: what it holds after a full collection (V8's `gc`, reached
 * through a fresh context once the flag is set), apart from the memory a heap keeps after a peak.
 */
function liveHeap(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

suite('Extension host memory (bench)', () => {
  test('Review Workspace on the generated workspace', async function () {
    this.timeout(30 * 60_000);
    const out = process.env.TOUCHPOINT_MEMORY_OUT;
    assert.ok(out, 'TOUCHPOINT_MEMORY_OUT names the figures file');
    const extension = vscode.extensions.getExtension('touchpoint.touchpoint');
    assert.ok(extension, 'the extension is installed');
    // The host without Touchpoint, when the workspace did not activate it already.
    const inactive = extension.isActive ? undefined : await settledRss(5);
    await extension.activate();
    const idle = await settledRss(5);
    const idleHeap = liveHeap();
    const server = serverPids()[0];
    assert.ok(server, 'the language server runs');
    const serverIdle = await settledRss(5, () => rssOf(server));
    let peak = process.memoryUsage().rss;
    let serverPeak = serverIdle;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
      serverPeak = Math.max(serverPeak, rssOf(server));
    }, 100);
    const started = Date.now();
    const outcome = await vscode.commands.executeCommand<ReviewOutcome>('touchpoint.reviewWorkspace');
    const ms = Date.now() - started;
    clearInterval(sampler);
    assert.ok(outcome?.summary && !outcome.cancelled, 'the review finished');
    const after = await settledRss(10);
    const serverAfter = await settledRss(5, () => rssOf(server));
    const figures = {
      files: outcome.files.length,
      findings: outcome.summary.findingCount,
      ms,
      inactiveRssMb: inactive === undefined ? null : inactive / MB,
      idleRssMb: idle / MB,
      peakRssMb: peak / MB,
      afterRssMb: after / MB,
      heapUsedAfterMb: process.memoryUsage().heapUsed / MB,
      liveHeapIdleMb: idleHeap / MB,
      liveHeapAfterMb: liveHeap() / MB,
      serverIdleRssMb: serverIdle / MB,
      serverPeakRssMb: serverPeak / MB,
      serverAfterRssMb: serverAfter / MB,
    };
    writeFileSync(out, JSON.stringify(figures));
    console.log(`TOUCHPOINT_MEMORY ${JSON.stringify(figures)}`);
  });
});
