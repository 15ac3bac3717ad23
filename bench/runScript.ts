/**
 * Runs one bench tool script (bench/tools/<script>) in its own process on a list of files and
 * returns the JSON line it prints last. Shared by the sections of bench/run.ts and bench/real.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..');
const WORK = path.join(ROOT, 'bench', 'corpus');

export function runScript<T>(
  script: string,
  tool: string,
  files: readonly string[],
  label: string,
  extra: string[] = [],
): T {
  mkdirSync(WORK, { recursive: true });
  const list = path.join(WORK, `${label}-${tool}.json`);
  writeFileSync(list, JSON.stringify(files));
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'tools', script), tool, list, ...extra],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(output.trim().split('\n').pop()!) as T;
}

/** What bench/tools/page-tool.ts prints: whole-page runs on a list of pages. */
export interface PageResult {
  tool: string;
  pages: number;
  ms: number;
  findings: number;
  medianMs: number;
  maxMs: number;
  perPage: number[];
  peakRssMb: number;
}

export function runPageTool(mode: string, files: readonly string[], label: string): PageResult {
  return runScript<PageResult>('page-tool.ts', mode, files, label);
}
