/**
 * Broken `.touchpointrc.json` files: one error diagnostic on the config file (code
 * `config-error`), logged, and one message with a link to the file (once per message until the
 * configs are read again).
 */
import * as vscode from 'vscode';

export interface ConfigProblem {
  readonly file: string;
  readonly message: string;
}

export class ConfigErrors implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('touchpoint-config');
  private readonly shown = new Set<string>();

  constructor(private readonly log: vscode.LogOutputChannel) {}

  report(error: ConfigProblem): void {
    const uri = vscode.Uri.file(error.file);
    const diagnostic = new vscode.Diagnostic(
      new vscode.Range(0, 0, 0, 0),
      error.message,
      vscode.DiagnosticSeverity.Error,
    );
    diagnostic.source = 'touchpoint';
    diagnostic.code = 'config-error';
    this.diagnostics.set(uri, [diagnostic]);
    this.log.error(error.message);
    if (this.shown.has(error.message)) return;
    this.shown.add(error.message);
    void vscode.window
      .showErrorMessage(`Touchpoint: ${error.message}`, 'Open config file')
      .then((choice) => choice && vscode.window.showTextDocument(uri));
  }

  /** A config file that loaded: its error, if any, is gone. */
  resolved(file: string): void {
    this.diagnostics.delete(vscode.Uri.file(file));
  }

  /** The configs are read again: every error is reported afresh. */
  clear(): void {
    this.shown.clear();
    this.diagnostics.clear();
  }

  dispose(): void {
    this.diagnostics.dispose();
  }
}
