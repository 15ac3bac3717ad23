/**
 * The last finished workspace review, as the extension knows it: the server's summary of the
 * review it keeps (score, counts, the files it covers; the server serves the scorecard and
 * exports from the review itself), kept current as watched files are reviewed again, and the
 * history of past reviews (workspace state) for the scorecard's plot. Fires onDidChange when
 * the review changes.
 */
import * as vscode from 'vscode';
import type { HistoryPoint } from '../core/index.js';
import type { ReviewSummary } from '../server/protocol.js';

/** Past reviews kept for the scorecard's history plot (workspace state). */
const HISTORY_KEY = 'touchpoint.history';
const HISTORY_LENGTH = 50;

export class LastReview implements vscode.Disposable {
  private last: ReviewSummary | undefined;
  private covered = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  get summary(): ReviewSummary | undefined {
    return this.last;
  }

  /** Whether the last review covered this file (its findings then stay when it is closed). */
  covers(fileName: string): boolean {
    return this.covered.has(fileName);
  }

  history(): HistoryPoint[] {
    return this.state.get<HistoryPoint[]>(HISTORY_KEY, []);
  }

  /** A finished review: the one shown from now on, and a point of the history. */
  async set(summary: ReviewSummary): Promise<void> {
    this.update(summary);
    await this.state.update(HISTORY_KEY, [...this.history(), summary.history].slice(-HISTORY_LENGTH));
  }

  /** Files reviewed again (or gone): the server's summary of its review after them. */
  update(summary: ReviewSummary): void {
    this.last = summary;
    this.covered = new Set(summary.files);
    this.changed.fire();
  }

  /** The server that kept the review stopped: there is no review until the next one. */
  clear(): void {
    if (!this.last) return;
    this.last = undefined;
    this.covered = new Set();
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
