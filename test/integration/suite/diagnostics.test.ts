/**
 * In the real extension host: the extension activates on an HTML / TSX file, publishes
 * diagnostics with exact codes and ranges (whole-page axe included, on open), and updates
 * them after an edit.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describe, diagnosticsOf, workspaceFile } from './helpers.js';

const EXTENSION_ID = 'touchpoint.touchpoint';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

suite('Touchpoint in VS Code', () => {
  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed in the test host`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  test('diagnostics on an HTML page: exact codes, ranges and severities, whole-page axe included', async () => {
    const uri = workspaceFile('checkout.html');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    // a11y/label comes from the whole-page run (a worker with jsdom), which starts on open.
    const diagnostics = await diagnosticsOf(uri, (found) => found.some((d) => describe(d).startsWith('a11y/label')));
    assert.deepEqual(diagnostics.map(describe).sort(), [
      'a11y/image-alt 9:7-9:10 Error',
      'a11y/label 15:12-15:17 Error',
      'feedback/high-stakes-action-without-pending-state 13:9-13:15 Error',
    ]);
    const first = diagnostics.find((d) => describe(d).startsWith('a11y/image-alt'))!;
    assert.equal(
      typeof first.code === 'object' && first.code.target.toString(),
      'https://dequeuniversity.com/rules/axe/4.14/image-alt',
    );
  });

  test('diagnostics on a TSX component, with a mapped component from .touchpointrc.json', async () => {
    const uri = workspaceFile('src/Pay.tsx');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostics = await diagnosticsOf(uri, (found) => found.length >= 3);
    assert.deepEqual(diagnostics.map(describe).sort(), [
      'feedback/high-stakes-action-without-pending-state 3:7-3:13 Error',
      'feedback/placeholder-link 4:9-4:17 Warning',
      'wording/jargon 5:12-5:19 Warning',
    ]);
  });

  test('a message catalog: diagnostics on its strings, and on the button that shows one, live', async () => {
    const catalog = workspaceFile('src/locales/en/translation.json');
    const catalogDocument = await vscode.workspace.openTextDocument(catalog);
    await vscode.window.showTextDocument(catalogDocument);
    const onCatalog = await diagnosticsOf(catalog, (found) => found.length > 0);
    assert.deepEqual(onCatalog.map(describe), ['errors/blaming-or-hostile-tone 5:33-5:38 Warning']);
    // The button's label is the catalog's "Pay now": a payment button, with no pending state.
    const uri = workspaceFile('src/Checkout.tsx');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const onUse = await diagnosticsOf(uri, (found) => found.length > 0);
    assert.deepEqual(onUse.map(describe), ['feedback/high-stakes-action-without-pending-state 7:7-7:13 Error']);
    assert.match(onUse[0]!.message, /“Pay now”/);
    // Editing the catalog (unsaved) re-checks the open file that shows its words.
    const editor = await vscode.window.showTextDocument(catalogDocument);
    const at = catalogDocument.getText().indexOf('Pay now');
    await editor.edit((edit) =>
      edit.replace(new vscode.Range(catalogDocument.positionAt(at), catalogDocument.positionAt(at + 7)), 'See details'),
    );
    await diagnosticsOf(uri, (found) => found.length === 0);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('diagnostics follow an edit', async () => {
    const uri = workspaceFile('checkout.html');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    // Give the image an alternative: the live axe rule stops reporting it without a save.
    const at = document.getText().indexOf('<img src="/img/basket.svg"') + '<img'.length;
    await editor.edit((edit) => edit.insert(document.positionAt(at), ' alt="Your basket"'));
    const diagnostics = await diagnosticsOf(
      uri,
      (found) => !found.some((d) => describe(d).startsWith('a11y/image-alt')),
    );
    assert.deepEqual(
      diagnostics.map(describe).sort(),
      ['a11y/label 15:12-15:17 Error', 'feedback/high-stakes-action-without-pending-state 13:9-13:15 Error'],
      'the page run’s finding stays until the next save, moved with the edit',
    );
    // And back: the finding returns.
    const inserted = new vscode.Range(document.positionAt(at), document.positionAt(at + ' alt="Your basket"'.length));
    await editor.edit((edit) => edit.delete(inserted));
    await diagnosticsOf(uri, (found) => found.some((d) => describe(d).startsWith('a11y/image-alt')));
  });

  test('a rule’s findings past 100 in a file: the first 100, and one note saying how many more', async () => {
    const uri = workspaceFile('many.html');
    const lines = Array.from({ length: 1200 }, (_, i) => `<p>We utilize item ${i}.</p>`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`<main>\n${lines.join('\n')}\n</main>\n`));
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const diagnostics = await diagnosticsOf(uri, (found) => found.length > 0);
      assert.equal(diagnostics.filter((d) => codeOf(d) === 'wording/jargon').length, 100);
      const capped = diagnostics.filter((d) => codeOf(d) === 'findings-capped');
      assert.deepEqual(
        capped.map((d) => [d.message, d.severity, d.range.start.line]),
        [
          [
            'wording/jargon: 1100 more findings not shown (at most 100 per rule in a file; the score counts them all)',
            vscode.DiagnosticSeverity.Information,
            101,
          ],
        ],
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });

  test('screenshot of the Problems panel (taken by the runner)', async () => {
    const uri = workspaceFile('checkout.html');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await diagnosticsOf(uri, (found) => found.length >= 3);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await sleep(1500);
    console.log('TOUCHPOINT_SCREENSHOT problems-panel');
    await sleep(3000); // the runner takes the picture while the extension host is still up
  });
});
