/**
 * The VS Code face: lints open HTML / JSX / TSX documents with the engine and shows findings as
 * diagnostics (source `touchpoint`, code = rule id linking to its docs), with quick fixes
 * (codeActions.ts), settings (settings.ts), a workspace review with progress and cancel, a
 * status bar item, and the whole-page axe run in a worker on open and save.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import {
  combineReports,
  ConfigError,
  ConfigLoader,
  historyPoint,
  getRule,
  scoreOfTallies,
  languageForFile,
  languageForLanguageId,
  lint,
  lintWithPage,
  PageRunner,
  review,
  type FileReport,
  type Finding,
  type Notice,
  type ResolvedConfig,
  type Severity,
  type WorkspaceReport,
} from '../core/index.js';
import { TouchpointCodeActions, type LintedDocument } from './codeActions.js';
import { discoverFiles, UsageError } from '../core/discover.js';
import { COMMANDS } from './commands.js';
import type { ReviewMessage, ReviewRequest } from './reviewWorker.js';
import { ScorecardPanel } from './scorecardPanel.js';
import type { HistoryPoint } from '../core/scorecard.js';
import { applySettings, readSettings, type Settings } from './settings.js';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};
const DEBOUNCE_MS = 300;
const LANGUAGES = ['html', 'javascriptreact', 'typescriptreact', 'javascript', 'typescript'];
const FILE_GLOB = '**/*.{html,htm,jsx,tsx,js,ts,mjs,cjs}';
/** VS Code shows at most this many diagnostics per file. */
const MAX_DIAGNOSTICS = 1000;
/** Past reviews kept for the scorecard's history plot (workspace state). */
const HISTORY_KEY = 'touchpoint.history';
const HISTORY_LENGTH = 50;

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Touchpoint', { log: true });
  const diagnostics = vscode.languages.createDiagnosticCollection('touchpoint');
  const configDiagnostics = vscode.languages.createDiagnosticCollection('touchpoint-config');
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  const configs = new ConfigLoader();
  const timers = new Map<string, NodeJS.Timeout>();
  const generations = new Map<string, number>();
  // Whole-page axe runs on open and save, in a worker; its findings are kept between saves and
  // moved with each edit (a finding an edit touches is dropped until the next save).
  const pageRunner = new PageRunner({ workers: 1 });
  const pageFindings = new Map<string, Finding[]>();
  const linted = new Map<string, LintedDocument>();
  // The scorecard's view of open documents: each one's latest report, whole-page tallies kept.
  const liveReports = new Map<string, FileReport>();
  const pageTallies = new Map<string, FileReport['tallies']>();
  const reportedConfigErrors = new Set<string>();
  let settings = loadSettings(log);
  let lastReview: WorkspaceReport | undefined;
  const scorecard = new ScorecardPanel(
    context.extensionUri,
    {
      current: () => {
        // The last review, with open documents' live results in place of their reviewed ones.
        const byFile = new Map((lastReview?.files ?? []).map((file) => [file.fileName, file]));
        for (const report of liveReports.values()) byFile.set(report.fileName, report);
        const report = combineReports([...byFile.values()], {
          cancelled: lastReview?.cancelled,
          durationMs: lastReview?.durationMs,
        });
        return { report, scope: lastReview ? 'review' : 'open-files' };
      },
      history: () => context.workspaceState.get<HistoryPoint[]>(HISTORY_KEY, []),
    },
    String((context.extension.packageJSON as { version?: unknown }).version ?? '0.0.0'),
    log,
  );
  context.subscriptions.push(log, diagnostics, configDiagnostics, status, scorecard, {
    dispose: () => void pageRunner.close(),
  });

  // Documents of virtual workspaces (vscode-vfs:, …) read their .touchpointrc.json through
  // workspace.fs: one loader per scheme and authority.
  const virtualConfigs = new Map<string, ConfigLoader>();
  const documentConfig = (uri: vscode.Uri): Promise<ResolvedConfig> => {
    if (uri.scheme === 'file' || uri.scheme === 'untitled') return configFor(uri.fsPath || uri.path);
    const key = `${uri.scheme}://${uri.authority}`;
    let loader = virtualConfigs.get(key);
    if (!loader) {
      loader = new ConfigLoader({
        readFile: async (file) => {
          try {
            return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri.with({ path: file })));
          } catch {
            return undefined; // not there (or not readable): the search goes on upwards
          }
        },
      });
      virtualConfigs.set(key, loader);
    }
    return loader.forFile(uri.path).then((config) => applySettings(config, settings));
  };
  const configFor = async (file: string): Promise<ResolvedConfig> =>
    applySettings(await configs.forFile(file), settings);

  /** A broken config file: one clear error (once per message), with a link to the file. */
  const reportConfigError = (error: { readonly file: string; readonly message: string }): void => {
    const uri = vscode.Uri.file(error.file);
    const diagnostic = new vscode.Diagnostic(
      new vscode.Range(0, 0, 0, 0),
      error.message,
      vscode.DiagnosticSeverity.Error,
    );
    diagnostic.source = 'touchpoint';
    diagnostic.code = 'config-error';
    configDiagnostics.set(uri, [diagnostic]);
    log.error(error.message);
    if (reportedConfigErrors.has(error.message)) return;
    reportedConfigErrors.add(error.message);
    void vscode.window
      .showErrorMessage(`Touchpoint: ${error.message}`, 'Open config file')
      .then((choice) => choice && vscode.window.showTextDocument(uri));
  };

  const updateStatus = (): void => {
    if (!settings.enable) {
      status.hide();
      return;
    }
    if (lastReview) {
      status.text = `$(checklist) Touchpoint ${Math.round(lastReview.score.overall ?? 0)} · ${lastReview.findingCount}`;
      status.tooltip = `Touchpoint: overall score ${Math.round(lastReview.score.overall ?? 0)}, ${lastReview.findingCount} findings in ${lastReview.files.length} files. Click to open the scorecard.`;
    } else {
      let count = 0;
      diagnostics.forEach((_uri, list) => (count += list.length));
      status.text = `$(checklist) Touchpoint · ${count}`;
      status.tooltip = `Touchpoint: ${count} findings in open files. Click to open the scorecard.`;
    }
    status.command = COMMANDS.showScorecard;
    status.show();
  };

  const publish = (
    uri: vscode.Uri,
    document: vscode.TextDocument | undefined,
    findings: readonly Finding[],
    notices: readonly Notice[],
  ) => {
    diagnostics.set(uri, [
      ...findings.slice(0, MAX_DIAGNOSTICS).map((finding) => toDiagnostic(uri, document, finding)),
      // “412 more findings not shown”: where the rule's list stops (the engine lists 100 per rule).
      ...notices.filter((notice) => notice.code === 'findings-capped').map(cappedDiagnostic),
    ]);
    updateStatus();
    scorecard.scheduleUpdate();
  };

  const lintDocument = async (document: vscode.TextDocument, withPage = false): Promise<void> => {
    const language = languageForLanguageId(document.languageId);
    if (!language || document.uri.scheme === 'output' || !settings.enable) return;
    const key = document.uri.toString();
    const generation = (generations.get(key) ?? 0) + 1;
    generations.set(key, generation);
    try {
      const config = await documentConfig(document.uri);
      if (config.files[0]) configDiagnostics.delete(vscode.Uri.file(config.files[0]));
      const options = { fileName: document.fileName, log: (message: string) => log.warn(message) };
      const text = document.getText();
      const report = withPage
        ? await lintWithPage(text, language, config, { ...options, runner: pageRunner })
        : lint(text, language, config, options);
      if (generations.get(key) !== generation) return; // a newer edit has started its own lint
      for (const notice of report.notices)
        if (notice.code === 'not-checked' || notice.code === 'rule-failed')
          log.info(`${document.fileName}: ${notice.message}`);
      if (withPage) {
        pageFindings.set(
          key,
          report.findings.filter((finding) => getRule(finding.ruleId)?.pageRun),
        );
        pageTallies.set(key, Object.fromEntries(Object.entries(report.tallies).filter(([id]) => getRule(id)?.pageRun)));
      }
      const findings = withPage ? report.findings : [...report.findings, ...(pageFindings.get(key) ?? [])];
      linted.set(key, { version: document.version, findings });
      // While typing the page run is not redone: its last tallies stand in, and the file is rescored with them.
      const tallies = { ...pageTallies.get(key), ...report.tallies };
      liveReports.set(key, { ...report, findings, tallies, score: scoreOfTallies(tallies) });
      publish(document.uri, document, findings, report.notices);
    } catch (error) {
      diagnostics.delete(document.uri); // never leave stale results behind
      linted.delete(key);
      liveReports.delete(key);
      if (error instanceof ConfigError) reportConfigError(error);
      else log.error(`Could not check ${document.fileName}: ${error instanceof Error ? error.stack : String(error)}`);
      updateStatus();
    }
  };
  /**
   * In on-save mode diagnostics wait for the save, but quick fixes are still worked out for
   * the text as it is now: a lint whose results are not published.
   */
  const lintQuietly = async (document: vscode.TextDocument): Promise<LintedDocument | undefined> => {
    const language = languageForLanguageId(document.languageId);
    if (!language || !settings.enable) return undefined;
    try {
      const config = await documentConfig(document.uri);
      const report = lint(document.getText(), language, config, { fileName: document.fileName });
      return { version: document.version, findings: report.findings };
    } catch {
      return undefined; // a broken config is reported by the lints that publish
    }
  };
  const schedule = (document: vscode.TextDocument): void => {
    if (settings.run === 'onSave') return;
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => void lintDocument(document), DEBOUNCE_MS),
    );
  };
  const relintOpen = (): void => {
    configs.clear();
    virtualConfigs.clear();
    reportedConfigErrors.clear();
    configDiagnostics.clear();
    if (!settings.enable) {
      diagnostics.clear();
      linted.clear();
      liveReports.clear();
      pageFindings.clear();
      updateStatus();
      return;
    }
    vscode.workspace.textDocuments.forEach((open) => void lintDocument(open, true));
  };

  /**
   * Reviews every matching file of the workspace in a worker thread (reviewWorker.ts), so the
   * editor stays responsive; returns the report (the integration tests use it).
   */
  const reviewWorkspace = async (): Promise<WorkspaceReport | undefined> => {
    if (!settings.enable) return undefined;
    const files = await workspaceFiles(configFor);
    const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.fsPath, document]));
    return vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: 'Touchpoint: reviewing the workspace',
        cancellable: true,
      },
      async (progress, token) => {
        const worker = new Worker(path.join(__dirname, 'reviewWorker.js'));
        let reported = 0;
        const report = await new Promise<WorkspaceReport>((resolve, reject) => {
          token.onCancellationRequested(() => worker.postMessage({ type: 'cancel' } satisfies ReviewRequest));
          worker.on('message', (message: ReviewMessage) => {
            if (message.type === 'progress') {
              const percent = Math.floor((message.done / message.total) * 100);
              progress.report({ message: `${message.done} of ${message.total} files`, increment: percent - reported });
              reported = percent;
            } else if (message.type === 'log') log.warn(message.message);
            else if (message.type === 'config-error') reportConfigError(message);
            else if (message.type === 'done') resolve(message.report);
            else reject(new Error(message.message));
          });
          worker.on('error', reject);
          worker.on('exit', (code) => reject(new Error(`the review stopped (exit code ${code})`)));
          worker.postMessage({
            type: 'review',
            files: files.map((uri) => ({ path: uri.fsPath, content: open.get(uri.fsPath)?.getText() })),
            settings,
            pageWorkers: 1,
          } satisfies ReviewRequest);
        }).finally(() => void worker.terminate());
        for (const file of report.files) applyFileReport(file);
        if (!report.cancelled) {
          lastReview = report;
          const history = context.workspaceState.get<HistoryPoint[]>(HISTORY_KEY, []);
          await context.workspaceState.update(HISTORY_KEY, [...history, historyPoint(report)].slice(-HISTORY_LENGTH));
        }
        log.info(
          `Review ${report.cancelled ? 'cancelled' : 'done'}: ${report.files.length} files, ${report.findingCount} findings, ${report.durationMs} ms`,
        );
        updateStatus();
        scorecard.scheduleUpdate();
        return report;
      },
    );
  };
  const applyFileReport = (file: FileReport): void => {
    const uri = vscode.Uri.file(file.fileName);
    const document = vscode.workspace.textDocuments.find((open) => open.uri.fsPath === file.fileName);
    publish(uri, document, file.findings, file.notices);
    if (document) linted.set(uri.toString(), { version: document.version, findings: file.findings });
  };

  // After a review, files changed on disk outside the editor are reviewed again one by one.
  const watcher = vscode.workspace.createFileSystemWatcher(FILE_GLOB);
  const rereview = async (uri: vscode.Uri): Promise<void> => {
    if (!lastReview || !settings.enable || vscode.workspace.textDocuments.some((d) => d.uri.fsPath === uri.fsPath))
      return;
    if ((await workspaceFiles(configFor)).every((file) => file.fsPath !== uri.fsPath)) return;
    const report = await review([{ path: uri.fsPath }], configFor, { pageRunner, log: (m) => log.warn(m) });
    for (const file of report.files) {
      applyFileReport(file);
      replaceInReview(file.fileName, file);
    }
  };
  /** Keeps the last review current as watched files change (a deleted file leaves it). */
  const replaceInReview = (fileName: string, file: FileReport | undefined): void => {
    if (!lastReview) return;
    const files = lastReview.files.filter((candidate) => candidate.fileName !== fileName);
    lastReview = combineReports(file ? [...files, file] : files, {
      cancelled: lastReview.cancelled,
      durationMs: lastReview.durationMs,
    });
    updateStatus();
    scorecard.scheduleUpdate();
  };

  context.subscriptions.push(
    watcher,
    watcher.onDidChange((uri) => void rereview(uri)),
    watcher.onDidCreate((uri) => void rereview(uri)),
    watcher.onDidDelete((uri) => {
      diagnostics.delete(uri);
      replaceInReview(uri.fsPath, undefined);
      updateStatus();
    }),
    vscode.languages.registerCodeActionsProvider(
      LANGUAGES.map((language) => ({ language })),
      new TouchpointCodeActions(async (document) => {
        const key = document.uri.toString();
        if (linted.get(key)?.version === document.version) return linted.get(key);
        if (settings.run === 'onSave') return lintQuietly(document);
        await lintDocument(document);
        return linted.get(key);
      }),
      { providedCodeActionKinds: TouchpointCodeActions.kinds },
    ),
    vscode.commands.registerCommand(COMMANDS.showDocs, (url: unknown) => {
      // Only web links (the argument comes from a code action we made).
      if (typeof url === 'string' && /^https:\/\//.test(url)) void vscode.env.openExternal(vscode.Uri.parse(url));
    }),
    vscode.commands.registerCommand(COMMANDS.reviewWorkspace, reviewWorkspace),
    vscode.commands.registerCommand(COMMANDS.showScorecard, (target?: unknown) => scorecard.show(target)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('touchpoint')) return;
      settings = loadSettings(log);
      relintOpen();
    }),
    vscode.workspace.onDidOpenTextDocument((document) => void lintDocument(document, true)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      const key = event.document.uri.toString();
      const kept = pageFindings.get(key);
      if (kept && event.contentChanges.length > 0) pageFindings.set(key, moveWithEdits(kept, event.contentChanges));
      schedule(event.document);
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (path.basename(document.fileName) === '.touchpointrc.json') relintOpen();
      else void lintDocument(document, true);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      const key = document.uri.toString();
      clearTimeout(timers.get(key));
      pageFindings.delete(key);
      pageTallies.delete(key);
      linted.delete(key);
      liveReports.delete(key);
      // A reviewed file keeps its findings in Problems; one only opened loses them.
      if (!lastReview?.files.some((file) => file.fileName === document.uri.fsPath)) diagnostics.delete(document.uri);
      updateStatus();
    }),
    { dispose: () => timers.forEach((timer) => clearTimeout(timer)) },
  );
  vscode.workspace.textDocuments.forEach((document) => void lintDocument(document, true));
  updateStatus();
}

