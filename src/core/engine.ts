/**
 * The engine: `lint(text, language, config)` for one text and `review(files, config)` for many.
 * Both return plain data (report.ts). One rule throwing is logged as a notice and skipped; the
 * rest of the report stands. Nothing here knows about VS Code or the terminal.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { defaultConfig, type ResolvedConfig } from './config/config.js';
import type { SourceLanguage, SourceRange, UiElement } from './model.js';
import { isPage as isPageDocument } from './pages.js';
import { languageForFile, parseDocument } from './parse/index.js';
import { LineIndex } from './parse/lineIndex.js';
import type { FileReport, Finding, Notice, NoticeCode, RuleTally, WorkspaceReport } from './report.js';
import type { PageAnswer } from './axe/pageAxe.js';
import { renderPage } from './axe/pageHtml.js';
import type { PageRunner } from './axe/pageRunner.js';
import { NOT_CHECKED_STATICALLY, TWINS } from './rules/a11y/axe.js';
import { getRule, rules as allRules } from './rules/index.js';
import {
  docsUrl,
  type AnyRule,
  type CollectedItem,
  type ReportDescriptor,
  type RuleContext,
  type Severity,
} from './rules/types.js';
import { UnreadableFileError, readRegularFile } from './readFile.js';
import { plural } from './plural.js';
import { addTallies, scoreFiles, scoreTallies, type Score } from './score.js';
import { directiveCovers, parseDirectives, type Directive } from './suppressions.js';

export interface LintOptions {
  readonly fileName?: string;
  /** Where rule crashes are logged (the extension's output channel, the CLI's stderr). */
  readonly log?: (message: string) => void;
  /** The whole-page axe run's answers by axe rule id (lintWithPage fills it in). */
  readonly pageRun?: ReadonlyMap<string, readonly PageAnswer[]>;
  /** Why the whole-page axe run did not happen for this file (time-out, crash…). */
  readonly pageNotChecked?: string;
}

/** Lints one text. Never throws for any input text. */
export function lint(
  text: string,
  language: SourceLanguage,
  config: ResolvedConfig = defaultConfig(),
  options: LintOptions = {},
): FileReport {
  return lintText(text, language, config, options);
}

