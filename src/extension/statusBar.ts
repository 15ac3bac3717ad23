/**
 * The status bar item: the last review's score and finding count, or before any review the
 * findings in open files; a click opens the scorecard. Hidden while Touchpoint is disabled.
 */
import * as vscode from 'vscode';
import { COMMANDS } from './commands.js';
import type { LastReview } from './lastReview.js';
import { diagnosticCount } from './problems.js';
import type { SettingsStore } from './settingsStore.js';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly settings: SettingsStore,
    private readonly lastReview: LastReview,
  ) {
    this.item.command = COMMANDS.showScorecard;
    const update = () => this.update();
    this.subscriptions = [
      settings.onDidChange(update),
      lastReview.onDidChange(update),
      vscode.languages.onDidChangeDiagnostics(update),
    ];
    this.update();
  }

  update(): void {
    if (!this.settings.current.enable) {
      this.item.hide();
      return;
    }
    const review = this.lastReview.report;
    if (review) {
      const score = Math.round(review.score.overall ?? 0);
      this.item.text = `$(checklist) Touchpoint ${score} · ${review.findingCount}`;
      this.item.tooltip = `Touchpoint: overall score ${score}, ${review.findingCount} findings in ${review.files.length} files. Click to open the scorecard.`;
    } else {
      const count = diagnosticCount();
      this.item.text = `$(checklist) Touchpoint · ${count}`;
      this.item.tooltip = `Touchpoint: ${count} findings in open files. Click to open the scorecard.`;
    }
    this.item.show();
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.item.dispose();
  }
}
