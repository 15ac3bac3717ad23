/**
 * Review Workspace: every file the review covers (reviewFiles.ts), reviewed in a worker thread
 * (reviewWorker.ts) so the editor stays responsive, with progress in a notification that can
 * cancel it. The findings of files not open go to Problems (the language server shows open
 * ones); a finished review becomes the last review (status
 * bar, scorecard, history). The command returns the report (the integration tests use it).
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import type { ResolvedConfig, WorkspaceReport } from '../core/index.js';
import { COMMANDS } from './commands.js';
import type { ConfigErrors } from './configErrors.js';
import type { DocumentConfigs } from './documentConfigs.js';
import type { LastReview } from './lastReview.js';
import type { Problems } from './problems.js';
import { REVIEW_EXCLUDE, REVIEW_GLOB, reviewableFiles } from './reviewFiles.js';
import type { ReviewMessage, ReviewRequest } from './reviewWorker.js';
import type { SettingsStore } from './settingsStore.js';

type Progress = vscode.Progress<{ message?: string; increment?: number }>;

export interface WorkspaceReviewDeps {
  readonly settings: SettingsStore;
  readonly configs: DocumentConfigs;
  readonly configErrors: ConfigErrors;
  readonly problems: Problems;
  readonly lastReview: LastReview;
  readonly log: vscode.LogOutputChannel;
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

  async run(): Promise<WorkspaceReport | undefined> {
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

  private async review(): Promise<WorkspaceReport> {
    const files = await workspaceFiles((file) => this.deps.configs.forFile(file));
    return vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: 'Touchpoint: reviewing the workspace',
        cancellable: true,
      },
      async (progress, token) => {
        const report = await this.inWorker(files, progress, token);
        for (const file of report.files) this.deps.problems.showReviewed(file);
        if (!report.cancelled) await this.deps.lastReview.set(report);
        this.deps.log.info(
          `Review ${report.cancelled ? 'cancelled' : 'done'}: ${report.files.length} files, ${report.findingCount} findings, ${report.durationMs} ms`,
        );
        return report;
      },
    );
  }

  /** The review itself, in a worker: open documents are reviewed as they are in the editor. */
  private inWorker(files: readonly vscode.Uri[], progress: Progress, token: vscode.CancellationToken) {
    const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.fsPath, document]));
    const worker = new Worker(path.join(__dirname, 'reviewWorker.js'));
    let reported = 0;
    return new Promise<WorkspaceReport>((resolve, reject) => {
      token.onCancellationRequested(() => worker.postMessage({ type: 'cancel' } satisfies ReviewRequest));
      worker.on('message', (message: ReviewMessage) => {
        if (message.type === 'progress') {
          const percent = Math.floor((message.done / message.total) * 100);
          progress.report({ message: `${message.done} of ${message.total} files`, increment: percent - reported });
          reported = percent;
        } else if (message.type === 'log') this.deps.log.warn(message.message);
        else if (message.type === 'config-error') this.deps.configErrors.report(message);
        else if (message.type === 'done') resolve(message.report);
        else reject(new Error(message.message));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`the review stopped (exit code ${code})`)));
      worker.postMessage({
        type: 'review',
        files: files.map((uri) => ({ path: uri.fsPath, content: open.get(uri.fsPath)?.getText() })),
        settings: this.deps.settings.current,
        pageWorkers: 1,
      } satisfies ReviewRequest);
    }).finally(() => void worker.terminate());
  }

  dispose(): void {
    this.command.dispose();
    this.changed.dispose();
  }
}

/**
 * Files the review covers: on disk, what the CLI would review in each workspace folder (the
 * config's include / exclude, `.gitignore`), minus `files.exclude` (applied by findFiles).
 */
export async function workspaceFiles(configFor: (file: string) => Promise<ResolvedConfig>): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles(REVIEW_GLOB, REVIEW_EXCLUDE);
  const roots = (vscode.workspace.workspaceFolders ?? [])
    .filter((folder) => folder.uri.scheme === 'file')
    .map((folder) => folder.uri.fsPath);
  const files = await reviewableFiles(
    found.filter((uri) => uri.scheme === 'file').map((uri) => uri.fsPath),
    roots,
    configFor,
  );
  return files.map((file) => vscode.Uri.file(file));
}
