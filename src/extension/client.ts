/**
 * The language client: starts the Touchpoint language server (dist/server.js, src/server) in its
 * own Node process and hands it the open HTML / JSX / TSX documents and JSON catalogs. The server
 * checks them and answers with diagnostics, quick fixes and hovers; if it crashes, the client
 * starts it again (a bounded number of times) and says so once. What stays here: reading files of
 * virtual file systems for the server (`touchpoint/readFile`), each open document's latest counts
 * for the status items (`touchpoint/report`), and the requests to the server (the review, the
 * scorecard's data, exports, the rule list).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  State,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import type { ScorecardData } from '../core/index.js';
import { SUPPORTED_LANGUAGE_IDS } from '../core/parse/languages.js';
import { unpackReport } from '../server/packedReport.js';
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
  type ProblemsFile,
  type ReviewAnswer,
  type ReviewParams,
  type ReviewSummary,
  type RuleEntry,
  type ScorecardExport,
  type ScorecardParams,
  type TouchpointInitializationOptions,
} from '../server/protocol.js';
import { COMMANDS } from './commands.js';

/** A review's answer, unpacked: the kept review's summary, and the files this request reviewed. */
export interface ReviewResult {
  readonly summary: ReviewSummary | null;
  readonly files: readonly ProblemsFile[];
  readonly cancelled: boolean;
  /** Files named that left the review (deleted, or no longer covered). */
  readonly removed: readonly string[];
}

/** Restarts after the server stops on its own, within RESTART_WINDOW_MS, before giving up. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60_000;

export class TouchpointClient implements vscode.Disposable {
  readonly client: LanguageClient;
  private readonly counts = new Map<string, DocumentCounts>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fired when an open document's report, or the broken configs, changed (the scorecard and status items update). */
  readonly onDidChangeReports = this.changed.event;
  private readonly restarted = new vscode.EventEmitter<void>();
  /** Fired when the server runs again after it stopped (crashed, or restarted): it kept no review. */
  readonly onDidRestart = this.restarted.event;
  /** Config files the server could not read, as it last said. */
  brokenConfigs: readonly string[] = [];
  /** The documents handed to the server: `touchpoint.validate`'s languages, and JSON (catalogs). */
  private readonly selector: Array<{ language: string }> = validatedLanguages().map((language) => ({ language }));

  constructor(context: vscode.ExtensionContext, log: vscode.LogOutputChannel) {
    const module = path.join(__dirname, 'server.js');
    // glibc gives each thread an arena of its own and keeps what the review's threads freed; two
    // arenas leave the server less resident memory after a review (bench/README.md, Memory).
    const env = { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' };
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc, options: { env } },
      debug: { module, transport: TransportKind.ipc, options: { env, execArgv: ['--inspect=6010'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: this.selector,
      diagnosticCollectionName: 'touchpoint',
      outputChannel: log,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      initializationOptions: {
        commands: { showDocs: COMMANDS.showDocs, showScorecard: COMMANDS.showScorecard },
        reports: true,
        // Pushed: each check's findings replace the last as it ends (the page run's after a save
        // included), and in onSave mode they stand until the next save. VS Code's pull model asks
        // again for every open document on each refresh, and dropped them (integration tests).
        diagnostics: 'push',
      } satisfies TouchpointInitializationOptions,
      markdown: { isTrusted: false, supportHtml: false },
      errorHandler: restartingHandler(log),
    };
    this.client = new LanguageClient('touchpoint', 'Touchpoint', serverOptions, clientOptions);
    let started = false;
    context.subscriptions.push(
      this.client.onDidChangeState(({ newState }) => {
        if (newState !== State.Running) return;
        if (started) this.restarted.fire();
        started = true;
      }),
      this.client.onRequest(READ_FILE_REQUEST, async ({ uri }: { uri: string }) => {
        try {
          return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));
        } catch {
          return null; // not there (or not readable): the config search goes on upwards
        }
      }),
      this.client.onNotification(
        REPORT_NOTIFICATION,
        ({ uri, counts }: { uri: string; counts: DocumentCounts | null }) => {
          if (counts) this.counts.set(uri, counts);
          else this.counts.delete(uri);
          this.changed.fire();
        },
      ),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration('touchpoint.validate')) return;
        // The selector is read when the client starts: changed in place, then a restart.
        this.selector.splice(0, this.selector.length, ...validatedLanguages().map((language) => ({ language })));
        void this.restart();
      }),
      this.client.onNotification(STATUS_NOTIFICATION, ({ brokenConfigs }: { brokenConfigs: string[] }) => {
        this.brokenConfigs = brokenConfigs;
        this.changed.fire();
      }),
    );
  }

  /**
   * Reviews files in the server (`touchpoint/review`), which keeps the review: the answer is its
   * summary and the reviewed files' reports (packed for the trip, for Problems); null when
   * Touchpoint is off. `token` cancels it (the answer is then what was reviewed so far).
   */
  async review(params: Omit<ReviewParams, 'summary'>, token?: vscode.CancellationToken): Promise<ReviewResult | null> {
    const asked = { ...params, summary: true };
    // Without a token, none is passed: an undefined one would be sent as a second parameter.
    const answer = await (token
      ? this.client.sendRequest<ReviewAnswer | null>(REVIEW_REQUEST, asked, token)
      : this.client.sendRequest<ReviewAnswer | null>(REVIEW_REQUEST, asked));
    if (!answer) return null;
    const { files, cancelled } = unpackReport(answer.reviewed);
    return { summary: answer.summary, files, cancelled, removed: answer.removed };
  }

  /** The scorecard's data, drawn by the server from its kept review and the open documents. */
  scorecard(params: ScorecardParams): Promise<ScorecardData> {
    return this.client.sendRequest<ScorecardData>(SCORECARD_REQUEST, params);
  }

  /** Every rule the server knows, for a rule picker. */
  rules(): Promise<RuleEntry[]> {
    return this.client.sendRequest<RuleEntry[]>(RULES_REQUEST);
  }

  /** The scorecard as a file of a format, rendered by the server. */
  export(params: ExportParams): Promise<ScorecardExport> {
    return this.client.sendRequest<ScorecardExport>(EXPORT_REQUEST, params);
  }

  start(): Promise<void> {
    return this.client.start();
  }

  /** What the server's latest checks of open documents came to. */
  liveCounts(): Iterable<DocumentCounts> {
    return this.counts.values();
  }

  /** Open documents the server did not check (too large, binary), by file name. */
  notChecked(): string[] {
    return [...this.counts.values()].filter((counts) => !counts.checked).map((counts) => counts.fileName);
  }

  async restart(): Promise<void> {
    this.counts.clear();
    this.changed.fire();
    await this.client.restart();
  }

  dispose(): void {
    this.changed.dispose();
    this.restarted.dispose();
    void this.client.stop();
  }
}

