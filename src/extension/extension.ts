/**
 * The VS Code face: lints open HTML / JSX / TSX documents with the engine and shows findings as
 * diagnostics, with quick fixes, settings, a workspace review with progress and cancel, a status
 * bar item, the scorecard panel, and the whole-page axe run in a worker on open and save.
 * Each feature is a module owning its state and disposables; `activate` creates and wires them:
 *
 * - settingsStore.ts: the `touchpoint.*` settings, read again on change
 * - configErrors.ts: diagnostics and a message for a broken `.touchpointrc.json`
 * - documentConfigs.ts: each document's config (on disk or through workspace.fs), settings on top
 * - problems.ts: findings as diagnostics
 * - documentLinter.ts: linting open documents (on open, type, save), page-run results per document
 * - quickFixes.ts: the code actions (codeActions.ts) and their documentation command
 * - lastReview.ts, workspaceReview.ts, reviewWatcher.ts: Review Workspace, kept current after
 * - statusBar.ts, scorecard.ts: the status bar item and the scorecard panel
 */
import * as vscode from 'vscode';
import { PageRunner, warmUp } from '../core/index.js';
import { ConfigErrors } from './configErrors.js';
import { DocumentConfigs } from './documentConfigs.js';
import { DocumentLinter } from './documentLinter.js';
import { LastReview } from './lastReview.js';
import { Problems } from './problems.js';
import { registerQuickFixes } from './quickFixes.js';
import { ReviewWatcher } from './reviewWatcher.js';
import { registerScorecard } from './scorecard.js';
import { SettingsStore } from './settingsStore.js';
import { StatusBar } from './statusBar.js';
import { WorkspaceReview } from './workspaceReview.js';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Touchpoint', { log: true });
  const settings = new SettingsStore(log);
  const configErrors = new ConfigErrors(log);
  const configs = new DocumentConfigs(settings, configErrors);
  const problems = new Problems();
  const lastReview = new LastReview(context.workspaceState);
  // The whole-page axe run for open documents and files re-reviewed after a change on disk.
  const pageRunner = new PageRunner({ workers: 1 });
  const linter = new DocumentLinter({ settings, configs, configErrors, problems, lastReview, pageRunner, log });
  context.subscriptions.push(
    log,
    settings,
    configErrors,
    configs,
    problems,
    lastReview,
    { dispose: () => void pageRunner.close() },
    linter,
    registerQuickFixes(linter),
    new WorkspaceReview({ settings, configs, configErrors, linter, lastReview, log }),
    new ReviewWatcher({ settings, configs, linter, problems, lastReview, pageRunner, log }),
    new StatusBar(settings, lastReview, problems),
    registerScorecard({ context, linter, lastReview, problems, log }),
  );
  linter.lintOpen();
  // Then, in the background, a small page and component: the first file opened later does not
  // wait for V8 to compile the parsers and rules (`npm run bench -- live` measures it).
  setTimeout(() => warmUp(), 0);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