/** `lint`, reusing a parse already made for the same text and config (the page run's). */
function lintText(
  text: string,
  language: SourceLanguage,
  config: ResolvedConfig,
  options: LintOptions,
  parsed?: ReturnType<typeof parseDocument>,
): FileReport {
  const fileName = options.fileName ?? '';
  const notices: Notice[] = [];
  const lines = new LineIndex(text);
  const notice = (
    code: NoticeCode,
    severity: Severity,
    message: string,
    range?: SourceRange,
    ruleId?: string,
  ): void => {
    const start = range ? lines.positionAt(range.start) : undefined;
    notices.push({
      code,
      severity,
      message,
      fileName,
      range,
      ruleId,
      location: start ? { line: start.line + 1, column: start.character + 1 } : undefined,
    });
  };
  const unchecked = (code: NoticeCode, message: string): FileReport => {
    notice(code, 'info', message);
    return emptyReport(fileName, language, notices);
  };

  if (text.length > config.maxFileSize) {
    return unchecked(
      'not-checked',
      `This file is larger than the ${formatBytes(config.maxFileSize)} limit (maxFileSize), so it was not checked`,
    );
  }
  const outcome = parsed ?? parseDocument(text, language, fileName, { components: config.components });
  if (!outcome.ok) return unchecked(outcome.code, outcome.reason);
  const document = outcome.document;
  if (document.problems.length > 0) {
    const first = document.problems[0]!;
    notice(
      'parse-problem',
      'info',
      `Parts of this file could not be parsed (${first.message}); findings cover what could be read`,
      first.range,
    );
  }

  const isPage = isPageDocument(document, matchesAny(fileName, config.pages, config.baseDirectory));
  const findings: Finding[] = [];
  const tallies: Record<string, RuleTally> = {};
  const collected: Record<string, CollectedItem[]> = {};
  for (const [ruleId, ruleConfig] of config.rules) {
    const rule = getRule(ruleId);
    if (!rule || !rule.languages.includes(document.kind) || (rule.page && !isPage)) continue;
    const ruleFindings: Finding[] = [];
    const tally: RuleTally = { examined: 0, failed: 0 };
    const examinedElements = new Set<UiElement>();
    try {
      const context: RuleContext<unknown> = {
        document,
        options: ruleConfig.options,
        baseDirectory: config.baseDirectory ?? repositoryRoot(fileName),
        pageRun: options.pageRun,
        examined(element) {
          if (element && examinedElements.has(element)) return;
          if (element) examinedElements.add(element);
          tally.examined++;
        },
        note(message, range) {
          if (!notices.some((existing) => existing.code === 'not-checked' && existing.message === message))
            notice('not-checked', 'info', message, range);
        },
        report(descriptor) {
          ruleFindings.push(toFinding(rule, ruleConfig.severity, descriptor, document.text, fileName, lines));
        },
      };
      rule.check(context);
      if (rule.workspace) collected[ruleId] = rule.workspace.collect(context);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      options.log?.(
        `Rule ${ruleId} failed on ${fileName || 'a document'}: ${error instanceof Error ? error.stack : message}`,
      );
      notice(
        'rule-failed',
        'warning',
        `The rule ${ruleId} failed on this file (${message}); its results were left out`,
        undefined,
        ruleId,
      );
      continue;
    }
    tallies[ruleId] = tally;
    for (const finding of ruleFindings) findings.push(finding);
  }

  if (options.pageNotChecked)
    notice('not-checked', 'warning', `Whole-page accessibility checks did not run: ${options.pageNotChecked}`);
  const directives = parseDirectives(document.comments, lines);
  const { kept, suppressed } = applySuppressions(
    withoutTwins(findings, document.text, new Set(Object.keys(tallies))),
    directives,
    lines,
    notice,
    config,
  );
  // Tallies count every finding, listed or not (MAX_FINDINGS_PER_RULE), so the cap leaves the
  // score as it was. What counts in the score (score.ts): high-confidence findings, and those
  // suppressed without a reason; low-confidence ones and those suppressed with a reason are
  // counted apart.
  for (const finding of kept) countFinding(tallies[finding.ruleId]!, finding, false);
  for (const { finding, reason } of suppressed) countFinding(tallies[finding.ruleId]!, finding, reason !== undefined);
  kept.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  const { listed, capped } = capPerRule(kept);
  for (const notice of capped) notices.push(notice);
  const activeRules = [...config.rules.keys()]
    .map((id) => getRule(id))
    .filter((rule): rule is AnyRule => rule !== undefined);
  return {
    fileName,
    language,
    checked: true,
    findings: listed,
    notices,
    tallies,
    suppressed: suppressed.length,
    page: isPage,
    score: scoreTallies(tallies, activeRules),
    suppressions: directives.map(({ ruleIds, fromLine, toLine, reason }) =>
      reason === undefined ? { ruleIds, fromLine, toLine } : { ruleIds, fromLine, toLine, reason },
    ),
    collected,
  };
}

/** A file's score from its tallies alone (rules this version lacks are left out). */
export function scoreOfTallies(tallies: Readonly<Record<string, RuleTally>>): Score {
  const ran = Object.keys(tallies)
    .map((id) => getRule(id))
    .filter((rule): rule is AnyRule => rule !== undefined);
  return scoreTallies(tallies, ran);
}

/**
 * At most this many findings of one rule are listed for a file, the first in the file; a
 * `findings-capped` notice says how many more there are. One 1.9 MB page broke a few rules on
 * every block (53,710 findings) and took the extension host to 2 GB: past a hundred of one
 * kind, a list says nothing more (the cause is one pattern), and the extension shows at most
 * 1,000 diagnostics a file anyway. The tallies, and so the score, still count every finding.
 */
export const MAX_FINDINGS_PER_RULE = 100;

