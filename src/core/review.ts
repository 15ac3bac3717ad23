/**
 * Reviewing many files: each one read (readFile.ts), configured, linted (engine.ts, with the
 * whole-page run when a page runner is given), then the workspace-level rules across them
 * (workspaceRules.ts) and one report (combineReports). A file that cannot be read or
 * configured gets a notice, never an exception.
 */
import { defaultConfig, type ResolvedConfig } from './config/config.js';
import type { PageRunner } from './axe/pageRunner.js';
import { combineReports, emptyReport, lint } from './engine.js';
import { MessageResolver } from './catalog/resolve.js';
import { languageForFile } from './parse/index.js';
import { readSourceText, textOf } from './readFile.js';
import type { FileReport, NoticeCode, WorkspaceReport } from './report.js';
import type { Severity } from './vocabulary.js';
import { applyWorkspaceRules } from './workspaceRules.js';
import { leaveOutUnshownMessages, linkMessageUses } from './messageUses.js';

export interface ReviewFile {
  readonly path: string;
  /** The text, when the caller has it (an open editor); read from disk otherwise. */
  readonly content?: string | Uint8Array;
}

export interface ReviewOptions {
  readonly signal?: AbortSignal;
  /** Runs the whole-page axe rules too, in these workers (several files at a time). */
  readonly pageRunner?: PageRunner;
  readonly onProgress?: (progress: { done: number; total: number; file: string }) => void;
  readonly log?: (message: string) => void;
  /**
   * Finds messages named in a file and written in another (catalog/resolve.ts). Without one,
   * a resolver kept for this process: right for a run over files that do not change (the CLI);
   * a long-lived host (the extension) passes its own and tells it when a catalog changes.
   */
  readonly messages?: MessageResolver;
}

let processResolver: MessageResolver | undefined;
function resolverOf(options: Pick<ReviewOptions, 'messages'>): MessageResolver {
  return options.messages ?? (processResolver ??= new MessageResolver());
}

export type ConfigSource = ResolvedConfig | ((file: string) => Promise<ResolvedConfig>);

/** Reviews many files; a file that cannot be read or configured gets a notice, not an exception. */
export async function review(
  files: readonly ReviewFile[],
  config: ConfigSource = defaultConfig(),
  options: ReviewOptions = {},
): Promise<WorkspaceReport> {
  const started = Date.now();
  const reports: FileReport[] = [];
  let cancelled = false;
  const texts = new Map<string, string>();
  const configs = new Map<string, ResolvedConfig>();
  // With page runs, a few files are in flight at once so every worker has work; reports keep
  // the files' order.
  const inFlight = options.pageRunner ? options.pageRunner.capacity * 2 : 1;
  const slots: Array<FileReport | undefined> = new Array(files.length);
  let next = 0;
  let done = 0;
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      if (options.signal?.aborted) {
        cancelled = true;
        return;
      }
      const index = next++;
      const file = files[index]!;
      const { report, text, config: fileConfig } = await reviewOne(file, config, options);
      slots[index] = report;
      if (text !== undefined && Object.values(report.collected).some((items) => items.length > 0))
        texts.set(report.fileName, text);
      if (fileConfig) configs.set(report.fileName, fileConfig);
      options.onProgress?.({ done: ++done, total: files.length, file: file.path });
      // Let cancellation and other work in through between files.
      if (done % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, files.length) }, lane));
  for (const report of slots) if (report) reports.push(report);
  if (!cancelled) {
    applyWorkspaceRules(reports, texts, configs, options.log);
    linkMessageUses(reports);
    const unshown = leaveOutUnshownMessages(reports);
    if (unshown > 0)
      options.log?.(`${unshown} finding(s) on catalog strings no reviewed file shows left out (see docs/catalogs.md)`);
  }
  return combineReports(reports, { cancelled, durationMs: Date.now() - started });
}

export async function reviewFile(
  file: ReviewFile,
  config: ConfigSource,
  options: Pick<ReviewOptions, 'log' | 'pageRunner' | 'signal' | 'messages'> = {},
): Promise<FileReport> {
  return (await reviewOne(file, config, options)).report;
}

async function reviewOne(
  file: ReviewFile,
  config: ConfigSource,
  options: Pick<ReviewOptions, 'log' | 'pageRunner' | 'signal' | 'messages'>,
): Promise<{ report: FileReport; text?: string; config?: ResolvedConfig }> {
  const language = languageForFile(file.path);
  const failed = (code: NoticeCode, message: string, severity: Severity = 'warning') => ({
    report: emptyReport(file.path, language, [{ code, severity, message, fileName: file.path }]),
  });
  if (!language) return failed('not-applicable', 'Touchpoint does not read this kind of file', 'info');
  let resolved: ResolvedConfig;
  try {
    resolved = typeof config === 'function' ? await config(file.path) : config;
  } catch (error) {
    return failed('config-error', error instanceof Error ? error.message : String(error), 'error');
  }
  const read =
    typeof file.content === 'string'
      ? { text: file.content }
      : file.content
        ? textOf(file.content)
        : await readSourceText(file.path, resolved.maxFileSize);
  if (!('text' in read)) return failed(read.code, read.message, read.severity);
  const { text } = read;
  const lintOptions = { fileName: file.path, log: options.log, messages: resolverOf(options) };
  const report = options.pageRunner
    ? await lint(text, language, resolved, {
        ...lintOptions,
        runner: options.pageRunner,
        signal: options.signal,
      })
    : lint(text, language, resolved, lintOptions);
  return { report, text, config: resolved };
}
