/**
 * Linting open documents: on open, while typing (debounced, unless `run` is onSave) and on
 * save, with the whole-page axe run (in a worker) on open and save. The page run's findings
 * are kept between saves and moved with each edit (a finding an edit touches is dropped until
 * the next save). Keeps, per document, the findings of the version last linted (for quick
 * fixes) and its latest report (for the scorecard).
 */
import * as vscode from 'vscode';
import {
  ConfigError,
  getRule,
  isMessageCatalog,
  languageForLanguageId,
  lint,
  MessageResolver,
  moveWithEdits,
  ParseCache,
  scoreOfTallies,
  type FileReport,
  type Finding,
  type PageRunner,
} from '../core/index.js';
import type { LintedDocument } from './codeActions.js';
import type { ConfigErrors } from './configErrors.js';
import type { DocumentConfigs } from './documentConfigs.js';
import type { LastReview } from './lastReview.js';
import type { Problems } from './problems.js';
import type { SettingsStore } from './settingsStore.js';

const DEBOUNCE_MS = 300;

export interface DocumentLinterDeps {
  readonly settings: SettingsStore;
  readonly configs: DocumentConfigs;
  readonly configErrors: ConfigErrors;
  readonly problems: Problems;
  readonly lastReview: LastReview;
  readonly pageRunner: PageRunner;
  readonly log: vscode.LogOutputChannel;
}