/**
 * `touchpoint.validate`: the language ids whose documents Touchpoint checks (HTML, JSX and TSX by
 * default; `javascript` for JSX written in .js files, `typescript` for .ts), known ones only; JSON
 * always, for message catalogs (the server checks only those of the source language).
 */
function validatedLanguages(): string[] {
  const value = vscode.workspace.getConfiguration('touchpoint').get<unknown>('validate');
  const wanted = Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  const known = wanted.filter((id) => SUPPORTED_LANGUAGE_IDS.includes(id));
  return [...new Set([...(known.length > 0 ? known : DEFAULT_LANGUAGES), 'json'])];
}

const DEFAULT_LANGUAGES = ['html', 'javascriptreact', 'typescriptreact'];

/**
 * When the server stops on its own (a crash, out of memory, killed): started again, up to
 * MAX_RESTARTS times in RESTART_WINDOW_MS, and said once; past that it stays stopped, and
 * **Touchpoint: Restart Server** starts it. An error on the connection keeps it (as the default).
 */
function restartingHandler(log: vscode.LogOutputChannel): ErrorHandler {
  let restarts: number[] = [];
  let said = false;
  return {
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () => {
      const now = Date.now();
      restarts = [...restarts.filter((time) => now - time < RESTART_WINDOW_MS), now];
      if (restarts.length > MAX_RESTARTS) {
        const message = `Touchpoint's server stopped ${restarts.length} times in 3 minutes and was not started again: run “Touchpoint: Restart Server”, and see the Touchpoint output for why.`;
        log.error(message);
        void vscode.window.showErrorMessage(message);
        return { action: CloseAction.DoNotRestart, handled: true };
      }
      log.warn(`The Touchpoint server stopped; starting it again (${restarts.length} of ${MAX_RESTARTS}).`);
      if (!said) {
        said = true;
        void vscode.window.showWarningMessage(
          'Touchpoint’s server stopped and was started again; your files are being checked again. The Touchpoint output says why.',
        );
      }
      return { action: CloseAction.Restart, handled: true };
    },
  };
}
