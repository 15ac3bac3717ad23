/**
 * The VS Code face, kept thin: lint open HTML / JSX / TSX documents with the engine and show
 * the findings as diagnostics (source `touchpoint`, code = rule id linking to its docs).
 * Quick fixes, the workspace review, the scorecard and settings arrive with the extension
 * issue; this is what the engine needs to be usable in the editor today.
 */
import * as vscode from 'vscode';
import {
  ConfigLoader,
  getRule,
  lint,
  lintWithPage,
  languageForLanguageId,
  PageRunner,
  type Finding,
  type Severity,
} from '../core/index.js';
import { TouchpointCodeActions, type LintedDocument } from './codeActions.js';
import { COMMANDS } from './commands.js';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};
const DEBOUNCE_MS = 300;
const LANGUAGES = ['html', 'javascriptreact', 'typescriptreact', 'javascript', 'typescript'];

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Touchpoint', { log: true });
  const diagnostics = vscode.languages.createDiagnosticCollection('touchpoint');
  const configs = new ConfigLoader();
  const timers = new Map<string, NodeJS.Timeout>();
  const generations = new Map<string, number>();
  // Whole-page axe runs on save, in a worker; its findings are kept between saves and moved
  // with each edit (a finding an edit touches is dropped until the next save).
  const pageRunner = new PageRunner({ workers: 1 });
  const pageFindings = new Map<string, Finding[]>();
  const linted = new Map<string, LintedDocument>();
  context.subscriptions.push(log, diagnostics, { dispose: () => void pageRunner.close() });

  const lintDocument = async (document: vscode.TextDocument, withPage = false): Promise<void> => {
    const language = languageForLanguageId(document.languageId);
    if (!language || document.uri.scheme === 'output') return;
    const key = document.uri.toString();
    const generation = (generations.get(key) ?? 0) + 1;
    generations.set(key, generation);
    try {
      const config = await configs.forFile(document.uri.fsPath || document.fileName);
      const options = { fileName: document.fileName, log: (message: string) => log.warn(message) };
      const text = document.getText();
      const report = withPage
        ? await lintWithPage(text, language, config, { ...options, runner: pageRunner })
        : lint(text, language, config, options);
      if (generations.get(key) !== generation) return; // a newer edit has started its own lint
      for (const notice of report.notices)
        if (notice.code === 'not-checked') log.info(`${document.fileName}: ${notice.message}`);
      if (withPage)
        pageFindings.set(
          key,
          report.findings.filter((finding) => getRule(finding.ruleId)?.pageRun),
        );
      const findings = withPage ? report.findings : [...report.findings, ...(pageFindings.get(key) ?? [])];
      linted.set(key, { version: document.version, findings });
      diagnostics.set(
        document.uri,
        findings.slice(0, 1000).map((finding) => toDiagnostic(document, finding)),
      );
    } catch (error) {
      diagnostics.delete(document.uri); // never leave stale results behind
      linted.delete(key);
      log.error(`Could not check ${document.fileName}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const schedule = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => void lintDocument(document), DEBOUNCE_MS),
    );
  };

  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(
      LANGUAGES.map((language) => ({ language })),
      new TouchpointCodeActions((uri) => linted.get(uri.toString())),
      { providedCodeActionKinds: TouchpointCodeActions.kinds },
    ),
    vscode.commands.registerCommand(COMMANDS.showDocs, (url: unknown) => {
      // Only our own documentation links (the argument comes from a code action we made).
      if (typeof url === 'string' && /^https:\/\//.test(url)) void vscode.env.openExternal(vscode.Uri.parse(url));
    }),
    vscode.workspace.onDidOpenTextDocument((document) => void lintDocument(document, true)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      const key = event.document.uri.toString();
      const kept = pageFindings.get(key);
      if (kept) pageFindings.set(key, moveWithEdits(kept, event.contentChanges));
      schedule(event.document);
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document.fileName.endsWith('.touchpointrc.json')) {
        configs.clear();
        vscode.workspace.textDocuments.forEach((open) => void lintDocument(open));
      } else {
        void lintDocument(document, true);
      }
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      clearTimeout(timers.get(document.uri.toString()));
      diagnostics.delete(document.uri);
      pageFindings.delete(document.uri.toString());
      linted.delete(document.uri.toString());
    }),
    { dispose: () => timers.forEach((timer) => clearTimeout(timer)) },
  );
  vscode.workspace.textDocuments.forEach((document) => void lintDocument(document, true));
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

function toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(finding.range.start), document.positionAt(finding.range.end));
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity]);
  diagnostic.source = 'touchpoint';
  diagnostic.code = { value: finding.ruleId, target: vscode.Uri.parse(finding.docsUrl) };
  if (finding.related) {
    diagnostic.relatedInformation = finding.related.map(
      (related) =>
        new vscode.DiagnosticRelatedInformation(
          new vscode.Location(
            related.fileName ? vscode.Uri.file(related.fileName) : document.uri,
            new vscode.Range(document.positionAt(related.range.start), document.positionAt(related.range.end)),
          ),
          related.message,
        ),
    );
  }
  return diagnostic;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
