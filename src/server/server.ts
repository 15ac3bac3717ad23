/**
 * The Touchpoint language server: the engine in its own process, for VS Code and any editor that
 * speaks the Language Server Protocol (`touchpoint lsp --stdio`, `touchpoint-language-server`).
 *
 * - Diagnostics for open HTML / JSX / TSX documents and source-language message catalogs, pulled
 *   (`textDocument/diagnostic`) when the client can, pushed otherwise; a file not checked (too
 *   large, binary) gets an information diagnostic saying so.
 * - Code actions: the rule's fix, fix-all of a rule, disable for the line or file, turn the rule
 *   off in the nearest `.touchpointrc.json` (or a new one), `source.fixAll.touchpoint`;
 *   documentation and scorecard commands when the client has them.
 * - Hover on a finding: why it matters, its UX / CX impact, an example of the fix (hover.ts).
 * - Settings from the client's `touchpoint` section (or `initializationOptions.settings`);
 *   `.touchpointrc.json`, package.json, tsconfig and catalogs watched on disk; a broken config
 *   shown at its real line.
 * - A time budget (`touchpoint.timeBudget`, ms): a check while typing that takes longer is logged
 *   and said once per file.
 * - The workspace review (`touchpoint/review`, review.ts), with `$/progress` and cancel; the last
 *   one is kept (keptReview.ts) for the scorecard's data and exports (`touchpoint/scorecard`,
 *   `touchpoint/export`); the rule list (`touchpoint/rules`).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  applySettings,
  CONFIG_FILE_NAME,
  configErrorRange,
  ConfigError,
  ConfigLoader,
  docsUrl,
  findingActions,
  fixAllAction,
  newConfigTurningOff,
  PageRunner,
  readSettings,
  rules,
  turnOffRuleEdit,
  warmUp,
  type EditAction,
  type Finding,
  type Notice,
  type ResolvedConfig,
  type Settings,
} from '../core/index.js';
import { pendingCodeCache } from '../launch/codeCache.js';
import { fileNameOf, OpenDocuments, type OpenDocument } from './documents.js';
import { hoverMarkdown } from './hover.js';
import { ServerLinter, type Linted } from './linter.js';
import { collectGarbage } from './collect.js';
import { forProblems, KeptReview } from './keptReview.js';
import { packReport } from './packedReport.js';
import {
  EXPORT_REQUEST,
  READ_FILE_REQUEST,
  REPORT_NOTIFICATION,
  REVIEW_REQUEST,
  RULES_REQUEST,
  SCORECARD_REQUEST,
  STATUS_NOTIFICATION,
  type DocumentCounts,
  type ExportParams,
  type ReviewAnswer,
  type ReviewParams,
  type RuleEntry,
  type ScorecardParams,
  type TouchpointInitializationOptions,
} from './protocol.js';
import { serveReview, type ReviewContext } from './review.js';

/** How long after answering a review its memory is collected: the answer is written by then. */
const AFTER_REVIEW_MS = 2000;

/** `source.fixAll.touchpoint`, for `editor.codeActionsOnSave` (as ESLint's). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.touchpoint`;

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};
/** At most this many diagnostics a file (VS Code shows no more). */
const MAX_DIAGNOSTICS = 1000;
/** As ESLint's warning (`eslint.timeBudget.onValidation`): a cold first check of a large file may take a second. */
const DEFAULT_TIME_BUDGET_MS = 4000;
/** After files change on disk, the open documents are checked again once things are quiet this long. */
const RELINT_DELAY_MS = 300;
/** Notices shown as diagnostics: what was not checked, and where a rule's list stops. */
const SHOWN_NOTICES = new Set<Notice['code']>(['not-checked', 'findings-capped', 'rule-failed', 'lint-failed']);

export function startServer(connection: Connection, version: string): void {
  new TouchpointServer(connection, version).listen();
}

