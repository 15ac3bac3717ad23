/**
 * The `memory` bench section, against the targets of docs/reliability.md:
 *   - one lint of a 2 MB file (HTML and TSX, just under the default size limit) by one lint
 *     worker, as the CLI runs it (`--workers 1`), static pass only and with the whole-page axe
 *     run: the peak resident memory of the process, and the worker's share of it (that peak less
 *     the main thread's own, measured on a one-line file); target: the share ≤ 400 MB;
 *   - real VS Code (code-server, as the integration tests run it) on a generated workspace of
 *     5,000 files, Review Workspace: the extension host before Touchpoint is active, idle, peak
 *     and settled after the review (issue 18's target: it grows by ≤ 50 MB with Touchpoint
 *     active), and the language server, where the review runs, idle, peak and after (target:
 *     ≤ 300 MB above idle after the review). It takes minutes: TOUCHPOINT_BENCH_HOST_FILES=0
 *     leaves it out, another number changes the workspace size.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { htmlFile, jsxFile, random, writeCorpus } from './corpus.js';

const ROOT = path.join(__dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const RSS_PRELOAD = path.join(__dirname, 'tools', 'max-rss.cjs');
const WORKER_TARGET_MB = 400;
const HOST_TARGET_MB = 50;
const SERVER_TARGET_MB = 300;

/** A generated file of about `bytes`, from the corpus's blocks (forms, links, images, tables…). */
function fileOfSize(kind: 'html' | 'tsx', bytes: number): string {
  const make = (lines: number) =>
    kind === 'html' ? htmlFile(lines, random(3), 1) : jsxFile(lines, random(3), 1, true);
  // Lines per byte from a sample, then smaller until it fits (blocks vary in size).
  let lines = Math.floor((2000 * bytes) / Buffer.byteLength(make(2000)));
  for (;;) {
    const text = make(lines);
    if (Buffer.byteLength(text) <= bytes) return text;
    lines = Math.floor(lines * 0.98);
  }
}

function peakRss(args: string[], cwd: string): { peakMb: number; ms: number; status: number | null } {
  const rssFile = path.join(cwd, 'peak-rss.txt');
  rmSync(rssFile, { force: true });
  const started = Date.now();
  const result = spawnSync(process.execPath, ['-r', RSS_PRELOAD, CLI, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', CI: '1', TOUCHPOINT_BENCH_RSS_FILE: rssFile },
  });
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`touchpoint ${args.join(' ')} failed (exit ${result.status}): ${result.stderr.slice(0, 2000)}`);
  return { peakMb: Number(readFileSync(rssFile, 'utf8')) / 1024, ms: Date.now() - started, status: result.status };
}

const verdict = (value: number, target: number) => (value <= target ? 'within target' : 'OVER TARGET');

