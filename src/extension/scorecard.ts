/**
 * Wires the scorecard panel (scorecardPanel.ts): what it shows (the last review, with open
 * documents' live results in place of their reviewed ones, or the open files before any
 * review), the history of reviews, the Show Scorecard command, and an update whenever
 * findings or the review change.
 */
import * as vscode from 'vscode';
import { COMMANDS } from './commands.js';
import { core } from './core.js';
import type { TouchpointClient } from './client.js';
import type { LastReview } from './lastReview.js';
import { ScorecardPanel, type ScorecardSource } from './scorecardPanel.js';

export interface ScorecardDeps {
  readonly context: vscode.ExtensionContext;
  readonly client: TouchpointClient;
  readonly lastReview: LastReview;
  readonly log: vscode.LogOutputChannel;
}

export function registerScorecard({ context, client, lastReview, log }: ScorecardDeps): vscode.Disposable {
  const source: ScorecardSource = {
    current: () => {
      const review = lastReview.report;
      const byFile = new Map((review?.files ?? []).map((file) => [file.fileName, file]));
      for (const report of client.liveReports()) byFile.set(report.fileName, report);
      const report = core().combineReports([...byFile.values()], {
        cancelled: review?.cancelled,
        durationMs: review?.durationMs,
      });
      return { report, scope: review ? 'review' : 'open-files' };
    },
    history: () => lastReview.history(),
  };
  const version = String((context.extension.packageJSON as { version?: unknown }).version ?? '0.0.0');
  const panel = new ScorecardPanel(context.extensionUri, source, version, log);
  const update = () => panel.scheduleUpdate();
  return vscode.Disposable.from(
    panel,
    client.onDidChangeReports(update),
    vscode.languages.onDidChangeDiagnostics(update),
    lastReview.onDidChange(update),
    vscode.commands.registerCommand(COMMANDS.showScorecard, (target?: unknown) => panel.show(target)),
  );
}
