/**
 * Quick fixes through VS Code's own command (`vscode.executeCodeActionProvider`) and
 * `workspace.applyEdit`, as the lightbulb does: a rule's fix, disabling a rule for a line in
 * JSX and in HTML, for a file, turning it off in the config, and the documentation action.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsOf, openWorkspaceFile, workspaceFile } from './helpers.js';

async function actionsAt(uri: vscode.Uri, ruleId: string): Promise<vscode.CodeAction[]> {
  const diagnostic = vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === ruleId);
  assert.ok(diagnostic, `${ruleId} is reported`);
  return vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
}

async function apply(uri: vscode.Uri, ruleId: string, title: string): Promise<void> {
  const actions = await actionsAt(uri, ruleId);
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(action?.edit, `“${title}” is offered; offered: ${actions.map((a) => a.title).join(' | ')}`);
  assert.equal(await vscode.workspace.applyEdit(action.edit), true);
}

suite('Quick fixes', () => {
  teardown(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  test('the rule’s own fix: replace jargon', async () => {
    const { uri, document } = await openWorkspaceFile('src/Pay.tsx');
    await diagnosticsOf(uri, (found) => found.some((d) => codeOf(d) === 'wording/jargon'));
    await apply(uri, 'wording/jargon', 'Replace “utilize” with “use”');
    assert.match(document.lineAt(5).text, /<p>We use your card only for this order\.<\/p>/);
    await diagnosticsOf(uri, (found) => !found.some((d) => codeOf(d) === 'wording/jargon'));
  });

  test('disable for a line in JSX: a JSX comment before a child element', async () => {
    const { uri, document } = await openWorkspaceFile('src/Pay.tsx');
    await diagnosticsOf(uri, (found) => found.some((d) => codeOf(d) === 'feedback/placeholder-link'));
    await apply(uri, 'feedback/placeholder-link', 'Disable feedback/placeholder-link for this line');
    assert.equal(document.lineAt(4).text, '      {/* touchpoint-disable-next-line feedback/placeholder-link */}');
    await diagnosticsOf(uri, (found) => !found.some((d) => codeOf(d) === 'feedback/placeholder-link'));
  });

  test('disable for a line in HTML, and for a whole file', async () => {
    const { uri, document } = await openWorkspaceFile('checkout.html');
    await diagnosticsOf(uri, (found) => found.some((d) => codeOf(d) === 'a11y/image-alt'));
    await apply(uri, 'a11y/image-alt', 'Disable a11y/image-alt for this line');
    assert.equal(document.lineAt(9).text, '      <!-- touchpoint-disable-next-line a11y/image-alt -->');
    await diagnosticsOf(uri, (found) => !found.some((d) => codeOf(d) === 'a11y/image-alt'));
    await apply(
      uri,
      'feedback/high-stakes-action-without-pending-state',
      'Disable feedback/high-stakes-action-without-pending-state for this file',
    );
    assert.equal(
      document.lineAt(1).text,
      '<!-- touchpoint-disable feedback/high-stakes-action-without-pending-state -->',
      'after the doctype',
    );
    await diagnosticsOf(
      uri,
      (found) => !found.some((d) => codeOf(d) === 'feedback/high-stakes-action-without-pending-state'),
    );
  });

  test('fix all of a rule’s problems in a file, when its fixes are safe', async () => {
    const { uri, document } = await openWorkspaceFile('src/Terms.tsx');
    await diagnosticsOf(uri, (found) => found.filter((d) => codeOf(d) === 'wording/jargon').length === 2);
    await apply(uri, 'wording/jargon', 'Fix all wording/jargon problems in this file (2)');
    assert.equal(document.lineAt(4).text, '      <p>We use cookies to help sign-in.</p>');
    await diagnosticsOf(uri, (found) => !found.some((d) => codeOf(d) === 'wording/jargon'));
  });

  test('source.fixAll.touchpoint: every safe fix at once (for editor.codeActionsOnSave)', async () => {
    const { uri, document } = await openWorkspaceFile('src/Terms.tsx');
    await diagnosticsOf(uri, (found) => found.filter((d) => codeOf(d) === 'wording/jargon').length === 2);
    const [action] = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      new vscode.Range(0, 0, 0, 0),
      'source.fixAll.touchpoint',
    );
    assert.equal(action?.title, 'Fix all safe Touchpoint problems');
    assert.equal(await vscode.workspace.applyEdit(action!.edit!), true);
    assert.equal(document.lineAt(4).text, '      <p>We use cookies to help sign-in.</p>');
  });

  test('turn the rule off in .touchpointrc.json: its setting becomes "off" there, and its findings go', async () => {
    const configUri = workspaceFile('.touchpointrc.json');
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(configUri));
    const { uri } = await openWorkspaceFile('src/Pay.tsx');
    try {
      await diagnosticsOf(uri, (found) => found.some((d) => codeOf(d) === 'wording/jargon'));
      await apply(uri, 'wording/jargon', 'Turn off wording/jargon in .touchpointrc.json');
      const config = await vscode.workspace.openTextDocument(configUri);
      assert.deepEqual(JSON.parse(config.getText()).rules, {
        'wording/jargon': 'off',
        'feedback/high-stakes-action-without-pending-state': 'error',
      });
      if (config.isDirty) await config.save();
      await diagnosticsOf(uri, (found) => found.length > 0 && !found.some((d) => codeOf(d) === 'wording/jargon'));
    } finally {
      await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode(original));
    }
    await diagnosticsOf(uri, (found) => found.some((d) => codeOf(d) === 'wording/jargon'));
  });

  test('documentation action points at the rule’s page', async () => {
    const { uri } = await openWorkspaceFile('src/Pay.tsx');
    await diagnosticsOf(uri, (found) => found.some((d) => codeOf(d) === 'feedback/placeholder-link'));
    const docs = (await actionsAt(uri, 'feedback/placeholder-link')).find((a) =>
      a.title.startsWith('Show documentation'),
    );
    assert.equal(docs?.command?.command, 'touchpoint.showRuleDocs');
    assert.match(String(docs?.command?.arguments?.[0]), /^https:\/\/.*docs\/rules\/feedback\/placeholder-link\.md$/);
  });
});
