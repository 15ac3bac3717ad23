/**
 * The workspace review command, settings taking effect without a reload, and a broken config
 * file giving one clear error instead of a crash.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WorkspaceReport } from '../../../src/core/index.js';
import { codeOf, describe, diagnosticsOf, openWorkspaceFile, settled, workspaceFile } from './helpers.js';

suite('Workspace review, settings, config errors', () => {
  teardown(async () => {
    await vscode.workspace
      .getConfiguration('touchpoint')
      .update('severity', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace
      .getConfiguration('touchpoint')
      .update('enable', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('Review Workspace: every matching file, including ones never opened', async () => {
    const report = await vscode.commands.executeCommand<WorkspaceReport>('touchpoint.reviewWorkspace');
    assert.ok(report, 'the command returns its report');
    assert.equal(report.cancelled, false);
    const names = report.files.map((file) => vscode.workspace.asRelativePath(file.fileName)).sort();
    assert.deepEqual(names, [
      'about.html',
      'broken/page.html',
      'checkout.html',
      'src/Checkout.tsx',
      'src/Pay.tsx',
      'src/Terms.tsx',
      'src/locales/en/translation.json',
    ]);
    // The catalog string's finding points at the component that shows it.
    const catalog = report.files.find((file) => file.fileName.endsWith('translation.json'))!;
    const tone = catalog.findings.find((finding) => finding.ruleId === 'errors/blaming-or-hostile-tone')!;
    assert.deepEqual(
      tone.related?.map((related) => [vscode.workspace.asRelativePath(related.fileName!), related.location?.line]),
      [['src/Checkout.tsx', 7]],
    );
    const about = await diagnosticsOf(workspaceFile('about.html'), (found) => found.length > 0);
    assert.deepEqual(about.map(describe), ['wording/jargon 9:12-9:20 Warning']);
    const broken = report.files.find((file) => file.fileName.endsWith('page.html'))!;
    assert.match(broken.notices[0]?.message ?? '', /names no known rule; did you mean “wording\/jargon”/);
  });

  test('a broken .touchpointrc.json: one clear error on the config file, no crash', async () => {
    await openWorkspaceFile('broken/page.html');
    const configUri = workspaceFile('broken/.touchpointrc.json');
    const [problem] = await diagnosticsOf(configUri, (found) => found.length > 0);
    assert.equal(codeOf(problem!), 'config-error');
    assert.match(problem!.message, /“rules\.wording\/jargn” names no known rule; did you mean “wording\/jargon”\?/);
    // The extension keeps working for the other files.
    const { uri } = await openWorkspaceFile('src/Pay.tsx');
    await diagnosticsOf(uri, (found) => found.some((d) => codeOf(d) === 'wording/jargon'));
  });

  test('settings take effect without a reload: severity by rule, then off', async () => {
    const { uri } = await openWorkspaceFile('src/Pay.tsx');
    await diagnosticsOf(uri, (found) => found.some((d) => describe(d) === 'wording/jargon 5:12-5:19 Warning'));
    const settings = vscode.workspace.getConfiguration('touchpoint');
    await settings.update(
      'severity',
      { 'wording/jargon': 'error', feedback: 'off' },
      vscode.ConfigurationTarget.Workspace,
    );
    const changed = await diagnosticsOf(uri, (found) =>
      found.some((d) => describe(d) === 'wording/jargon 5:12-5:19 Error'),
    );
    assert.deepEqual(changed.map(describe), ['wording/jargon 5:12-5:19 Error'], 'the feedback area is off');
    await settings.update('enable', false, vscode.ConfigurationTarget.Workspace);
    await diagnosticsOf(uri, (found) => found.length === 0);
  });

  test('axe off, then run on save only', async () => {
    const settings = vscode.workspace.getConfiguration('touchpoint');
    const { uri, document, editor } = await openWorkspaceFile('checkout.html');
    await diagnosticsOf(uri, (found) => found.some((d) => codeOf(d) === 'a11y/label'));
    await settings.update('axe', false, vscode.ConfigurationTarget.Workspace);
    await diagnosticsOf(uri, (found) => found.length > 0 && !found.some((d) => codeOf(d).startsWith('a11y/')));
    await settings.update('axe', undefined, vscode.ConfigurationTarget.Workspace);
    await settings.update('run', 'onSave', vscode.ConfigurationTarget.Workspace);
    await diagnosticsOf(uri, (found) => found.some((d) => codeOf(d) === 'a11y/image-alt'));
    await settled(uri); // the checks the two settings changes started have finished
    const at = document.getText().indexOf('<img src="/img/basket.svg"') + '<img'.length;
    await editor.edit((edit) => edit.insert(document.positionAt(at), ' alt="Your basket"'));
    // Typing does not check: the finding is still there after the debounce would have run…
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.ok(vscode.languages.getDiagnostics(uri).some((d) => codeOf(d) === 'a11y/image-alt'));
    // …saving does.
    await document.save();
    await diagnosticsOf(uri, (found) => !found.some((d) => codeOf(d) === 'a11y/image-alt'));
  });

  test('after a review, a file created or changed on disk is reviewed again; a deleted one loses its findings', async () => {
    await vscode.commands.executeCommand('touchpoint.reviewWorkspace');
    const uri = workspaceFile('late.html');
    const encode = (text: string) => new TextEncoder().encode(text);
    try {
      await vscode.workspace.fs.writeFile(uri, encode('<p>Please utilize the form.</p>\n'));
      const created = await diagnosticsOf(uri, (found) => found.length > 0);
      assert.deepEqual(created.map(describe), ['wording/jargon 0:10-0:17 Warning']);
      await vscode.workspace.fs.writeFile(uri, encode('<p>Please use the form. We will terminate it.</p>\n'));
      const changed = await diagnosticsOf(uri, (found) => found.some((d) => d.range.start.character > 20));
      assert.deepEqual(changed.map(describe), ['wording/jargon 0:32-0:41 Warning']);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await diagnosticsOf(uri, (found) => found.length === 0);
    // A name with glob characters, as a router's page file has.
    const route = workspaceFile('[slug].html');
    try {
      await vscode.workspace.fs.writeFile(route, encode('<p>Please utilize the form.</p>\n'));
      await diagnosticsOf(route, (found) => found.some((d) => codeOf(d) === 'wording/jargon'));
    } finally {
      await vscode.workspace.fs.delete(route);
    }
  });
});
