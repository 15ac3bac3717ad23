/**
 * Linting one text: `lint(text, language, config)`, with the whole-page axe run as an option
 * (`runner`: one parse for both). The text is parsed, every enabled rule runs on the model,
 * twins and suppressed findings are dropped (twins.ts, suppressions.ts), findings are tallied
 * and capped, and the file is scored. One rule throwing is a notice; the rest of the report
 * stands. Many files: review.ts. Nothing here knows about VS Code or the terminal.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { defaultConfig, type ResolvedConfig, type RuleConfig } from './config/config.js';
import { defaultMessageGlobs } from './config/schema.js';
import type { SourceLanguage, SourceRange, UiDocument, UiElement } from './model.js';
import { isPage as isPageDocument } from './pages.js';
import { isInside } from './paths.js';
import { parseDocument } from './parse/index.js';
import type { ParseCache } from './parse/parseCache.js';
import type { JsxParseOptions } from './parse/jsx.js';
import type { MessageResolver } from './catalog/resolve.js';
import { designSystemNames } from './designSystems.js';
import { LineIndex } from './parse/lineIndex.js';
import type { FileReport, Finding, Notice, NoticeCode, RuleTally, WorkspaceReport } from './report.js';
import type { PageAnswer } from './axe/pageAxe.js';
import { renderPage } from './axe/pageHtml.js';
import { rulesThatCouldSelect } from './axe/axeCore.js';
import type { PageRunner } from './axe/pageRunner.js';
import { NOT_CHECKED_STATICALLY } from './axe/catalogue.js';
import { getRule } from './rules/index.js';
import {
  docsUrl,
  type AnyRule,
  type CollectedItem,
  type ReportDescriptor,
  type RuleContext,
  type Severity,
} from './rules/types.js';
import { plural } from './plural.js';
import { addTallies, scoreFiles, scoreTallies, type Score } from './score.js';
import { applySuppressions, countFinding, parseDirectives } from './suppressions.js';
import { withoutTwins } from './twins.js';
import { tooLargeMessage } from './readFile.js';

export interface LintOptions {
  readonly fileName?: string;
  /** Where rule crashes are logged (the extension's output channel, the CLI's stderr). */
  readonly log?: (message: string) => void;
  /** The whole-page axe run's answers by axe rule id (lint fills it in when given a runner). */
  readonly pageRun?: ReadonlyMap<string, readonly PageAnswer[]>;
  /** Why the whole-page axe run did not happen for this file (time-out, crash…). */
  readonly pageNotChecked?: string;
  /**
   * When given, the milliseconds spent are added in: `parse`, and each rule by its id (the
   * bench's `rules` section; nothing is timed without it).
   */
  readonly timings?: Map<string, number>;
  /**
   * The syntax trees of documents being edited (the extension's open documents): a JSX/TSX
   * text parsed before under the same file name is parsed again incrementally.
   */
  readonly parseCache?: ParseCache;
  /**
   * Finds messages named in a file and written elsewhere (`formatMessage(messages.save)`,
   * `t("common.save")`), so element rules see the words shown; without it they see none.
   */
  readonly messages?: MessageResolver;
}

/** The parse options of a lint: components, the trees being edited, messages written elsewhere. */
function parseOptions(config: ResolvedConfig, fileName: string, options: LintOptions): JsxParseOptions {
  const resolver = options.messages;
  const scope = { baseDirectory: catalogBase(config, fileName), messages: config.messages };
  return {
    components: config.components,
    designSystems: config.designSystems,
    cache: options.parseCache,
    ...(resolver && fileName && { messages: (reference) => resolver.resolve(fileName, reference, scope) }),
  };
}

/**
 * Where a file's message catalogs are searched: its config's folder, unless the config lies
 * outside the file's folders (`-c ~/touchpoint.json`) and names no catalogs of its own — then
 * the file's repository. The default globs start with `**`: a config in /tmp made every run
 * search all of /tmp (6,457 folders, 0.3 s a thread); in a home folder it would be all of it.
 */
