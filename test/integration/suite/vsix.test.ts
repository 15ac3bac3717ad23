/**
 * Runs against the packaged extension: the runner installs out/touchpoint.vsix into
 * code-server (`--install-extension`) and loads these tests from an empty host extension, so
 * what answers here is the .vsix, with the node_modules it ships.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
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
});
