/**
 * Not a test of behaviour: the extension host's memory, for `npm run bench` (runCodeServer.ts
 * --memory, which opens a generated workspace). It samples the host's resident memory while it
 * idles, during Review Workspace and after it, and writes the figures to
 * $TOUCHPOINT_MEMORY_OUT. Only the memory run loads this file (suite/index.ts).
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { WorkspaceReport } from '../../../src/core/index.js';

const MB = 1024 * 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The lowest resident size over a few seconds: what the host holds, not a passing peak. */
async function settledRss(seconds: number): Promise<number> {
  let lowest = Infinity;
  for (let i = 0; i < seconds * 4; i++) {
    lowest = Math.min(lowest, process.memoryUsage().rss);
    await sleep(250);
  }
  return lowest;
}

suite('Extension host memory (bench)', () => {
  test('Review Workspace on the generated workspace', async function () {
    this.timeout(30 * 60_000);
    const out = process.env.TOUCHPOINT_MEMORY_OUT;
    assert.ok(out, 'TOUCHPOINT_MEMORY_OUT names the figures file');
    await vscode.extensions.getExtension('touchpoint.touchpoint')?.activate();
    const idle = await settledRss(5);
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    const started = Date.now();
    const report = await vscode.commands.executeCommand<WorkspaceReport>('touchpoint.reviewWorkspace');
    const ms = Date.now() - started;
    clearInterval(sampler);
    assert.ok(report && !report.cancelled, 'the review finished');
    const after = await settledRss(10);
    const figures = {
      files: report.files.length,
      findings: report.findingCount,
      ms,
      idleRssMb: idle / MB,
      peakRssMb: peak / MB,
      afterRssMb: after / MB,
      heapUsedAfterMb: process.memoryUsage().heapUsed / MB,
    };
    writeFileSync(out, JSON.stringify(figures));
    console.log(`TOUCHPOINT_MEMORY ${JSON.stringify(figures)}`);
  });
});
