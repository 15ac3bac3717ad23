/**
 * Runs against the packaged extension: the runner installs out/touchpoint.vsix into
 * code-server (`--install-extension`) and loads these tests from an empty host extension, so
 * what answers here is the .vsix, with the node_modules it ships.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WorkspaceReport } from '../../../src/core/index.js';
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

  test('reviews the workspace in its server, and scores it with the engine it loads when needed', async () => {
    const report = await vscode.commands.executeCommand<WorkspaceReport>('touchpoint.reviewWorkspace');
    assert.ok(report && !report.cancelled && report.files.length > 3, 'the review ran in the packaged server');
    // The review's history point and the scorecard's page come from dist/core.js, which the host
    // loads only now: a .vsix without it fails the review command above or this one.
    await vscode.commands.executeCommand('touchpoint.showScorecard');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.ok(
      vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.label === 'Touchpoint Scorecard')),
    );
  });
});
