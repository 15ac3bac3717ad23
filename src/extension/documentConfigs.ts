/**
 * Each document's config: its nearest `.touchpointrc.json` with the settings on top. Files on
 * disk (and untitled ones) are read from disk; documents of virtual workspaces (vscode-vfs:, …)
 * read their config through workspace.fs, one loader per scheme and authority. Settings
 * changes and saved config files drop what was loaded and fire onDidChange.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, ConfigLoader, type ResolvedConfig, applySettings } from '../core/index.js';
import type { ConfigErrors } from './configErrors.js';
import type { SettingsStore } from './settingsStore.js';

export class DocumentConfigs implements vscode.Disposable {
  private readonly local = new ConfigLoader();
  private readonly virtual = new Map<string, ConfigLoader>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fired when configs must be read again (settings changed, a config file saved). */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly settings: SettingsStore,
    private readonly errors: ConfigErrors,
  ) {
    this.subscriptions = [
      settings.onDidChange(() => this.reload()),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (path.basename(document.fileName) === CONFIG_FILE_NAME) this.reload();
      }),
    ];
  }

  /** The config of a file on disk; throws ConfigError for a broken config file. */
  async forFile(file: string): Promise<ResolvedConfig> {
    return applySettings(await this.local.forFile(file), this.settings.current);
  }

  /** The config of a document, wherever it lives. */
  async forUri(uri: vscode.Uri): Promise<ResolvedConfig> {
    if (uri.scheme === 'file' || uri.scheme === 'untitled') return this.forFile(uri.fsPath || uri.path);
    return applySettings(await this.virtualLoader(uri).forFile(uri.path), this.settings.current);
  }

  private virtualLoader(uri: vscode.Uri): ConfigLoader {
    const key = `${uri.scheme}://${uri.authority}`;
    let loader = this.virtual.get(key);
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
      this.virtual.set(key, loader);
    }
    return loader;
  }

  private reload(): void {
    this.local.clear();
    this.virtual.clear();
    this.errors.clear();
    this.changed.fire();
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.changed.dispose();
  }
}
