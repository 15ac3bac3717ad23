/**
 * After a workspace review, files changed or created on disk outside the editor, and files
 * closed in the editor, are reviewed again by the language server, within the review it keeps
 * (`update`), and a deleted file leaves the review and Problems, so the last review stays
 * current. Files are sent in batches (batcher.ts): a checkout that changes hundreds of files is
 * one update, not hundreds (each one a review in a worker thread of the server).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { REVIEW_EXCLUDE, REVIEW_GLOB } from '../server/protocol.js';
import type { TouchpointClient } from './client.js';
import type { LastReview } from './lastReview.js';
import type { Problems } from './problems.js';
import type { SettingsStore } from './settingsStore.js';
import { workspaceFiles, workspaceRoots } from './workspaceReview.js';
import { Batcher } from './batcher.js';

export interface ReviewWatcherDeps {
  readonly settings: SettingsStore;
  readonly client: TouchpointClient;
  readonly problems: Problems;
  readonly lastReview: LastReview;
  readonly log: vscode.LogOutputChannel;
}

export class ReviewWatcher implements vscode.Disposable {
  private readonly watcher = vscode.workspace.createFileSystemWatcher(REVIEW_GLOB);
  private readonly subscriptions: vscode.Disposable[];
  private readonly updates = new Batcher<string>((files) => this.update(files));

  constructor(private readonly deps: ReviewWatcherDeps) {
    this.subscriptions = [
      this.watcher.onDidChange((uri) => void this.rereview(uri)),
      this.watcher.onDidCreate((uri) => void this.rereview(uri)),
      this.watcher.onDidDelete((uri) => {
        deps.problems.delete(uri);
        if (uri.scheme === 'file' && deps.lastReview.covers(uri.fsPath)) this.updates.add(uri.fsPath);
      }),
      // A reviewed file closed in the editor: its findings as saved go back to Problems.
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.uri.scheme === 'file' && deps.lastReview.covers(document.uri.fsPath))
          void this.rereview(document.uri);
      }),
    ];
  }

  private async rereview(uri: vscode.Uri): Promise<void> {
    const { settings, lastReview } = this.deps;
    if (!lastReview.summary || !settings.current.enable || uri.scheme !== 'file') return;
    if (vscode.workspace.textDocuments.some((document) => document.uri.fsPath === uri.fsPath)) return;
    if (!(await foundAsTheReviewWould(uri))) return;
    this.updates.add(uri.fsPath);
  }

  /** The server reviews the files again within its review (one it no longer covers leaves it). */
  private async update(files: string[]): Promise<void> {
    if (!this.deps.lastReview.summary) return; // the server started again meanwhile: no review to update
    const { client, problems, lastReview, log } = this.deps;
    try {
      const result = await client.review({ files, roots: workspaceRoots(), update: true });
      if (!result) return;
      problems.showReviewed(result.files);
      for (const file of result.removed) problems.delete(vscode.Uri.file(file));
      if (result.summary) lastReview.update(result.summary);
    } catch (error) {
      const what = files.length === 1 ? files[0] : `${files.length} files (${files[0]}, …)`;
      log.warn(`${what} not reviewed again: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.updates.dispose();
    this.watcher.dispose();
  }
}

/**
 * Whether VS Code finds the file as the review would (files.exclude; the server then keeps it if
 * the review covers it): looked up alone, not with the whole workspace, as a checkout changes many
 * files at once; a name with glob characters (`pages/[id].tsx`) is looked up among all of them.
 */
async function foundAsTheReviewWould(uri: vscode.Uri): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return false;
  const relative = path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/');
  if (/[[\]{}*?]/.test(relative)) return (await workspaceFiles()).files.includes(uri.fsPath);
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, relative), REVIEW_EXCLUDE, 1);
  return found.length > 0;
}
