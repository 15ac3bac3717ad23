/**
 * The config of each file the workspace review covers: its nearest `.touchpointrc.json` with the
 * settings on top. Settings changes and saved config files drop what was loaded (and the config
 * errors said), so the next review reads them again. Open documents' configs are the language
 * server's.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { applySettings, CONFIG_FILE_NAME, ConfigLoader, type ResolvedConfig } from '../core/index.js';
import type { ConfigErrors } from './configErrors.js';
import type { SettingsStore } from './settingsStore.js';

export class DocumentConfigs implements vscode.Disposable {
  private readonly loader = new ConfigLoader();
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
    return applySettings(await this.loader.forFile(file), this.settings.current);
  }

  private reload(): void {
    this.loader.clear();
    this.errors.clear();
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}
