/**
 * The Problems view: Touchpoint's findings as diagnostics (source `touchpoint`, code = rule id
 * linking to its docs, related locations), at most VS Code's 1000 a file, with one note where
 * a rule's list was capped. Fires onDidChange whenever what it shows changes.
 */
import * as vscode from 'vscode';
import type { Finding, Notice, Severity } from '../core/index.js';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};
/** VS Code shows at most this many diagnostics per file. */
const MAX_DIAGNOSTICS = 1000;

export class Problems implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('touchpoint');
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  /** Shows a file's findings; `document` when it is open (its offsets give exact ranges). */
  publish(
    uri: vscode.Uri,
    document: vscode.TextDocument | undefined,
    findings: readonly Finding[],
    notices: readonly Notice[],
  ): void {
    this.diagnostics.set(uri, [
      ...findings.slice(0, MAX_DIAGNOSTICS).map((finding) => toDiagnostic(uri, document, finding)),
      // “412 more findings not shown”: where the rule's list stops (the engine lists 100 per rule).
      ...notices.filter((notice) => notice.code === 'findings-capped').map(cappedDiagnostic),
    ]);
    this.changed.fire();
  }

  delete(uri: vscode.Uri): void {
    this.diagnostics.delete(uri);
    this.changed.fire();
  }

  clear(): void {
    this.diagnostics.clear();
    this.changed.fire();
  }

  /** Diagnostics shown, over every file. */
  count(): number {
    let count = 0;
    this.diagnostics.forEach((_uri, list) => (count += list.length));
    return count;
  }

  dispose(): void {
    this.diagnostics.dispose();
    this.changed.dispose();
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
