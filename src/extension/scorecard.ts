/**
 * Wires the scorecard panel (scorecardPanel.ts): what it shows comes from the language server
 * (the review it keeps, with open documents' live results in place of their reviewed ones, or
 * the open files before any review), with the history of reviews kept here; the Show Scorecard
 * command; an update whenever findings or the review change.
 */
import * as vscode from 'vscode';
import { COMMANDS } from './commands.js';
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
    data: (params) => client.scorecard({ ...params, history: lastReview.history() }),
    export: (params) => client.export({ ...params, history: lastReview.history() }),
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
