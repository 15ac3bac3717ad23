/**
 * The workspace review's findings in the Problems view, for files not open in the editor (the
 * language server shows open ones): diagnostics with source `touchpoint`, code = rule id linking
 * to its docs, related locations, at most VS Code's 1000 a file, with one note where a list was
 * capped (a rule's past 100 in a file, or the review's past the server's budget for Problems,
 * keptReview.ts). A file's review diagnostics go when it is opened.
 */
import * as vscode from 'vscode';
import type { Finding, Notice, Severity } from '../core/index.js';
import type { ProblemsFile } from '../server/protocol.js';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};
/** VS Code shows at most this many diagnostics per file. */
const MAX_DIAGNOSTICS = 1000;

export class Problems implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('touchpoint-review');
  /** Reviewed files open in the editor: their review diagnostics, held until they close. */
  private readonly held = new Map<string, vscode.Diagnostic[]>();
  private readonly subscriptions = [
    vscode.workspace.onDidOpenTextDocument((document) => {
      const shown = this.diagnostics.get(document.uri);
      if (shown) this.held.set(document.uri.toString(), [...shown]);
      this.diagnostics.delete(document.uri);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      const held = this.held.get(document.uri.toString());
      this.held.delete(document.uri.toString());
      if (held) this.diagnostics.set(document.uri, held);
    }),
  ];

  /**
   * Shows reviewed files' findings; a file open in the editor has its held until it closes (the
   * language server shows open ones). One call for all of them: VS Code sends each call on to
   * its window, and a review sends thousands of files.
   */
  showReviewed(files: readonly ProblemsFile[]): void {
    const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
    const shown: Array<[vscode.Uri, vscode.Diagnostic[]]> = [];
    for (const file of files) {
      const uri = vscode.Uri.file(file.fileName);
      const diagnostics = [
        ...file.findings.slice(0, MAX_DIAGNOSTICS).map((finding) => toDiagnostic(uri, finding)),
        // “412 more findings not shown”: where a list stops (the engine lists 100 per rule; Problems
        // gets a review's findings up to a budget).
        ...file.notices.filter((notice) => notice.code === 'findings-capped').map(cappedDiagnostic),
      ];
      if (open.has(uri.toString())) this.held.set(uri.toString(), diagnostics);
      else shown.push([uri, diagnostics]);
    }
    this.diagnostics.set(shown);
  }

  delete(uri: vscode.Uri): void {
    this.held.delete(uri.toString());
    this.diagnostics.delete(uri);
  }

  clear(): void {
    this.held.clear();
    this.diagnostics.clear();
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.diagnostics.dispose();
  }
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

/** One Uri per rule page, shared by all of its diagnostics (a review can have 100,000). */
const docsUris = new Map<string, vscode.Uri>();
function docsUri(address: string): vscode.Uri {
  let uri = docsUris.get(address);
  if (!uri) docsUris.set(address, (uri = vscode.Uri.parse(address)));
  return uri;
}

function toDiagnostic(uri: vscode.Uri, finding: Finding): vscode.Diagnostic {
  const range = new vscode.Range(
    finding.location.line - 1,
    finding.location.column - 1,
    finding.location.endLine - 1,
    finding.location.endColumn - 1,
  );
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity]);
  diagnostic.source = 'touchpoint';
  diagnostic.code = { value: finding.ruleId, target: docsUri(finding.docsUrl) };
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
