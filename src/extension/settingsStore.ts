/**
 * The current `touchpoint.*` settings, read again when they change (no reload needed), with an
 * event for the features that depend on them. Reading and validating is settings.ts's.
 */
import * as vscode from 'vscode';
import { readSettings, type Settings } from '../core/index.js';

export class SettingsStore implements vscode.Disposable {
  private value: Settings;
  private readonly changed = new vscode.EventEmitter<Settings>();
  /** Fired after the settings were read again. */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.value = this.read();
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('touchpoint')) return;
      this.value = this.read();
      this.changed.fire(this.value);
    });
  }

  get current(): Settings {
    return this.value;
  }

  private read(): Settings {
    const configuration = vscode.workspace.getConfiguration('touchpoint');
    return readSettings(
      (key) => {
        const inspected = configuration.inspect(key);
        // Only values people set; the defaults live in settings.ts.
        return inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
      },
      (message) => {
        this.log.warn(message);
        void vscode.window.showWarningMessage(`Touchpoint: ${message}`);
      },
    );
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