function loadSettings(log: vscode.LogOutputChannel): Settings {
  const configuration = vscode.workspace.getConfiguration('touchpoint');
  return readSettings(
    (key) => {
      const inspected = configuration.inspect(key);
      // Only values people set; the defaults live in settings.ts.
      return inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
    },
    (message) => {
      log.warn(message);
      void vscode.window.showWarningMessage(`Touchpoint: ${message}`);
    },
  );
}

/**
 * Files the review covers: on disk, what the CLI would review in each workspace folder (the
 * config's include / exclude, `.gitignore`), minus `files.exclude` (applied by findFiles).
 */
async function workspaceFiles(configFor: (file: string) => Promise<ResolvedConfig>): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles(FILE_GLOB, '**/node_modules/**');
  const allowed = new Set<string>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (folder.uri.scheme !== 'file') continue;
    const root = folder.uri.fsPath;
    try {
      const { files } = await discoverFiles([root], await configFor(path.join(root, 'any')), root);
      for (const file of files) allowed.add(file);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error; // a folder with nothing to review
    }
  }
  return found
    .filter((uri) => allowed.has(path.normalize(uri.fsPath)) && languageForFile(uri.fsPath) !== undefined)
    .sort((a, b) => a.fsPath.localeCompare(b.fsPath));
}

