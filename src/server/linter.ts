/**
 * Linting the client's open documents: on open (with the whole-page axe run, in a worker), while
 * typing (debounced, unless `run` is onSave) and on save (page run again). The page run's
 * findings are kept between saves and moved with each edit (a finding an edit touches is dropped
 * until the next save). Keeps, per document, the report of the version last linted: diagnostics,
 * code actions and hovers are all answered from it. Syntax trees are kept between keystrokes
 * (ParseCache) and messages followed to their catalogs through one resolver that reads open
 * documents' unsaved text; editing a catalog re-checks the open documents that show its words.
 */
import {
  ConfigError,
  getRule,
  isMessageCatalog,
  languageForFile,
  languageForLanguageId,
  linkMessageUses,
  lint,
  MessageResolver,
  moveWithEdits,
  ParseCache,
  rehearsalLength,
  rehearsalText,
  scoreOfTallies,
  type FileReport,
  type Finding,
  type PageRunner,
  type ResolvedConfig,
  type Settings,
  type SourceLanguage,
  type TextChange,
} from '../core/index.js';
import type { OpenDocument, OpenDocuments } from './documents.js';

const DEBOUNCE_MS = 300;

/** A document's last lint: the version it read, its language, and what it found. */
export interface Linted {
  readonly version: number;
  readonly language: SourceLanguage;
  /** The lint's findings with the page run's last findings in (moved with the edits since). */
  readonly report: FileReport;
}

export interface LinterDeps {
  readonly documents: OpenDocuments;
  readonly settings: () => Settings;
  readonly configFor: (open: OpenDocument) => Promise<ResolvedConfig>;
  readonly pageRunner: PageRunner;
  /** A document's lint is done (publish, or tell a pulling client to ask again). */
  readonly linted: (open: OpenDocument, linted: Linted | undefined) => void;
  readonly configError: (error: ConfigError) => void;
  readonly configLoaded: (file: string) => void;
  readonly log: (level: 'info' | 'warn' | 'error', message: string) => void;
  /** How long a lint while typing took (the time budget's warning). */
  readonly timed?: (open: OpenDocument, milliseconds: number) => void;
}

export class ServerLinter {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly generations = new Map<string, number>();
  private readonly pageFindings = new Map<string, Finding[]>();
  /**
   * Half-typed code: each document's findings from its last lint that parsed cleanly (moved with
   * the edits since), and where the edits since then start. While the text does not parse, the
   * region from the first edit (or the parse problem, if earlier) to the end keeps these findings
   * instead of the new ones: the parser reads code after an unclosed tag as text, and prose rules
   * would fire on it.
   */
  private readonly lastGood = new Map<string, { findings: Finding[]; editedFrom: number }>();
  private readonly pageTallies = new Map<string, FileReport['tallies']>();
  private readonly latest = new Map<string, Linted>();
  /** The lint running for each document, and the version it reads. */
  private readonly pending = new Map<string, { version: number; promise: Promise<Linted | undefined> }>();
  private readonly trees = new ParseCache();
  readonly messages: MessageResolver;
  private catalogTimer: NodeJS.Timeout | undefined;

  constructor(private readonly deps: LinterDeps) {
    this.messages = new MessageResolver({
      readText: (fileName) => deps.documents.byFileName(fileName)?.document.getText(),
    });
  }

  /** The last lint of a document, if it read the current version. */
  current(open: OpenDocument): Linted | undefined {
    const linted = this.latest.get(open.document.uri);
    return linted?.version === open.document.version ? linted : undefined;
  }

  /** The last lint of a document, whatever version it read (diagnostics wait for a save in onSave mode). */
  last(open: OpenDocument): Linted | undefined {
    return this.latest.get(open.document.uri);
  }

  /**
   * The lint of the document's current version: the last one, the one running, or one now (no
   * page run). In onSave mode diagnostics wait for the save, but quick fixes and hovers are
   * still worked out for the text as it is now: a lint whose results are not published.
   */
  async currentOrLint(open: OpenDocument): Promise<Linted | undefined> {
    const current = this.current(open);
    if (current) return current;
    const pending = this.pending.get(open.document.uri);
    if (pending?.version === open.document.version) return pending.promise;
    return this.deps.settings().run === 'onSave' ? this.quietly(open) : this.lint(open, false);
  }

  private async quietly(open: OpenDocument): Promise<Linted | undefined> {
    try {
      const target = await this.checked(open);
      if (!target) return undefined;
      const { config, language } = target;
      const options = { fileName: open.fileName, parseCache: this.trees, messages: this.messages };
      return {
        version: open.document.version,
        language,
        report: lint(open.document.getText(), language, config, options),
      };
    } catch {
      return undefined; // a broken config is reported by the lints that publish
    }
  }