function catalogBase(config: ResolvedConfig, fileName: string): string | undefined {
  const base = config.baseDirectory;
  if (!base || !fileName) return base;
  if (isInside(base, fileName)) return base;
  if (config.messages.join('\0') !== defaultMessageGlobs(config.locale).join('\0')) return base;
  return repositoryRoot(fileName) ?? base;
}

/** The whole-page axe run, as an option of `lint`: its workers, and a signal to stop waiting. */
export interface PageRunOptions {
  readonly runner: PageRunner;
  readonly signal?: AbortSignal;
}

/**
 * Lints one text; never throws for any input text. With a `runner` the whole-page axe run is
 * part of it (on open and save, in reviews and the CLI), on the same parse, and the answer
 * comes as a promise; without one (while typing) the page rules wait for the next run.
 */
export function lint(
  text: string,
  language: SourceLanguage,
  config: ResolvedConfig | undefined,
  options: LintOptions & PageRunOptions,
): Promise<FileReport>;
export function lint(
  text: string,
  language: SourceLanguage,
  config?: ResolvedConfig,
  options?: LintOptions,
): FileReport;
export function lint(
  text: string,
  language: SourceLanguage,
  config: ResolvedConfig = defaultConfig(),
  options: LintOptions & Partial<PageRunOptions> = {},
): FileReport | Promise<FileReport> {
  if (options.runner) return lintWithPageRun(text, language, config, { ...options, runner: options.runner });
  return lintText(text, language, config, options);
}

type NoticeSink = (code: NoticeCode, severity: Severity, message: string, range?: SourceRange, ruleId?: string) => void;

/** `lint`, reusing a parse already made for the same text and config (the page run's). */
function lintText(
  text: string,
  language: SourceLanguage,
  config: ResolvedConfig,
  options: LintOptions,
  parsed?: ReturnType<typeof parseDocument>,
): FileReport {
  const fileName = options.fileName ?? '';
  const lines = new LineIndex(text);
  const { notices, notice } = noticesOf(fileName, lines);
  const unchecked = (code: NoticeCode, message: string): FileReport => {
    notice(code, 'info', message);
    return emptyReport(fileName, language, notices);
  };
  if (text.length > config.maxFileSize) return unchecked('not-checked', tooLargeMessage(config.maxFileSize));
  const parseStarted = options.timings ? performance.now() : 0;
  const outcome = parsed ?? parseDocument(text, language, fileName, parseOptions(config, fileName, options));
  if (options.timings) addTime(options.timings, 'parse', parseStarted);
  if (!outcome.ok) return unchecked(outcome.code, outcome.reason);
  const document = outcome.document;
  const first = document.problems[0];
  if (first)
    notice(
      'parse-problem',
      'info',
      `Parts of this file could not be parsed (${first.message}); findings cover what could be read`,
      first.range,
    );
  const isPage = isPageDocument(document, matchesAny(fileName, config.pages, config.baseDirectory));
  const { findings, tallies, collected } = runRules(document, config, isPage, {
    ...options,
    fileName,
    lines,
    notices,
    notice,
  });
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
  for (const cappedNotice of capped) notices.push(cappedNotice);
  return {
    fileName,
    language,
    checked: true,
    findings: listed,
    notices,
    tallies,
    suppressed: suppressed.length,
    page: isPage,
    score: scoreOfTallies(tallies),
    suppressions: directives.map(({ ruleIds, fromLine, toLine, reason }) =>
      reason === undefined ? { ruleIds, fromLine, toLine } : { ruleIds, fromLine, toLine, reason },
    ),
    collected,
    ...messageUsesOf(document, lines),
    ...(document.kind === 'jsx' && config.designSystems.length > 0 && { designSystems: config.designSystems }),
  };
}