/** The findings to list (sorted, in place order) and a notice for each rule over the limit. */
function capPerRule(findings: readonly Finding[]): { listed: Finding[]; capped: Notice[] } {
  const counts = new Map<string, number>();
  const firstLeftOut = new Map<string, Finding>();
  const listed: Finding[] = [];
  for (const finding of findings) {
    const count = (counts.get(finding.ruleId) ?? 0) + 1;
    counts.set(finding.ruleId, count);
    if (count <= MAX_FINDINGS_PER_RULE) listed.push(finding);
    else if (!firstLeftOut.has(finding.ruleId)) firstLeftOut.set(finding.ruleId, finding);
  }
  const capped = [...firstLeftOut].map(([ruleId, first]): Notice => {
    const count = counts.get(ruleId)! - MAX_FINDINGS_PER_RULE;
    return {
      code: 'findings-capped',
      severity: 'info',
      message: `${ruleId}: ${plural(count, 'more finding')} not shown (at most ${MAX_FINDINGS_PER_RULE} per rule in a file; the score counts them all)`,
      fileName: first.fileName,
      range: first.range,
      location: { line: first.location.line, column: first.location.column },
      ruleId,
      count,
    };
  });
  return { listed, capped };
}

/**
 * Where an axe rule and one of Touchpoint's report the same element for the same reason
 * (TWINS), Touchpoint's finding stays: it says more and often carries a fix. The same element:
 * Touchpoint's range starts inside the opening tag whose name axe's finding marks (ours may
 * mark an attribute, `placeholder="…"`). Page-level twins (one main heading, a main landmark,
 * a title, a way to bypass the menu) are judged by Touchpoint's rule whenever it ran on the
 * page: it knows which pages the question fits (a standalone demo needs no `<main>`), so
 * axe's answer is dropped whether ours reported or left the page alone.
 */
function withoutTwins(findings: readonly Finding[], text: string, ran: ReadonlySet<string>): Finding[] {
  // Where each rule's findings start, sorted: a page with thousands of both twins is not
  // compared pair by pair.
  const startsByRule = new Map<string, number[]>();
  for (const finding of findings) {
    const starts = startsByRule.get(finding.ruleId);
    if (starts) starts.push(finding.range.start);
    else startsByRule.set(finding.ruleId, [finding.range.start]);
  }
  for (const starts of startsByRule.values()) starts.sort((a, b) => a - b);
  const twinInTag = (axe: Finding, rule: string): boolean => {
    const starts = startsByRule.get(rule);
    if (!starts) return false;
    const tagEnd = text.indexOf('>', axe.range.start);
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! < axe.range.start) low = middle + 1;
      else high = middle;
    }
    return low < starts.length && (tagEnd < 0 || starts[low]! <= tagEnd);
  };
  return findings.filter((finding) => {
    if (finding.area !== 'a11y') return true;
    const twin = TWINS[finding.ruleId.slice('a11y/'.length)];
    if (!twin) return true;
    if (twin.pageLevel) return !ran.has(twin.rule);
    return !twinInTag(finding, twin.rule);
  });
}

/** The axe rule ids of the whole-page rules this config runs on this file. */
function pageRuleIds(config: ResolvedConfig, isPage: boolean): string[] {
  const ids: string[] = [];
  for (const ruleId of config.rules.keys()) {
    const rule = getRule(ruleId);
    if (rule?.pageRun && (!rule.page || isPage)) ids.push(ruleId.slice('a11y/'.length));
  }
  return ids;
}

/**
 * Lints one text with the whole-page axe run as well (on save, on review, in the CLI): the
 * document is rendered to static HTML, run in a worker, and the answers joined to the lint.
 * A time-out, crash or cancel becomes a "not checked" notice; the rest of the report stands.
 */
/**
 * Pages larger than this are not sent to the whole-page run: a 20,000-element page takes about
 * 13 s on a 2-core machine and a 68,000-element one outlasts the 20 s limit, holding about 500 MB
 * of jsdom meanwhile. The outcome is the same "not checked" notice, without the wait.
 */
export const MAX_PAGE_RUN_ELEMENTS = 30_000;

