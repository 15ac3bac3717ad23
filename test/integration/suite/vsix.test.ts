/**
 * Runs against the packaged extension: the runner installs out/touchpoint.vsix into
 * code-server (`--install-extension`) and loads these tests from an empty host extension, so
 * what answers here is the .vsix, with the node_modules it ships.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReviewOutcome } from '../../../src/extension/workspaceReview.js';
import { codeOf, diagnosticsOf, openWorkspaceFile } from './helpers.js';

suite('The packaged .vsix', () => {
  test('is installed from the .vsix, activates, and checks files (the whole-page worker included)', async () => {
    const extension = vscode.extensions.getExtension('touchpoint.touchpoint');
    assert.ok(extension, 'installed');
    const repository = process.env.TOUCHPOINT_REPOSITORY ?? '';
    assert.ok(repository && !extension.extensionPath.startsWith(repository), `loaded from ${extension.extensionPath}`);
    const { uri } = await openWorkspaceFile('checkout.html');
    await extension.activate();
    const found = await diagnosticsOf(uri, (list) => list.some((d) => codeOf(d) === 'a11y/label'));
    assert.deepEqual(found.map(codeOf).sort(), [
      'a11y/image-alt',
      'a11y/label',
      'feedback/high-stakes-action-without-pending-state',
    ]);
  });

  test('reviews the workspace in its server, and opens the scorecard the server draws', async () => {
    const outcome = await vscode.commands.executeCommand<ReviewOutcome>('touchpoint.reviewWorkspace');
    assert.ok(outcome && !outcome.cancelled && outcome.files.length > 3, 'the review ran in the packaged server');
    // The scorecard's data comes from the packaged server, its page from dist/webview.js.
    await vscode.commands.executeCommand('touchpoint.showScorecard');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.ok(
      vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.label === 'Touchpoint Scorecard')),
    );
  });
});
