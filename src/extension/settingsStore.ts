/**
 * The two `touchpoint.*` settings the extension itself acts on, read again when they change (no
 * reload needed), with an event for the features that depend on them: `enable` (the review, the
 * status items) and `run` (the language status says when files are checked). The language
 * server reads every setting itself, validates them (settings.ts) and says when one is wrong.
 */
import * as vscode from 'vscode';

export interface ExtensionSettings {
  readonly enable: boolean;
  readonly run: 'onType' | 'onSave';
}

export class SettingsStore implements vscode.Disposable {
  private value: ExtensionSettings = read();
  private readonly changed = new vscode.EventEmitter<ExtensionSettings>();
  /** Fired after the settings were read again. */
  readonly onDidChange = this.changed.event;
  private readonly subscription = vscode.workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration('touchpoint')) return;
    this.value = read();
    this.changed.fire(this.value);
  });

  get current(): ExtensionSettings {
    return this.value;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** As the server reads them (settings.ts): anything but `false` is on, anything but `onSave` is as you type. */
function read(): ExtensionSettings {
  const configuration = vscode.workspace.getConfiguration('touchpoint');
  return {
    enable: configuration.get<unknown>('enable') !== false,
    run: configuration.get<unknown>('run') === 'onSave' ? 'onSave' : 'onType',
  };
}