export async function lintWithPage(
  text: string,
  language: SourceLanguage,
  config: ResolvedConfig,
  options: LintOptions & { readonly runner: PageRunner; readonly signal?: AbortSignal },
): Promise<FileReport> {
  const fileName = options.fileName ?? '';
  if (text.length > config.maxFileSize) return lint(text, language, config, options);
  const outcome = parseDocument(text, language, fileName, { components: config.components });
  if (!outcome.ok) return lint(text, language, config, options);
  const isPage = isPageDocument(outcome.document, matchesAny(fileName, config.pages, config.baseDirectory));
  const ids = pageRuleIds(config, isPage);
  if (ids.length === 0) return lintText(text, language, config, options, outcome);
  const elements = outcome.document.elements.length;
  if (elements > MAX_PAGE_RUN_ELEMENTS) {
    const reason = `the page has ${elements} elements, more than the ${MAX_PAGE_RUN_ELEMENTS} it can check within its time limit`;
    return lintText(text, language, config, { ...options, pageNotChecked: reason }, outcome);
  }
  const run = await options.runner.run(renderPage(outcome.document), ids, options.signal);
  if (!run.ok) return lintText(text, language, config, { ...options, pageNotChecked: run.reason }, outcome);
  const byRule = new Map<string, PageAnswer[]>(ids.map((id) => [id, []]));
  for (const answer of run.answers) byRule.get(answer.ruleId)?.push(answer);
  return lintText(text, language, config, { ...options, pageRun: byRule }, outcome);
}

function toFinding(
  rule: AnyRule,
  severity: Severity,
  descriptor: ReportDescriptor,
  text: string,
  fileName: string,
  lines: LineIndex,
  linesOf: (otherFile: string) => LineIndex | undefined = () => undefined,
): Finding {
  const length = text.length;
  const start = clamp(descriptor.range.start, 0, length);
  const end = clamp(descriptor.range.end, start, length);
  const from = lines.positionAt(start);
  const to = lines.positionAt(end);
  return {
    ruleId: rule.id,
    area: rule.area,
    lens: rule.lens,
    metrics: rule.metrics,
    severity,
    impact: rule.impact,
    message: descriptor.detail ? `${rule.help} [${descriptor.detail}]` : rule.help,
    help: rule.help,
    detail: descriptor.detail,
    why: descriptor.why ?? rule.why,
    docsUrl: docsUrl(rule.id),
    fileName,
    range: { start, end },
    location: { line: from.line + 1, column: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1 },
    snippet: text.slice(start, Math.min(end, start + 200)),
    related: descriptor.related?.map((related) => {
      const index = !related.fileName || related.fileName === fileName ? lines : linesOf(related.fileName);
      if (!index) return related;
      const from = index.positionAt(related.range.start);
      const to = index.positionAt(related.range.end);
      return {
        ...related,
        location: {
          line: from.line + 1,
          column: from.character + 1,
          endLine: to.line + 1,
          endColumn: to.character + 1,
        },
      };
    }),
    fix: descriptor.fix,
    confidence: descriptor.confidence ?? 'high',
  };
}

function applySuppressions(
  findings: readonly Finding[],
  directives: readonly Directive[],
  lines: LineIndex,
  notice: (code: NoticeCode, severity: Severity, message: string, range?: SourceRange) => void,
  config: ResolvedConfig,
): { kept: Finding[]; suppressed: Array<{ finding: Finding; reason: string | undefined }> } {
  if (directives.length === 0) return { kept: [...findings], suppressed: [] };
  const used = new Set<number>();
  const kept: Finding[] = [];
  const suppressed: Array<{ finding: Finding; reason: string | undefined }> = [];
  for (const finding of findings) {
    const line = lines.lineAt(finding.range.start);
    const index = directives.findIndex((directive) => directiveCovers(directive, finding.ruleId, line));
    if (index < 0) kept.push(finding);
    else {
      used.add(index);
      suppressed.push({ finding, reason: directives[index]!.reason });
    }
  }
  directives.forEach((directive, index) => {
    const unknown = directive.ruleIds.filter((id) => !getRule(id));
    if (unknown.length > 0) {
      notice(
        'unknown-rule-in-suppression',
        'warning',
        `Unknown rule ${unknown.map((id) => `“${id}”`).join(', ')} in touchpoint-${directive.kind}`,
        directive.range,
      );
    } else if (!used.has(index) && directive.ruleIds.every((id) => config.rules.has(id))) {
      const what = directive.ruleIds.length > 0 ? ` for ${directive.ruleIds.join(', ')}` : '';
      notice(
        'unused-suppression',
        'info',
        `Unused touchpoint-${directive.kind}${what}: nothing here needs it any more`,
        directive.range,
      );
    }
  });
  return { kept, suppressed };
}

function countFinding(tally: RuleTally, finding: Finding, excused: boolean): void {
  if (excused) tally.excused = (tally.excused ?? 0) + 1;
  else if (finding.confidence === 'low') tally.uncertain = (tally.uncertain ?? 0) + 1;
  else tally.failed++;
}

