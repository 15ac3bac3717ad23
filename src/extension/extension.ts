/**
 * The VS Code face. The engine runs in the Touchpoint language server, its own process
 * (client.ts starts it): open HTML / JSX / TSX documents and catalogs get diagnostics, quick
 * fixes and hovers from it, it reviews the workspace and reads the configs, and a crash there
 * never takes the editor down. Here: the review's Problems and summary, the status bar
 * item, the scorecard panel, the rule pages, and the commands. Each feature is a module owning
 * its state and disposables; `activate` creates and wires them:
 *
 * - client.ts: the language client, the counts of open documents' latest checks, and the server's
 *   requests (review, scorecard, export, rules)
 * - settingsStore.ts: the `touchpoint.*` settings, read again on change (the server reads its own)
 * - problems.ts: the review's findings in files not open
 * - lastReview.ts, workspaceReview.ts, reviewWatcher.ts: Review Workspace, kept current after
 * - statusBar.ts, scorecard.ts, ruleDocs.ts: the status bar item, the scorecard, the rule pages
 */
import * as vscode from 'vscode';
import { TouchpointClient } from './client.js';
import { COMMANDS } from './commands.js';
import { LastReview } from './lastReview.js';
import { Problems } from './problems.js';
import { ReviewWatcher } from './reviewWatcher.js';
import { registerRuleDocs } from './ruleDocs.js';
import { registerScorecard } from './scorecard.js';
import { SettingsStore } from './settingsStore.js';
import { StatusBar } from './statusBar.js';
import { WorkspaceReview } from './workspaceReview.js';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Touchpoint', { log: true });
  const settings = new SettingsStore();
  const problems = new Problems();
  const lastReview = new LastReview(context.workspaceState);
  const client = new TouchpointClient(context, log);
  const review = new WorkspaceReview({ settings, client, problems, lastReview, log });
  context.subscriptions.push(
    log,
    settings,
    problems,
    lastReview,
    client,
    review,
    new ReviewWatcher({ settings, client, problems, lastReview, log }),
    new StatusBar({ settings, lastReview, client, review }),
    registerScorecard({ context, client, lastReview, log }),
    // A server that stopped kept no review: none is shown until the next one, in the status bar
    // or in Problems (nothing would keep its findings up to date as files change).
    client.onDidRestart(() => {
      if (lastReview.summary)
        log.info('The server started again without its workspace review: run “Touchpoint: Review Workspace” again.');
      lastReview.clear();
      problems.clear();
    }),
    registerRuleDocs(context.extensionUri, client),
    vscode.commands.registerCommand(COMMANDS.restartServer, () => client.restart()),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => log.show()),
    // Every safe fix in the active file: the server's `source.fixAll.touchpoint` action, applied.
    vscode.commands.registerCommand(COMMANDS.fixAll, () =>
      vscode.commands.executeCommand('editor.action.sourceAction', {
        kind: 'source.fixAll.touchpoint',
        apply: 'first',
      }),
    ),
  );
  await client.start();
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions (the client stops its server).
}