export class DocumentLinter implements vscode.Disposable {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly generations = new Map<string, number>();
  private readonly pageFindings = new Map<string, Finding[]>();
  private readonly pageTallies = new Map<string, FileReport['tallies']>();
  private readonly linted = new Map<string, LintedDocument>();
  /** The scorecard's view of open documents: each one's latest report, whole-page tallies kept. */
  private readonly live = new Map<string, FileReport>();
  /** Open documents' syntax trees: the lint after a keystroke re-parses only what changed. */
  private readonly trees = new ParseCache();
  /** Messages named in one file and written in another: open documents' unsaved text first. */
  private readonly messages = new MessageResolver({
    readText: (fileName) => vscode.workspace.textDocuments.find((open) => open.fileName === fileName)?.getText(),
  });
  private catalogTimer: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly deps: DocumentLinterDeps) {
    this.subscriptions = [
      deps.configs.onDidChange(() => this.relintOpen()),
      vscode.workspace.onDidOpenTextDocument((document) => void this.lint(document, true)),
      vscode.workspace.onDidChangeTextDocument((event) => this.edited(event)),
      // A saved .touchpointrc.json is not a document Touchpoint lints: DocumentConfigs reloads.
      vscode.workspace.onDidSaveTextDocument((document) => void this.lint(document, true)),
      vscode.workspace.onDidCloseTextDocument((document) => this.closed(document)),
    ];
  }

  /** Lints every open document, page run included (at activation). */
  lintOpen(): void {
    vscode.workspace.textDocuments.forEach((document) => void this.lint(document, true));
  }

  /** The latest reports of open documents. */
  liveReports(): Iterable<FileReport> {
    return this.live.values();
  }

  async lint(document: vscode.TextDocument, withPage = false): Promise<void> {
    const json = document.languageId === 'json';
    const known = languageForLanguageId(document.languageId);
    if ((!known && !json) || document.uri.scheme === 'output' || !this.deps.settings.current.enable) return;
    const { configs, configErrors, pageRunner, log } = this.deps;
    const key = document.uri.toString();
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    try {
      const config = await configs.forUri(document.uri);
      // JSON is checked only as a message catalog of the source language.
      const language = known ?? (isMessageCatalog(config, document.fileName) ? 'json' : undefined);
      if (!language) return;
      if (config.files[0]) configErrors.resolved(config.files[0]);
      const options = {
        fileName: document.fileName,
        log: (message: string) => log.warn(message),
        parseCache: this.trees,
        messages: this.messages,
      };
      const text = document.getText();
      const report = withPage
        ? await lint(text, language, config, { ...options, runner: pageRunner })
        : lint(text, language, config, options);
      if (this.generations.get(key) !== generation) return; // a newer edit has started its own lint
      this.record(document, report, withPage);
    } catch (error) {
      this.linted.delete(key);
      this.live.delete(key);
      this.deps.problems.delete(document.uri); // never leave stale results behind
      if (error instanceof ConfigError) configErrors.report(error);
      else log.error(`Could not check ${document.fileName}: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }

  /** A lint's report: logged notices, page-run results kept, findings published. */
  private record(document: vscode.TextDocument, report: FileReport, withPage: boolean): void {
    const key = document.uri.toString();
    for (const notice of report.notices)
      if (notice.code === 'not-checked' || notice.code === 'rule-failed')
        this.deps.log.info(`${document.fileName}: ${notice.message}`);
    if (withPage) {
      this.pageFindings.set(
        key,
        report.findings.filter((finding) => getRule(finding.ruleId)?.pageRun),
      );
      const pageTallies = Object.entries(report.tallies).filter(([id]) => getRule(id)?.pageRun);
      this.pageTallies.set(key, Object.fromEntries(pageTallies));
    }
    const findings = withPage ? report.findings : [...report.findings, ...(this.pageFindings.get(key) ?? [])];
    this.linted.set(key, { version: document.version, findings });
    // While typing the page run is not redone: its last tallies stand in, and the file is rescored with them.
    const tallies = { ...this.pageTallies.get(key), ...report.tallies };
    this.live.set(key, { ...report, findings, tallies, score: scoreOfTallies(tallies) });
    this.deps.problems.publish(document.uri, document, findings, report.notices);
  }

  /** The findings of the document's current version, for quick fixes (linting again if needed). */
  async lintedFor(document: vscode.TextDocument): Promise<LintedDocument | undefined> {
    const key = document.uri.toString();
    if (this.linted.get(key)?.version === document.version) return this.linted.get(key);
    if (this.deps.settings.current.run === 'onSave') return this.lintQuietly(document);
    await this.lint(document);
    return this.linted.get(key);
  }

  /**
   * In on-save mode diagnostics wait for the save, but quick fixes are still worked out for
   * the text as it is now: a lint whose results are not published.
   */
  private async lintQuietly(document: vscode.TextDocument): Promise<LintedDocument | undefined> {
    const language = languageForLanguageId(document.languageId);
    if (!language || !this.deps.settings.current.enable) return undefined;
    try {
      const config = await this.deps.configs.forUri(document.uri);
      const report = lint(document.getText(), language, config, {
        fileName: document.fileName,
        parseCache: this.trees,
        messages: this.messages,
      });
      return { version: document.version, findings: report.findings };
    } catch {
      return undefined; // a broken config is reported by the lints that publish
    }
  }

  /** A file the workspace review (or a re-review) checked: shown, and its findings kept if open. */
  showReviewed(file: FileReport): void {
    const uri = vscode.Uri.file(file.fileName);
    const document = vscode.workspace.textDocuments.find((open) => open.uri.fsPath === file.fileName);
    this.deps.problems.publish(uri, document, file.findings, file.notices);
    if (document) this.linted.set(uri.toString(), { version: document.version, findings: file.findings });
  }

  private edited(event: vscode.TextDocumentChangeEvent): void {
    this.catalogChanged(event.document.fileName);
    const key = event.document.uri.toString();
    const kept = this.pageFindings.get(key);
    if (kept && event.contentChanges.length > 0)
      this.pageFindings.set(
        key,
        moveWithEdits(
          kept,
          event.contentChanges.map((change) => ({
            start: change.rangeOffset,
            end: change.rangeOffset + change.rangeLength,
            length: change.text.length,
          })),
        ),
      );
    if (this.deps.settings.current.run === 'onSave') return;
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => void this.lint(event.document), DEBOUNCE_MS),
    );
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
      for (const document of vscode.workspace.textDocuments) {
        if (this.live.get(document.uri.toString())?.dependsOn?.includes(fileName)) void this.lint(document);
      }
    }, DEBOUNCE_MS);
  }

  private closed(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.trees.forget(document.fileName);
    this.pageFindings.delete(key);
    this.pageTallies.delete(key);
    this.linted.delete(key);
    this.live.delete(key);
    // A reviewed file keeps its findings in Problems; one only opened loses them.
    if (!this.deps.lastReview.covers(document.uri.fsPath)) this.deps.problems.delete(document.uri);
  }

  /** Settings or a config file changed: every open document again, or nothing when disabled. */
  private relintOpen(): void {
    if (this.deps.settings.current.enable) {
      this.lintOpen();
      return;
    }
    this.linted.clear();
    this.live.clear();
    this.pageFindings.clear();
    this.pageTallies.clear();
    this.deps.problems.clear();
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.timers.forEach((timer) => clearTimeout(timer));
    clearTimeout(this.catalogTimer);
  }
}