export function memorySection(results: Record<string, unknown>): void {
  const work = path.join(tmpdir(), 'touchpoint-bench-memory');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const size = 2 * 1024 * 1024 - 16 * 1024; // just under the default limit
  const rows: Array<Record<string, unknown>> = [];
  const tiny = path.join(work, 'tiny.html');
  writeFileSync(tiny, '<p>Hello</p>\n');
  const base = peakRss([tiny, '--no-config', '--workers', '0', '--no-page-axe'], work).peakMb;
  console.log(
    `\nMemory: one lint of a 2 MB file by one lint worker (target: its share ≤ ${WORKER_TARGET_MB} MB; the main thread alone: ${base.toFixed(0)} MB)`,
  );
  console.log(
    `  ${'file'.padEnd(32)} ${'process'.padStart(8)}  ${'worker'.padStart(7)}  ${'wall'.padStart(7)}  findings`,
  );
  for (const kind of ['html', 'tsx'] as const) {
    const file = path.join(work, `big.${kind}`);
    writeFileSync(file, fileOfSize(kind, size));
    const bytes = Buffer.byteLength(readFileSync(file));
    for (const page of kind === 'html' ? [false, true] : [false]) {
      const args = [file, '--no-config', '--workers', '1', '-f', 'json', '-o', path.join(work, 'out.json')];
      const run = peakRss(page ? args : [...args, '--no-page-axe'], work);
      // Listed findings and those past the per-rule cap (findings-capped notices).
      const report = JSON.parse(readFileSync(path.join(work, 'out.json'), 'utf8')) as {
        files: Array<{ findings: unknown[]; notices: Array<{ code: string; count?: number }> }>;
      };
      let findings = 0;
      for (const { findings: listed, notices } of report.files) {
        findings += listed.length;
        for (const notice of notices) if (notice.code === 'findings-capped') findings += notice.count ?? 0;
      }
      const share = run.peakMb - base;
      const label = `${kind.toUpperCase()} ${(bytes / 1024 / 1024).toFixed(2)} MB${page ? ', whole-page axe' : ''}`;
      console.log(
        `  ${label.padEnd(32)} ${`${run.peakMb.toFixed(0)} MB`.padStart(8)}  ${`${share.toFixed(0)} MB`.padStart(7)}  ${`${(run.ms / 1000).toFixed(1)} s`.padStart(7)}  ${String(findings).padStart(8)}  ${verdict(share, WORKER_TARGET_MB)}`,
      );
      rows.push({ label, bytes, peakRssMb: run.peakMb, workerShareMb: share, ms: run.ms, findings });
    }
  }
  results.memoryLint = { mainThreadMb: base, rows };

  const hostFiles = Number(process.env.TOUCHPOINT_BENCH_HOST_FILES ?? '5000');
  if (hostFiles <= 0) {
    console.log('\nMemory: extension host left out (TOUCHPOINT_BENCH_HOST_FILES=0)');
    return;
  }
  const workspace = path.join(work, 'workspace');
  writeCorpus(workspace, hostFiles, 11);
  const figuresFile = path.join(work, 'host.json');
  console.log(`\nMemory: the extension host in code-server, Review Workspace on ${hostFiles} generated files…`);
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'test', 'integration', 'runCodeServer.ts'), '--memory', workspace, figuresFile],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (run.status !== 0)
    throw new Error(`the extension host run failed (exit ${run.status}):\n${run.stdout.slice(-3000)}`);
  const host = JSON.parse(readFileSync(figuresFile, 'utf8')) as {
    files: number;
    findings: number;
    ms: number;
    inactiveRssMb: number | null;
    idleRssMb: number;
    peakRssMb: number;
    afterRssMb: number;
    liveHeapIdleMb?: number;
    liveHeapAfterMb?: number;
    serverIdleRssMb: number;
    serverPeakRssMb: number;
    serverAfterRssMb: number;
  };
  // Growth with Touchpoint active: from the host before activation when the run saw it.
  const before = host.inactiveRssMb ?? host.idleRssMb;
  const growth = host.afterRssMb - before;
  const serverGrowth = host.serverAfterRssMb - host.serverIdleRssMb;
  const mb = (value: number) => `${value.toFixed(0)} MB`;
  console.log(`  ${host.files} files, ${host.findings} findings, ${(host.ms / 1000).toFixed(0)} s`);
  console.log(
    `  extension host: ${host.inactiveRssMb === null ? '' : `before Touchpoint ${mb(host.inactiveRssMb)}, `}idle ${mb(host.idleRssMb)}, peak ${mb(host.peakRssMb)}, after ${mb(host.afterRssMb)}: ${mb(growth)} above ${host.inactiveRssMb === null ? 'idle' : 'the host before Touchpoint'} (target ≤ ${HOST_TARGET_MB} MB) ${verdict(growth, HOST_TARGET_MB)}`,
  );
  if (host.liveHeapIdleMb !== undefined && host.liveHeapAfterMb !== undefined)
    console.log(
      `  extension host's live heap (after a full collection): idle ${mb(host.liveHeapIdleMb)}, after ${mb(host.liveHeapAfterMb)} (the rest of the growth is heap V8 keeps after the peak)`,
    );
  console.log(
    `  language server: idle ${mb(host.serverIdleRssMb)}, peak ${mb(host.serverPeakRssMb)}, after ${mb(host.serverAfterRssMb)}: ${mb(serverGrowth)} above idle (target ≤ ${SERVER_TARGET_MB} MB) ${verdict(serverGrowth, SERVER_TARGET_MB)}`,
  );
  results.memoryHost = { ...host, growthMb: growth, serverGrowthMb: serverGrowth };
}
