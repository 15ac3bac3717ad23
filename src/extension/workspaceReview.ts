/**
 * Review Workspace: VS Code finds the files (REVIEW_GLOB minus `files.exclude`), the language
 * server reviews those the review covers (`touchpoint/review`, src/server/review.ts) in a worker
 * thread of its own process, with progress (`$/progress`) in a notification that can cancel it.
 * The findings of files not open go to Problems (the server shows open ones); the server keeps
 * the review (for the scorecard and exports) and answers with its summary, which becomes the last
 * review here (status bar, history). The command returns what it did: the summary, the files
 * reviewed and whether it was cancelled (the integration tests use it).
 */
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { WorkDoneProgress, type WorkDoneProgressReport } from 'vscode-languageclient/node';
import { REVIEW_EXCLUDE, REVIEW_GLOB, type ReviewParams, type ReviewSummary } from '../server/protocol.js';
import type { TouchpointClient } from './client.js';
import { COMMANDS } from './commands.js';
import type { LastReview } from './lastReview.js';
import type { Problems } from './problems.js';
import type { SettingsStore } from './settingsStore.js';

export interface WorkspaceReviewDeps {
  readonly settings: SettingsStore;
  readonly client: TouchpointClient;
  readonly problems: Problems;
  readonly lastReview: LastReview;
  readonly log: vscode.LogOutputChannel;
}

/** What Review Workspace returns. */
export interface ReviewOutcome {
  /** The summary of the review the server keeps (a cancelled one is not kept: the one before, or null). */
  readonly summary: ReviewSummary | null;
  /** The files reviewed, by name. */
  readonly files: readonly string[];
  readonly cancelled: boolean;
}

export class WorkspaceReview implements vscode.Disposable {
  private readonly command: vscode.Disposable;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fired when a review starts or ends (the status bar says a review is running). */
  readonly onDidChangeRunning = this.changed.event;
  private runs = 0;

  constructor(private readonly deps: WorkspaceReviewDeps) {
    this.command = vscode.commands.registerCommand(COMMANDS.reviewWorkspace, () => this.run());
  }

  /** Whether a review is running now. */
  get running(): boolean {
    return this.runs > 0;
  }

  async run(): Promise<ReviewOutcome | undefined> {
    if (!this.deps.settings.current.enable) return undefined;
    this.runs++;
    this.changed.fire();
    try {
      return await this.review();
    } finally {
      this.runs--;
      this.changed.fire();
    }
  }

  private async review(): Promise<ReviewOutcome | undefined> {
    const files = await workspaceFiles();
    return vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: 'Touchpoint: reviewing the workspace',
        cancellable: true,
      },
      async (progress, token) => {
        // The server's `$/progress` for this request's token becomes the notification's.
        const workDoneToken = randomUUID();
        let reported = 0;
        const listening = this.deps.client.client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
          const percentage = (value as WorkDoneProgressReport).percentage;
          if (value.kind === 'end' || percentage === undefined) return;
          progress.report({ message: value.message, increment: percentage - reported });
          reported = percentage;
        });
        try {
          const result = await this.deps.client.review({ ...files, workDoneToken }, token);
          if (!result) return undefined; // Touchpoint was turned off meanwhile
          this.deps.problems.showReviewed(result.files);
          const { summary, cancelled } = result;
          if (summary && !cancelled) await this.deps.lastReview.set(summary);
          const findings = result.files.reduce((sum, file) => sum + file.findings.length, 0);
          this.deps.log.info(
            `Review ${cancelled ? 'cancelled' : 'done'}: ${result.files.length} files, ${findings} findings${summary && !cancelled ? `, ${summary.durationMs} ms` : ''}`,
          );
          return { summary, files: result.files.map((file) => file.fileName), cancelled };
        } finally {
          listening.dispose();
        }
      },
    );
  }

  dispose(): void {
    this.command.dispose();
    this.changed.dispose();
  }
}

/**
 * What the server is asked to review: the files on disk VS Code finds (minus `files.exclude`)
 * and the workspace folders; the server keeps what the CLI would review in each folder.
 */
export async function workspaceFiles(): Promise<Pick<ReviewParams, 'files' | 'roots'>> {
  const found = await vscode.workspace.findFiles(REVIEW_GLOB, REVIEW_EXCLUDE);
  return { files: found.filter((uri) => uri.scheme === 'file').map((uri) => uri.fsPath), roots: workspaceRoots() };
}

/** The workspace folders on disk. */
export function workspaceRoots(): string[] {
  return (vscode.workspace.workspaceFolders ?? [])
    .filter((folder) => folder.uri.scheme === 'file')
    .map((folder) => folder.uri.fsPath);
}