/** The catalogs a document shows messages from, and where it shows them (with lines and columns). */
function messageUsesOf(document: UiDocument, lines: LineIndex): Pick<FileReport, 'dependsOn' | 'messageUses'> {
  const uses = document.messageUses;
  if (!uses || uses.length === 0) return {};
  const dependsOn = [...new Set(uses.map((use) => use.origin.fileName))].filter((file) => file !== document.fileName);
  const messageUses = uses.map(({ range, origin }) => ({
    catalog: origin.fileName,
    range: origin.range,
    at: range,
    location: locationOf(lines, range),
  }));
  return { ...(dependsOn.length > 0 && { dependsOn }), messageUses };
}

/** A range's 1-based lines and columns. */
function locationOf(lines: LineIndex, range: SourceRange): Finding['location'] {
  const from = lines.positionAt(range.start);
  const to = lines.positionAt(range.end);
  return { line: from.line + 1, column: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1 };
}

/** A file's notices, and the function that adds one at a range (its line and column worked out). */
function noticesOf(fileName: string, lines: LineIndex): { notices: Notice[]; notice: NoticeSink } {
  const notices: Notice[] = [];
  const notice: NoticeSink = (code, severity, message, range, ruleId) => {
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
  return { notices, notice };
}

interface RunContext extends LintOptions {
  readonly fileName: string;
  readonly lines: LineIndex;
  readonly notices: readonly Notice[];
  readonly notice: NoticeSink;
}

/** Every enabled rule that fits the document: its findings, its tally and what it collected for workspace rules. */
function runRules(
  document: UiDocument,
  config: ResolvedConfig,
  isPage: boolean,
  run: RunContext,
): { findings: Finding[]; tallies: Record<string, RuleTally>; collected: Record<string, CollectedItem[]> } {
  const findings: Finding[] = [];
  const tallies: Record<string, RuleTally> = {};
  const collected: Record<string, CollectedItem[]> = {};
  const baseDirectory = config.baseDirectory ?? repositoryRoot(run.fileName);
  for (const [ruleId, ruleConfig] of config.rules) {
    const rule = getRule(ruleId);
    if (!rule || !rule.languages.includes(document.kind) || (rule.page && !isPage)) continue;
    const started = run.timings ? performance.now() : 0;
    const result = runRule(rule, ruleConfig, document, baseDirectory, run);
    if (run.timings) addTime(run.timings, ruleId, started);
    if (!result) continue;
    tallies[ruleId] = result.tally;
    for (const finding of result.findings) findings.push(finding);
    if (result.collected) collected[ruleId] = result.collected;
  }
  return { findings, tallies, collected };
}

function addTime(timings: Map<string, number>, key: string, since: number): void {
  timings.set(key, (timings.get(key) ?? 0) + performance.now() - since);
}

/** One rule on one document; a rule that throws is a `rule-failed` notice and no result. */
function runRule(
  rule: AnyRule,
  ruleConfig: RuleConfig,
  document: UiDocument,
  baseDirectory: string | undefined,
  run: RunContext,
): { findings: Finding[]; tally: RuleTally; collected?: CollectedItem[] } | undefined {
  const findings: Finding[] = [];
  const tally: RuleTally = { examined: 0, failed: 0 };
  const examinedElements = new Set<UiElement>();
  try {
    const context: RuleContext<unknown> = {
      document,
      options: ruleConfig.options,
      baseDirectory,
      pageRun: run.pageRun,
      examined(element) {
        if (element && examinedElements.has(element)) return;
        if (element) examinedElements.add(element);
        tally.examined++;
      },
      note(message, range) {
        if (!run.notices.some((existing) => existing.code === 'not-checked' && existing.message === message))
          run.notice('not-checked', 'info', message, range);
      },
      report(descriptor) {
        findings.push(toFinding(rule, ruleConfig.severity, descriptor, document.text, run.fileName, run.lines));
      },
    };
    rule.check(context);
    return { findings, tally, collected: rule.workspace?.collect(context) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    run.log?.(
      `Rule ${rule.id} failed on ${run.fileName || 'a document'}: ${error instanceof Error ? error.stack : message}`,
    );
    run.notice(
      'rule-failed',
      'warning',
      `The rule ${rule.id} failed on this file (${message}); its results were left out`,
      undefined,
      rule.id,
    );
    return undefined;
  }
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
export function capPerRule(findings: readonly Finding[]): { listed: Finding[]; capped: Notice[] } {
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
 * The axe rule ids of the whole-page rules this config runs on this file (none on a JSX
 * component that is not a page: a component alone is not a page, and the run on every component
 * doubled a review's time for no finding on the precision corpus, docs/configuration.md, “What
 * is not checked”).
 */
function pageRuleIds(config: ResolvedConfig, isPage: boolean, whole: boolean): string[] {
  if (!whole) return [];
  const ids: string[] = [];
  for (const ruleId of config.rules.keys()) {
    const rule = getRule(ruleId);
    if (!rule?.pageRun || (rule.page && !isPage)) continue;
    ids.push(ruleId.slice('a11y/'.length));
  }
  return ids;
}

/**
 * Whether the whole-page run takes the whole file: HTML, a page (it renders `<html>` or
 * `<body>`, or the config's `pages` name it), or a router's page file (`pages/…`, `app/…/page`,
 * `routes/…`). Any other JSX file is a component, which gets no whole-page run.
 */
function wholePage(document: UiDocument, isPage: boolean, fileName: string): boolean {
  return document.kind === 'html' || isPage || ROUTE_FILE.test(fileName.split(path.sep).join('/'));
}

/**
 * Whether a file will get the whole-page run, told from its path before it is read: HTML, and
 * router page files (a JSX file that renders `<html>` is found only by parsing). The CLI sizes
 * its page workers by it.
 */
export function isPageRunPath(fileName: string): boolean {
  return /\.html?$/i.test(fileName) || ROUTE_FILE.test(fileName.split(path.sep).join('/'));
}

/**
 * Next.js's pages and app routers (not `_app`, `_document`), React Router / Remix file routes;
 * files that can hold JSX (`.ts` cannot: an API or resource route, a Playwright page object).
 */
const ROUTE_FILE = /(^|\/)(pages\/(?!.*\/_)(?!_)[^]*|app\/(.*\/)?page|routes\/[^]*)\.(?:[cm]?jsx?|tsx)$/;

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

/** `lint` with the whole-page run: one parse for both, the run's answers handed to the rules. */
async function lintWithPageRun(
  text: string,
  language: SourceLanguage,
  config: ResolvedConfig,
  options: LintOptions & PageRunOptions,
): Promise<FileReport> {
  const fileName = options.fileName ?? '';
  if (text.length > config.maxFileSize) return lintText(text, language, config, options);
  const outcome = parseDocument(text, language, fileName, parseOptions(config, fileName, options));
  if (!outcome.ok) return lintText(text, language, config, options, outcome);
  const isPage = isPageDocument(outcome.document, matchesAny(fileName, config.pages, config.baseDirectory));
  const whole = wholePage(outcome.document, isPage, fileName);
  const wanted = pageRuleIds(config, isPage, whole);
  // What is not a page (a component of a router's folder, an app shell, a template partial) runs
  // only the rules whose selector could select one of its elements: most have no field, table or
  // landmark to judge. None of those rules selects the `<html>` or `<body>` the run adds.
  const ids = isPage ? wanted : rulesThatCouldSelect(wanted, outcome.document);
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

export function toFinding(
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
    location: locationOf(lines, { start, end }),
    snippet: text.slice(start, Math.min(end, start + 200)),
    related: descriptor.related?.map((related) => {
      const index = !related.fileName || related.fileName === fileName ? lines : linesOf(related.fileName);
      return index ? { ...related, location: locationOf(index, related.range) } : related;
    }),
    fix: descriptor.fix,
    confidence: descriptor.confidence ?? 'high',
  };
}

export function emptyReport(fileName: string, language: SourceLanguage | undefined, notices: Notice[]): FileReport {
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
    designSystems: designSystemNames(files.flatMap((report) => report.designSystems ?? [])),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