  /** The document's config and language, when Touchpoint checks it (throws ConfigError for a broken config). */
  private async checked(open: OpenDocument): Promise<{ config: ResolvedConfig; language: SourceLanguage } | undefined> {
    if (!this.deps.settings().enable) return undefined;
    const known = languageForLanguageId(open.document.languageId) ?? languageForFile(open.fileName);
    if (!known) return undefined;
    const config = await this.deps.configFor(open);
    // JSON is checked only as a message catalog of the source language.
    if (known === 'json' && !isMessageCatalog(config, open.fileName)) return undefined;
    return { config, language: known };
  }

  /**
   * A document opened: its static findings at once, then with the whole-page run's, then (a large
   * one) typing rehearsed in it while the person reads it.
   */
  opened(open: OpenDocument): void {
    void this.lint(open, false)
      .then(() => this.lint(open, true))
      .then((linted) => linted && this.rehearse(open, linted));
  }

  /**
   * Typing rehearsed in a large document (core/warmUp.ts: its first keystrokes took 2–3× as long
   * as the rest), one lint at a time between other work, and nothing published. It stops when the
   * document is edited or closed; an edit made before a lint of its own has run finds the
   * document's own text in the kept tree again (one more lint), so its keystroke parses only what
   * it changed.
   */
  private rehearse(open: OpenDocument, linted: Linted): void {
    const text = open.document.getText();
    const steps = rehearsalLength(text, linted.language);
    const key = open.document.uri;
    const generation = this.generations.get(key);
    const version = open.document.version;
    if (steps === 0 || linted.version !== version) return;
    void this.checked(open).then(
      (target) => {
        if (!target) return;
        const options = { fileName: open.fileName, parseCache: this.trees, messages: this.messages };
        const started = performance.now();
        let step = 0;
        const next = () => {
          if (!this.latest.has(key)) return; // closed
          const edited = open.document.version !== version;
          try {
            // Edited mid-way: unless a lint of the edit has run, the kept tree goes back to the document's text.
            if (edited && step > 0 && this.generations.get(key) === generation)
              lint(text, target.language, target.config, options);
            if (edited) return;
            lint(rehearsalText(text, step), target.language, target.config, options);
          } catch (error) {
            // Only a rehearsal: its document's own lint reports any fault; this one stops here.
            this.deps.log('warn', `${open.fileName}: typing rehearsal stopped: ${String(error)}`);
            return;
          }
          if (++step < steps) setImmediate(next);
          else
            this.deps.log(
              'info',
              `${open.fileName}: typing rehearsed (${steps} lints, ${Math.round(performance.now() - started)} ms)`,
            );
        };
        setImmediate(next);
      },
      () => undefined,
    );
  }

