/**
 * The VS Code face, kept thin: lint open HTML / JSX / TSX documents with the engine and show
 * the findings as diagnostics (source `touchpoint`, code = rule id linking to its docs).
 * Quick fixes, the workspace review, the scorecard and settings arrive with the extension
 * issue; this is what the engine needs to be usable in the editor today.
 */
import * as vscode from 'vscode';
import { ConfigLoader, lint, languageForLanguageId, type Finding, type Severity } from '../core/index.js';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};
const DEBOUNCE_MS = 300;

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Touchpoint', { log: true });
  const diagnostics = vscode.languages.createDiagnosticCollection('touchpoint');
  const configs = new ConfigLoader();
  const timers = new Map<string, NodeJS.Timeout>();
  const generations = new Map<string, number>();
  context.subscriptions.push(log, diagnostics);

  const lintDocument = async (document: vscode.TextDocument): Promise<void> => {
    const language = languageForLanguageId(document.languageId);
    if (!language || document.uri.scheme === 'output') return;
    const key = document.uri.toString();
    const generation = (generations.get(key) ?? 0) + 1;
    generations.set(key, generation);
    try {
      const config = await configs.forFile(document.uri.fsPath || document.fileName);
      const report = lint(document.getText(), language, config, {
        fileName: document.fileName,
        log: (message) => log.warn(message),
      });
      if (generations.get(key) !== generation) return; // a newer edit has started its own lint
      diagnostics.set(
        document.uri,
        report.findings.slice(0, 1000).map((finding) => toDiagnostic(document, finding)),
      );
    } catch (error) {
      diagnostics.delete(document.uri); // never leave stale results behind
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
    vscode.workspace.onDidOpenTextDocument((document) => void lintDocument(document)),
    vscode.workspace.onDidChangeTextDocument((event) => schedule(event.document)),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document.fileName.endsWith('.touchpointrc.json')) {
        configs.clear();
        vscode.workspace.textDocuments.forEach((open) => void lintDocument(open));
      } else {
        void lintDocument(document);
      }
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      clearTimeout(timers.get(document.uri.toString()));
      diagnostics.delete(document.uri);
    }),
    { dispose: () => timers.forEach((timer) => clearTimeout(timer)) },
  );
  vscode.workspace.textDocuments.forEach((document) => void lintDocument(document));
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