function cappedDiagnostic(notice: Notice): vscode.Diagnostic {
  const at = new vscode.Position((notice.location?.line ?? 1) - 1, (notice.location?.column ?? 1) - 1);
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(at, at),
    notice.message,
    vscode.DiagnosticSeverity.Information,
  );
  diagnostic.source = 'touchpoint';
  diagnostic.code = notice.code;
  return diagnostic;
}

function toDiagnostic(uri: vscode.Uri, document: vscode.TextDocument | undefined, finding: Finding): vscode.Diagnostic {
  // Open documents give offsets; files reviewed from disk use the finding's line and column.
  const range = document
    ? new vscode.Range(document.positionAt(finding.range.start), document.positionAt(finding.range.end))
    : new vscode.Range(
        finding.location.line - 1,
        finding.location.column - 1,
        finding.location.endLine - 1,
        finding.location.endColumn - 1,
      );
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity]);
  diagnostic.source = 'touchpoint';
  diagnostic.code = { value: finding.ruleId, target: vscode.Uri.parse(finding.docsUrl) };
  if (finding.related) {
    diagnostic.relatedInformation = finding.related.flatMap((related) => {
      const at = related.location;
      if (!at) return [];
      const range = new vscode.Range(at.line - 1, at.column - 1, at.endLine - 1, at.endColumn - 1);
      const target = related.fileName ? vscode.Uri.file(related.fileName) : uri;
      return [new vscode.DiagnosticRelatedInformation(new vscode.Location(target, range), related.message)];
    });
  }
  return diagnostic;
}

/** Shifts findings past each edit; drops those an edit touches. */
function moveWithEdits(
  findings: readonly Finding[],
  changes: readonly vscode.TextDocumentContentChangeEvent[],
): Finding[] {
  let moved = [...findings];
  for (const change of changes) {
    const start = change.rangeOffset;
    const end = start + change.rangeLength;
    const delta = change.text.length - change.rangeLength;
    moved = moved
      .filter((finding) => finding.range.end < start || finding.range.start > end)
      .map((finding) =>
        finding.range.start > end
          ? { ...finding, range: { start: finding.range.start + delta, end: finding.range.end + delta } }
          : finding,
      );
  }
  return moved;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
