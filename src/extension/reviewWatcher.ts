/**
 * After a workspace review, files changed or created on disk outside the editor, and files
 * closed in the editor, are reviewed again one by one (on this thread, with the shared page
 * runner), and a deleted file leaves the review and Problems, so the last review stays current.
 */
import * as vscode from 'vscode';
import { review, type PageRunner } from '../core/index.js';
import type { DocumentConfigs } from './documentConfigs.js';
import type { LastReview } from './lastReview.js';
import type { Problems } from './problems.js';
import { REVIEW_GLOB } from './reviewFiles.js';
import type { SettingsStore } from './settingsStore.js';
import { workspaceFiles } from './workspaceReview.js';

export interface ReviewWatcherDeps {
  readonly settings: SettingsStore;
  readonly configs: DocumentConfigs;
  readonly problems: Problems;
  readonly lastReview: LastReview;
  readonly pageRunner: PageRunner;
  readonly log: vscode.LogOutputChannel;
}

export class ReviewWatcher implements vscode.Disposable {
  private readonly watcher = vscode.workspace.createFileSystemWatcher(REVIEW_GLOB);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly deps: ReviewWatcherDeps) {
    this.subscriptions = [
      this.watcher.onDidChange((uri) => void this.rereview(uri)),
      this.watcher.onDidCreate((uri) => void this.rereview(uri)),
      this.watcher.onDidDelete((uri) => {
        deps.problems.delete(uri);
        deps.lastReview.replaceFile(uri.fsPath, undefined);
      }),
      // A reviewed file closed in the editor: its findings as saved go back to Problems.
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.uri.scheme === 'file' && deps.lastReview.covers(document.uri.fsPath))
          void this.rereview(document.uri);
      }),
    ];
  }

  private async rereview(uri: vscode.Uri): Promise<void> {
    const { settings, configs, problems, lastReview, pageRunner, log } = this.deps;
    if (!lastReview.report || !settings.current.enable) return;
    if (vscode.workspace.textDocuments.some((document) => document.uri.fsPath === uri.fsPath)) return;
    const configFor = (file: string) => configs.forFile(file);
    if ((await workspaceFiles(configFor)).every((file) => file.fsPath !== uri.fsPath)) return;
    const report = await review([{ path: uri.fsPath }], configFor, { pageRunner, log: (m) => log.warn(m) });
    for (const file of report.files) {
      problems.showReviewed(file);
      lastReview.replaceFile(file.fileName, file);
    }
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.watcher.dispose();
  }
}
