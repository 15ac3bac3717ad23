/**
 * The last finished workspace review, kept current as watched files change, and the history
 * of past reviews (workspace state) for the scorecard's plot. Fires onDidChange when the
 * review changes.
 */
import * as vscode from 'vscode';
import type { FileReport, HistoryPoint, WorkspaceReport } from '../core/index.js';
import { core } from './core.js';

/** Past reviews kept for the scorecard's history plot (workspace state). */
const HISTORY_KEY = 'touchpoint.history';
const HISTORY_LENGTH = 50;

export class LastReview implements vscode.Disposable {
  private last: WorkspaceReport | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  get report(): WorkspaceReport | undefined {
    return this.last;
  }

  /** Whether the last review covered this file (its findings then stay when it is closed). */
  covers(fileName: string): boolean {
    return this.last?.files.some((file) => file.fileName === fileName) ?? false;
  }

  history(): HistoryPoint[] {
    return this.state.get<HistoryPoint[]>(HISTORY_KEY, []);
  }

  /** A finished review: the one shown from now on, and a point of the history. */
  async set(report: WorkspaceReport): Promise<void> {
    this.last = report;
    await this.state.update(HISTORY_KEY, [...this.history(), core().historyPoint(report)].slice(-HISTORY_LENGTH));
    this.changed.fire();
  }

  /** One file reviewed again (or, without `file`, deleted): the review stays current. */
  replaceFile(fileName: string, file: FileReport | undefined): void {
    if (!this.last) return;
    const files = this.last.files.filter((candidate) => candidate.fileName !== fileName);
    this.last = core().combineReports(file ? [...files, file] : files, {
      cancelled: this.last.cancelled,
      durationMs: this.last.durationMs,
    });
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