  /** `lintWhileTyping` false: the client asks for diagnostics itself (pull), nothing is scheduled. */
  changed(open: OpenDocument, changes: readonly TextChange[], lintWhileTyping = true): void {
    this.catalogChanged(open.fileName);
    const key = open.document.uri;
    const kept = this.pageFindings.get(key);
    if (kept && changes.length > 0) this.pageFindings.set(key, moveWithEdits(kept, changes));
    const good = this.lastGood.get(key);
    if (good && changes.length > 0)
      this.lastGood.set(key, {
        findings: moveWithEdits(good.findings, changes),
        editedFrom: Math.min(good.editedFrom, ...changes.map((change) => change.start)),
      });
    if (!lintWhileTyping || this.deps.settings().run === 'onSave') return;
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => void this.lint(open, false), DEBOUNCE_MS),
    );
  }

  saved(open: OpenDocument): void {
    clearTimeout(this.timers.get(open.document.uri));
    void this.lint(open, true);
  }

  closed(open: OpenDocument): void {
    const key = open.document.uri;
    clearTimeout(this.timers.get(key));
    for (const map of [
      this.timers,
      this.generations,
      this.pageFindings,
      this.pageTallies,
      this.latest,
      this.pending,
      this.lastGood,
    ])
      map.delete(key);
    this.trees.forget(open.fileName);
  }

  /** Every open document again (settings or a config changed), or nothing when disabled. */
  relintAll(): void {
    for (const open of this.deps.documents.all()) void this.lint(open, true);
  }

  /** A file changed on disk: what was read from it for messages is read again, its users re-checked. */
  fileChanged(fileName: string): void {
    if (this.deps.documents.byFileName(fileName)) return; // open: its unsaved text is what counts
    this.catalogChanged(fileName);
  }

  /** The latest reports of open documents (the scorecard's live view). */
  reports(): FileReport[] {
    return [...this.latest.values()].map((linted) => linted.report);
  }

  /**
   * Lints a document's current text: published through `deps.linted`, kept for code actions and
   * hovers. Undefined when the document is not one Touchpoint checks (or linting is off).
   */
  lint(open: OpenDocument, withPage: boolean): Promise<Linted | undefined> {
    const key = open.document.uri;
    const promise = this.run(open, withPage);
    this.pending.set(key, { version: open.document.version, promise });
    void promise.finally(() => {
      if (this.pending.get(key)?.promise === promise) this.pending.delete(key);
    });
    return promise;
  }

  private async run(open: OpenDocument, withPage: boolean): Promise<Linted | undefined> {
    const { document, fileName } = open;
    const key = document.uri;
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    try {
      const target = await this.checked(open);
      if (!target) return this.forget(open);
      const { config, language } = target;
      if (config.files[0]) this.deps.configLoaded(config.files[0]);
      const version = document.version;
      const options = {
        fileName,
        log: (message: string) => this.deps.log('warn', message),
        parseCache: this.trees,
        messages: this.messages,
      };
      const text = document.getText();
      let report: FileReport;
      if (withPage) report = await lint(text, language, config, { ...options, runner: this.deps.pageRunner });
      else {
        // The time budget is for the check as you type; the page run has its own limit, in its worker.
        const started = performance.now();
        report = lint(text, language, config, options);
        this.deps.timed?.(open, performance.now() - started);
      }
      if (this.generations.get(key) !== generation) return this.current(open); // a newer lint has started
      const linted = this.record(open, version, language, report, withPage);
      this.deps.linted(open, linted);
      return linted;
    } catch (error) {
      this.forget(open);
      if (error instanceof ConfigError) this.deps.configError(error);
      else
        this.deps.log('error', `Could not check ${fileName}: ${error instanceof Error ? error.stack : String(error)}`);
      return undefined;
    }
  }

  /** A lint's report: page-run results kept, the latest report recorded. */
  private record(
    open: OpenDocument,
    version: number,
    language: SourceLanguage,
    report: FileReport,
    withPage: boolean,
  ): Linted {
    const key = open.document.uri;
    for (const notice of report.notices)
      if (notice.code === 'not-checked' || notice.code === 'rule-failed')
        this.deps.log('info', `${open.fileName}: ${notice.message}`);
    if (withPage) {
      this.pageFindings.set(
        key,
        report.findings.filter((finding) => getRule(finding.ruleId)?.pageRun),
      );
      const pageTallies = Object.entries(report.tallies).filter(([id]) => getRule(id)?.pageRun);
      this.pageTallies.set(key, Object.fromEntries(pageTallies));
    }
    const found = withPage ? report.findings : [...report.findings, ...(this.pageFindings.get(key) ?? [])];
    const findings = this.withLastGood(key, report, found);
    // While typing the page run is not redone: its last tallies stand in, and the file is rescored with them.
    const tallies = { ...this.pageTallies.get(key), ...report.tallies };
    const linted = {
      version,
      language,
      report: this.withUses(key, { ...report, findings, tallies, score: scoreOfTallies(tallies) }),
    };
    this.latest.set(key, linted);
    return linted;
  }

  /**
   * A catalog's findings point at where open documents show the message (“Shown here”), as a
   * review's do at every use (core's linkMessageUses, over this report and the open ones).
   */
  private withUses(key: string, report: FileReport): FileReport {
    const reports = [report];
    for (const [uri, linted] of this.latest) if (uri !== key) reports.push(linted.report);
    linkMessageUses(reports);
    return reports[0]!;
  }

  /** The findings to show: these, or with the broken region's from the last clean parse (see lastGood). */
  private withLastGood(key: string, report: FileReport, findings: readonly Finding[]): readonly Finding[] {
    const problem = report.notices.find((notice) => notice.code === 'parse-problem')?.range;
    const good = this.lastGood.get(key);
    if (!problem) {
      this.lastGood.set(key, { findings: [...findings], editedFrom: Number.POSITIVE_INFINITY });
      return findings;
    }
    if (!good) return findings; // broken from the start: what could be read is all there is
    const from = Math.min(problem.start, good.editedFrom);
    return [
      ...findings.filter((finding) => finding.range.start < from),
      ...good.findings.filter((finding) => finding.range.start >= from),
    ].sort((a, b) => a.range.start - b.range.start);
  }

  /** Nothing to show for a document (not checked, or its check failed): never stale results. */
  private forget(open: OpenDocument): undefined {
    this.latest.delete(open.document.uri);
    this.deps.linted(open, undefined);
    return undefined;
  }

  /**
   * A file whose messages open documents show (a catalog, a `defineMessages` module) changed:
   * it is read again, and the documents that show its messages are checked again.
   */
  private catalogChanged(fileName: string): void {
    if (!this.messages.isSource(fileName)) return;
    this.messages.forget(fileName);
    clearTimeout(this.catalogTimer);
    this.catalogTimer = setTimeout(() => {
      for (const open of this.deps.documents.all())
        if (this.latest.get(open.document.uri)?.report.dependsOn?.includes(fileName)) void this.lint(open, false);
    }, DEBOUNCE_MS);
  }

  dispose(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    clearTimeout(this.catalogTimer);
  }
}