class TouchpointServer {
  private readonly documents = new OpenDocuments();
  private readonly loader = new ConfigLoader();
  /** Documents of virtual file systems read their config through the client, one loader per scheme and authority. */
  private readonly virtualLoaders = new Map<string, ConfigLoader>();
  private readonly pageRunner = new PageRunner({ workers: 1 });
  private readonly linter: ServerLinter;
  /** The last finished workspace review, for the scorecard and exports. */
  private readonly kept = new KeptReview();
  private settings: Settings = readSettings(
    () => undefined,
    () => undefined,
  );
  private timeBudgetMs = DEFAULT_TIME_BUDGET_MS;
  private initOptions: TouchpointInitializationOptions = {};
  private pull = false;
  private configurationRequests = false;
  /** The client applies edits that create files (a new config for “turn the rule off”). */
  private canCreateFiles = false;
  private workspaceFolders: string[] = [];
  /** Config files with an error diagnostic, and messages already said (once until configs reload). */
  private readonly brokenConfigs = new Set<string>();
  private readonly said = new Set<string>();
  private relintTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly version: string,
  ) {
    this.linter = new ServerLinter({
      documents: this.documents,
      settings: () => this.settings,
      configFor: (open) => this.configFor(open),
      pageRunner: this.pageRunner,
      linted: (open, linted) => this.publish(open, linted),
      configError: (error) => this.configError(error),
      configLoaded: (file) => this.configLoaded(file),
      log: (level, message) => this.connection.console[level](message),
      timed: (open, ms) => this.overBudget(open, ms),
    });
  }

  listen(): void {
    const { connection } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => void this.initialized());
    connection.onDidChangeConfiguration(() => void this.reloadSettings());
    connection.onDidChangeWatchedFiles(({ changes }) => {
      for (const change of changes) {
        const fileName = fileNameOf(change.uri);
        // Dependencies and history are not the project's configs or catalogs (an install creates thousands).
        if (/[\\/](node_modules|\.git)[\\/]/.test(fileName)) continue;
        this.fileChanged(fileName, change.type === FileChangeType.Created);
      }
    });
    this.documents.listen(connection, {
      opened: (open) => this.linter.opened(open),
      changed: (open, changes) => this.linter.changed(open, changes, !this.pull),
      saved: (open) => this.linter.saved(open),
      closed: (open) => {
        this.linter.closed(open);
        if (this.initOptions.reports)
          void connection.sendNotification(REPORT_NOTIFICATION, { uri: open.document.uri, counts: null });
        if (!this.pull) void connection.sendDiagnostics({ uri: open.document.uri, diagnostics: [] });
      },
    });
    connection.languages.diagnostics.on(async ({ textDocument }) => {
      const open = this.documents.get(textDocument.uri);
      // In onSave mode the last check's findings stand until the next save.
      const linted =
        open && (this.settings.run === 'onSave' ? this.linter.last(open) : await this.linter.currentOrLint(open));
      return { kind: DocumentDiagnosticReportKind.Full, items: open && linted ? this.diagnostics(open, linted) : [] };
    });
    connection.onCodeAction(async ({ textDocument, context }) => {
      const open = this.documents.get(textDocument.uri);
      const linted = open && (await this.linter.currentOrLint(open));
      if (!open || !linted) return [];
      // `only` names kinds and their parents (`source` asks for `source.fixAll.touchpoint` too).
      const asks = (kind: string) =>
        !context.only || context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
      const quickFixes = asks(CodeActionKind.QuickFix)
        ? this.quickFixes(open, linted, context.diagnostics, await this.configFileOf(open))
        : [];
      return [...quickFixes, ...(context.only && asks(FIX_ALL_KIND) ? this.fixAll(open, linted) : [])];
    });
    connection.onHover(async ({ textDocument, position }) => {
      const open = this.documents.get(textDocument.uri);
      const linted = open && (await this.linter.currentOrLint(open));
      if (!open || !linted) return null;
      const offset = open.document.offsetAt(position);
      const here = linted.report.findings.filter((f) => f.range.start <= offset && offset <= f.range.end);
      if (here.length === 0) return null;
      return { contents: { kind: 'markdown', value: hoverMarkdown(here, linted.language) } };
    });
    connection.onRequest(REVIEW_REQUEST, async (params: ReviewParams, token) => {
      if (!this.settings.enable) return null;
      const progress = connection.window.attachWorkDoneProgress(params.workDoneToken);
      const report = await serveReview(params, this.reviewContext(), token, progress);
      const kept = this.kept.reviewed(params, report);
      // Once the answer is on its way, the review's memory goes (collect.ts).
      if (report.files.length > 1) setTimeout(collectGarbage, AFTER_REVIEW_MS);
      return params.summary ? ({ ...kept, reviewed: packReport(forProblems(report)) } satisfies ReviewAnswer) : report;
    });
    connection.onRequest(SCORECARD_REQUEST, (params: ScorecardParams) =>
      this.kept.scorecard(params, this.linter.reports()),
    );
    connection.onRequest(EXPORT_REQUEST, (params: ExportParams) => this.kept.export(params, this.linter.reports()));
    connection.onRequest(RULES_REQUEST, (): RuleEntry[] =>
      rules.map((rule) => ({ id: rule.id, help: rule.help, docsUrl: docsUrl(rule.id) })),
    );
    connection.onShutdown(async () => {
      clearTimeout(this.relintTimer);
      this.linter.dispose();
      await this.pageRunner.close();
    });
    connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const capabilities = params.capabilities;
    this.initOptions = (params.initializationOptions ?? {}) as TouchpointInitializationOptions;
    this.pull = capabilities.textDocument?.diagnostic !== undefined && this.initOptions.diagnostics !== 'push';
    this.configurationRequests = capabilities.workspace?.configuration === true;
    this.canCreateFiles = capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create') ?? false;
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : []);
    this.workspaceFolders = folders
      .filter((folder) => folder.uri.startsWith('file:'))
      .map((folder) => fileNameOf(folder.uri));
    this.applySettings(this.initOptions.settings ?? {});
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        ...(this.pull && {
          diagnosticProvider: { identifier: 'touchpoint', interFileDependencies: true, workspaceDiagnostics: false },
        }),
      },
      serverInfo: { name: 'touchpoint', version: this.version },
    };
  }

  private async initialized(): Promise<void> {
    const { client } = this.connection;
    // Files Touchpoint reads besides open documents: configs, design-system detection, catalogs.
    await client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: `**/${CONFIG_FILE_NAME}` },
          { globPattern: '**/*.{json,js,jsx,ts,tsx,mjs,cjs,mts,cts}' },
        ],
      })
      .catch(() => undefined); // a client without dynamic watchers: changes on disk are seen on reopen
    if (this.configurationRequests) {
      await client.register(DidChangeConfigurationNotification.type, { section: 'touchpoint' }).catch(() => undefined);
      await this.reloadSettings();
    }
    // The parsers and rules compiled before the first document needs them, and the code cache
    // written then if it is still to be (a server runs for hours: launch/codeCache.ts).
    setTimeout(() => {
      warmUp();
      pendingCodeCache()?.();
    }, 0);
  }

  private async reloadSettings(): Promise<void> {
    if (this.configurationRequests) {
      const section = (await this.connection.workspace.getConfiguration('touchpoint').catch(() => undefined)) as
        Record<string, unknown> | null | undefined;
      this.applySettings(section ?? this.initOptions.settings ?? {});
    }
    this.reloadConfigs();
  }

  private applySettings(raw: Record<string, unknown>): void {
    this.settings = readSettings(
      (key) => raw[key],
      (message) => this.sayOnce(message, 'warning'),
    );
    const budget = raw.timeBudget;
    this.timeBudgetMs = typeof budget === 'number' && budget >= 0 ? budget : DEFAULT_TIME_BUDGET_MS;
  }

  private async configFor(open: OpenDocument): Promise<ResolvedConfig> {
    const uri = new URL(open.document.uri);
    if (uri.protocol === 'file:' || uri.protocol === 'untitled:')
      return applySettings(await this.loader.forFile(open.fileName), this.settings);
    const key = `${uri.protocol}//${uri.host}`;
    let loader = this.virtualLoaders.get(key);
    if (!loader) {
      // `touchpoint/readFile`: the client reads a file of its file system (null when there is none).
      const readFile = async (file: string) => {
        const target = new URL(uri.href);
        target.pathname = file;
        const text = await this.connection
          .sendRequest<string | null>(READ_FILE_REQUEST, { uri: target.href })
          .catch(() => null);
        return text ?? undefined;
      };
      loader = new ConfigLoader({ readFile });
      this.virtualLoaders.set(key, loader);
    }
    return applySettings(await loader.forFile(open.fileName), this.settings);
  }

  private reviewContext(): ReviewContext {
    return {
      settings: this.settings,
      configFor: async (file) => {
        try {
          const config = applySettings(await this.loader.forFile(file), this.settings);
          if (config.files[0]) this.configLoaded(config.files[0]);
          return config;
        } catch (error) {
          if (error instanceof ConfigError) this.configError(error);
          throw error;
        }
      },
      openText: (file) => this.documents.byFileName(file)?.document.getText(),
      pageRunner: this.pageRunner,
      messages: this.linter.messages,
      configError: (error) => this.configError(error),
      log: (message) => this.connection.console.warn(message),
      covered: (file) => this.kept.covers(file),
    };
  }

  /** Configs are read again (settings, a config file or a package.json changed): every open document again. */
  private reloadConfigs(): void {
    this.loader.clear();
    this.virtualLoaders.clear();
    this.said.clear();
    for (const file of this.brokenConfigs) void this.connection.sendDiagnostics({ uri: uriOf(file), diagnostics: [] });
    this.brokenConfigs.clear();
    this.sendStatus();
    this.linter.relintAll();
  }

  private fileChanged(fileName: string, created: boolean): void {
    const base = path.basename(fileName);
    if (base === CONFIG_FILE_NAME || base === 'package.json') this.reloadConfigs();
    // A new JSON file may be a catalog a config's `messages` names: the catalogs are looked up again.
    if (/^[jt]sconfig\.json$/.test(base) || base === 'package.json' || (created && base.endsWith('.json'))) {
      this.linter.messages.forget(fileName);
      // Once for a burst of changes (a git checkout touches many files at once).
      clearTimeout(this.relintTimer);
      this.relintTimer = setTimeout(() => this.linter.relintAll(), RELINT_DELAY_MS);
      return;
    }
    this.linter.fileChanged(fileName);
  }

  /** A broken config: an error at its real line on the config file, said once. */
  private configError(error: Pick<ConfigError, 'file' | 'key' | 'message'>): void {
    let text = '';
    try {
      text = readFileSync(error.file, 'utf8');
    } catch {
      // Unreadable: the diagnostic goes at the start.
    }
    const range = configErrorRange(text, error);
    const config = TextDocument.create(uriOf(error.file), 'json', 0, text);
    if (!this.brokenConfigs.has(error.file)) {
      this.brokenConfigs.add(error.file);
      this.sendStatus();
    }
    void this.connection.sendDiagnostics({
      uri: uriOf(error.file),
      diagnostics: [
        {
          range: { start: config.positionAt(range.start), end: config.positionAt(range.end) },
          message: error.message,
          severity: DiagnosticSeverity.Error,
          source: 'touchpoint',
          code: 'config-error',
        },
      ],
    });
    this.sayOnce(`Touchpoint: ${error.message}`, 'error');
  }

  private configLoaded(file: string): void {
    if (!this.brokenConfigs.delete(file)) return;
    void this.connection.sendDiagnostics({ uri: uriOf(file), diagnostics: [] });
    this.sendStatus();
  }

  private sendStatus(): void {
    if (this.initOptions.reports)
      void this.connection.sendNotification(STATUS_NOTIFICATION, { brokenConfigs: [...this.brokenConfigs] });
  }

  private overBudget(open: OpenDocument, milliseconds: number): void {
    if (this.timeBudgetMs === 0 || milliseconds <= this.timeBudgetMs) return;
    const message = `Touchpoint took ${Math.round(milliseconds)} ms to check ${path.basename(open.fileName)} (over touchpoint.timeBudget, ${this.timeBudgetMs} ms): checks as you type may lag; "touchpoint.run": "onSave" checks it on save only`;
    this.connection.console.warn(`${open.fileName}: ${message}`);
    this.sayOnce(message, 'warning', open.fileName);
  }

  private sayOnce(message: string, level: 'error' | 'warning', key = message): void {
    if (this.said.has(key)) return;
    this.said.add(key);
    if (level === 'error') void this.connection.window.showErrorMessage(message);
    else void this.connection.window.showWarningMessage(message);
  }

  /** A lint finished: pushed, or the pulling client told to ask again. */
  private publish(open: OpenDocument, linted: Linted | undefined): void {
    if (this.initOptions.reports)
      void this.connection.sendNotification(REPORT_NOTIFICATION, {
        uri: open.document.uri,
        counts: linted
          ? ({
              fileName: linted.report.fileName,
              findings: linted.report.findings.length,
              checked: linted.report.checked,
            } satisfies DocumentCounts)
          : null,
      });
    if (this.pull) {
      this.connection.languages.diagnostics.refresh();
      return;
    }
    void this.connection.sendDiagnostics({
      uri: open.document.uri,
      version: linted?.version,
      diagnostics: linted ? this.diagnostics(open, linted) : [],
    });
  }

  private diagnostics(open: OpenDocument, linted: Linted): Diagnostic[] {
    const { document } = open;
    // Positions from offsets in the text the lint read (the version it linted is the current one).
    const at = (start: number, end: number) => ({ start: document.positionAt(start), end: document.positionAt(end) });
    const diagnostics = linted.report.findings
      .slice(0, MAX_DIAGNOSTICS)
      .map((finding) => toDiagnostic(finding, at(finding.range.start, finding.range.end), document.uri));
    for (const notice of linted.report.notices) {
      if (!SHOWN_NOTICES.has(notice.code)) continue;
      const range = notice.range ? at(notice.range.start, notice.range.end) : at(0, 0);
      diagnostics.push({
        range,
        message: notice.message,
        severity: notice.code === 'rule-failed' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
        source: 'touchpoint',
        code: notice.code,
      });
    }
    return diagnostics;
  }

  /**
   * The config file a “turn the rule off” action edits: the nearest one that made the document's
   * config (`exists`), or where a new one goes (the workspace folder of the file); none for a
   * broken config, or a document not on disk.
   */
  private async configFileOf(open: OpenDocument): Promise<{ file: string; exists: boolean } | undefined> {
    if (!open.document.uri.startsWith('file:')) return undefined;
    const config = await this.configFor(open).catch(() => undefined);
    if (!config) return undefined;
    if (config.files[0]) return { file: config.files[0], exists: true };
    if (!this.canCreateFiles) return undefined;
    const folder = this.workspaceFolders
      .filter((root) => open.fileName.startsWith(root + path.sep))
      .sort((a, b) => b.length - a.length)[0];
    return { file: path.join(folder ?? path.dirname(open.fileName), CONFIG_FILE_NAME), exists: false };
  }

  /** “Turn off x in .touchpointrc.json”: the rule's setting in the config becomes "off" (or a config is created). */
  private turnOffAction(ruleId: string, config: { file: string; exists: boolean }): CodeAction | undefined {
    const uri = uriOf(config.file);
    const title = `Turn off ${ruleId} in ${config.exists ? '' : 'a new '}${CONFIG_FILE_NAME}`;
    if (!config.exists) {
      const text = newConfigTurningOff(ruleId);
      return {
        title,
        kind: CodeActionKind.QuickFix,
        edit: {
          documentChanges: [
            { kind: 'create', uri, options: { ignoreIfExists: true } },
            { textDocument: { uri, version: null }, edits: [{ range: ZERO_RANGE, newText: text }] },
          ],
        },
      };
    }
    const open = this.documents.byFileName(config.file);
    let text: string;
    try {
      text = open ? open.document.getText() : readFileSync(config.file, 'utf8');
    } catch {
      return undefined;
    }
    const edit = turnOffRuleEdit(text, ruleId);
    if (!edit) return undefined;
    const document = open?.document ?? TextDocument.create(uri, 'json', 0, text);
    const at = (offset: number) => document.positionAt(offset);
    return {
      title,
      kind: CodeActionKind.QuickFix,
      edit: {
        documentChanges: [
          {
            textDocument: { uri, version: open ? open.document.version : null },
            edits: [{ range: { start: at(edit.range.start), end: at(edit.range.end) }, newText: edit.newText }],
          },
        ],
      },
    };
  }

  private quickFixes(
    open: OpenDocument,
    linted: Linted,
    diagnostics: readonly Diagnostic[],
    config: { file: string; exists: boolean } | undefined,
  ): CodeAction[] {
    const { document, fileName } = open;
    const text = document.getText();
    const fixes: CodeAction[] = [];
    const others: CodeAction[] = [];
    const shown: CodeAction[] = [];
    const seenRules = new Set<string>();
    const seenElements = new Set<number>();
    const commands = this.initOptions.commands ?? {};
    for (const diagnostic of diagnostics) {
      if (diagnostic.source !== 'touchpoint') continue;
      const ruleId = String(diagnostic.code);
      const start = document.offsetAt(diagnostic.range.start);
      const finding = linted.report.findings.find((f) => f.ruleId === ruleId && f.range.start === start);
      if (!finding) continue;
      const first = !seenRules.has(ruleId);
      seenRules.add(ruleId);
      const actions = findingActions(text, linted.language, fileName, finding, linted.report.findings, first);
      for (const action of actions.fixes)
        fixes.push(this.codeAction(open, action, CodeActionKind.QuickFix, [diagnostic]));
      for (const action of actions.suppressions) others.push(this.codeAction(open, action, CodeActionKind.QuickFix));
      const turnOff = first && config ? this.turnOffAction(ruleId, config) : undefined;
      if (turnOff) others.push(turnOff);
      if (first && commands.showDocs) {
        const title = `Show documentation for ${ruleId}`;
        others.push({
          title,
          kind: CodeActionKind.QuickFix,
          command: { title, command: commands.showDocs, arguments: [finding.docsUrl] },
        });
      }
      if (!commands.showScorecard || seenElements.has(finding.range.start)) continue;
      seenElements.add(finding.range.start);
      const target = { ruleId, fileName, line: finding.location.line, column: finding.location.column };
      shown.push({
        title: 'Show in scorecard',
        kind: CodeActionKind.QuickFix,
        command: { title: 'Show in scorecard', command: commands.showScorecard, arguments: [target] },
      });
    }
    return [...fixes, ...others, ...shown];
  }

  private fixAll(open: OpenDocument, linted: Linted): CodeAction[] {
    const action = fixAllAction(linted.report.findings);
    return action ? [this.codeAction(open, action, FIX_ALL_KIND)] : [];
  }

  private codeAction(open: OpenDocument, action: EditAction, kind: string, diagnostics?: Diagnostic[]): CodeAction {
    const { document } = open;
    const edits: TextEdit[] = action.edits.map(({ range, newText }) => ({
      range: { start: document.positionAt(range.start), end: document.positionAt(range.end) },
      newText,
    }));
    return {
      title: action.title,
      kind,
      edit: { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] },
      ...(diagnostics && { diagnostics }),
      ...(action.preferred && { isPreferred: true }),
    };
  }
}

function toDiagnostic(finding: Finding, range: Diagnostic['range'], uri: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range,
    message: finding.message,
    severity: SEVERITY[finding.severity],
    source: 'touchpoint',
    code: finding.ruleId,
    codeDescription: { href: finding.docsUrl },
  };
  const related = finding.related?.flatMap((item) => {
    const at = item.location;
    if (!at) return [];
    return [
      {
        location: {
          uri: item.fileName ? uriOf(item.fileName) : uri,
          range: {
            start: { line: at.line - 1, character: at.column - 1 },
            end: { line: at.endLine - 1, character: at.endColumn - 1 },
          },
        },
        message: item.message,
      },
    ];
  });
  if (related && related.length > 0) diagnostic.relatedInformation = related;
  return diagnostic;
}

const ZERO_RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function uriOf(fileName: string): string {
  return pathToFileURL(fileName).href;
}