function emptyReport(fileName: string, language: SourceLanguage | undefined, notices: Notice[]): FileReport {
  return {
    fileName,
    language,
    checked: false,
    findings: [],
    notices,
    tallies: {},
    suppressed: 0,
    page: false,
    score: scoreTallies({}, []),
    suppressions: [],
    collected: {},
  };
}

function matchesAny(fileName: string, globs: readonly string[], baseDirectory: string | undefined): boolean {
  if (globs.length === 0 || !fileName) return false;
  const relative = baseDirectory ? path.relative(baseDirectory, fileName) : fileName;
  return picomatch(globs as string[], { dot: true })(relative.split(path.sep).join('/'));
}

const repositoryRoots = new Map<string, string | undefined>();

/**
 * The folder holding `.git` above a file: what the site-structure rules count from when no
 * config file (nor the CLI's folder reviewed) says. Undefined for unsaved text or no repository.
 */
function repositoryRoot(fileName: string): string | undefined {
  if (!path.isAbsolute(fileName)) return undefined;
  const directory = path.dirname(fileName);
  if (repositoryRoots.has(directory)) return repositoryRoots.get(directory);
  const parent = path.dirname(directory);
  const root = existsSync(path.join(directory, '.git'))
    ? directory
    : parent === directory
      ? undefined
      : repositoryRoot(path.join(parent, 'file'));
  repositoryRoots.set(directory, root);
  return root;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`
    : `${Math.round(bytes / 1024)} KB`;
}

// ——— workspace review ———

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
}

export type ConfigSource = ResolvedConfig | ((file: string) => Promise<ResolvedConfig>);

/** Decodes file bytes as UTF-8 (a BOM is dropped, as editors do). */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder(unicodeEncoding(bytes) ?? 'utf-8').decode(bytes);
}

/** UTF-16 by its byte-order mark (Windows editors save it), else undefined. UTF-32's is not UTF-16's. */
function unicodeEncoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** NUL bytes in the first 8 KB, as git decides (UTF-16 text has them, and is not binary). */
function looksBinary(bytes: Uint8Array): boolean {
  return unicodeEncoding(bytes) === undefined && bytes.subarray(0, 8192).includes(0);
}

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
  if (!cancelled) applyWorkspaceRules(reports, texts, configs, options.log);
  return combineReports(reports, { cancelled, durationMs: Date.now() - started });
}

/**
 * One workspace report from file reports: tallies added up, the score recomputed. `review`
 * ends with it; the extension uses it for reviewed + open files, the CLI to merge shards.
 */
export function combineReports(
  files: readonly FileReport[],
  options: { readonly cancelled?: boolean; readonly durationMs?: number } = {},
): WorkspaceReport {
  const tallies: Record<string, RuleTally> = {};
  for (const report of files) addTallies(tallies, report.tallies);
  const a11yRan = Object.keys(tallies).some((id) => getRule(id)?.area === 'a11y');
  return {
    files,
    score: scoreFiles(files.map((report) => report.score)),
    tallies,
    findingCount: files.reduce((sum, report) => sum + report.findings.length, 0),
    cancelled: options.cancelled ?? false,
    durationMs: options.durationMs ?? 0,
    notCheckedStatically: a11yRan
      ? Object.entries(NOT_CHECKED_STATICALLY).map(([id, reason]) => ({ ruleId: `a11y/${id}`, reason }))
      : [],
  };
}

export async function reviewFile(
  file: ReviewFile,
  config: ConfigSource,
  options: Pick<ReviewOptions, 'log' | 'pageRunner' | 'signal'> = {},
): Promise<FileReport> {
  return (await reviewOne(file, config, options)).report;
}

async function reviewOne(
  file: ReviewFile,
  config: ConfigSource,
  options: Pick<ReviewOptions, 'log' | 'pageRunner' | 'signal'>,
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
  let text: string;
  if (typeof file.content === 'string') {
    text = file.content;
  } else {
    try {
      const bytes = file.content ?? (await readRegularFile(file.path, resolved.maxFileSize));
      if (looksBinary(bytes))
        return failed('not-checked', 'This looks like a binary file, so it was not checked', 'info');
      text = decodeText(bytes);
    } catch (error) {
      if (error instanceof UnreadableFileError && error.reason === 'too-large')
        return failed(
          'not-checked',
          `This file is larger than the ${formatBytes(resolved.maxFileSize)} limit (maxFileSize), so it was not checked`,
          'info',
        );
      if (error instanceof UnreadableFileError && error.reason === 'not-a-file')
        return failed('not-checked', `This was not checked: ${error.message}`);
      return failed('not-checked', `The file could not be read (${(error as Error).message})`);
    }
  }
  const lintOptions = { fileName: file.path, log: options.log };
  const report = options.pageRunner
    ? await lintWithPage(text, language, resolved, {
        ...lintOptions,
        runner: options.pageRunner,
        signal: options.signal,
      })
    : lint(text, language, resolved, lintOptions);
  return { report, text, config: resolved };
}

/**
 * Workspace-level rules (inconsistent terms across files): each file's contribution was
 * collected during its lint; the rule now judges them together, and its findings replace the
 * rule's per-file findings, honouring each file's suppression comments.
 */
export function applyWorkspaceRules(
  reports: FileReport[],
  texts: ReadonlyMap<string, string>,
  configs: ReadonlyMap<string, ResolvedConfig>,
  log: ((message: string) => void) | undefined,
): void {
  for (const rule of allRules) {
    if (!rule.workspace) continue;
    const contributing = reports.filter((report) => report.collected[rule.id] !== undefined);
    if (contributing.length === 0) continue;
    const ruleConfig = configs.get(contributing[0]!.fileName)?.rules.get(rule.id);
    if (!ruleConfig) continue;
    const items = contributing.flatMap((report) =>
      report.collected[rule.id]!.map((item) => ({ ...item, fileName: report.fileName })),
    );
    const added = new Map<string, Finding[]>();
    try {
      rule.workspace.checkWorkspace(items, ruleConfig.options, (fileName, descriptor) => {
        const text = texts.get(fileName);
        if (text === undefined) return;
        const list = added.get(fileName) ?? [];
        list.push(
          toFinding(rule, ruleConfig.severity, descriptor, text, fileName, new LineIndex(text), (other) => {
            const otherText = texts.get(other);
            return otherText === undefined ? undefined : new LineIndex(otherText);
          }),
        );
        added.set(fileName, list);
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log?.(`Workspace rule ${rule.id} failed: ${error instanceof Error ? error.stack : message}`);
      // Its per-file findings stand, but the files it judges together must say it did not run.
      for (const [index, report] of reports.entries()) {
        if (report.collected[rule.id] === undefined) continue;
        const notice: Notice = {
          code: 'rule-failed',
          severity: 'warning',
          message: `The rule ${rule.id} failed on this file (${message}); its results across files were left out`,
          fileName: report.fileName,
          ruleId: rule.id,
        };
        reports[index] = { ...report, notices: [...report.notices, notice] };
      }
      continue;
    }
    for (const [index, report] of reports.entries()) {
      if (report.collected[rule.id] === undefined) continue;
      const tally: RuleTally = { examined: report.collected[rule.id]!.length, failed: 0 };
      const findings: Finding[] = [];
      for (const finding of added.get(report.fileName) ?? []) {
        const range = report.suppressions.find(
          (candidate) =>
            finding.location.line - 1 >= candidate.fromLine &&
            finding.location.line - 1 <= candidate.toLine &&
            (candidate.ruleIds.length === 0 || candidate.ruleIds.includes(rule.id)),
        );
        if (!range) findings.push(finding);
        countFinding(tally, finding, range?.reason !== undefined);
      }
      const merged = [...report.findings.filter((finding) => finding.ruleId !== rule.id), ...findings].sort(
        (a, b) => a.range.start - b.range.start || a.ruleId.localeCompare(b.ruleId),
      );
      const { listed, capped } = capPerRule(merged);
      const notices = [
        ...report.notices.filter((notice) => !(notice.code === 'findings-capped' && notice.ruleId === rule.id)),
        ...capped.filter((notice) => notice.ruleId === rule.id),
      ];
      const tallies = { ...report.tallies, [rule.id]: tally };
      reports[index] = { ...report, findings: listed, notices, tallies, score: scoreOfTallies(tallies) };
    }
  }
}
