/**
 * The workspace review command, settings taking effect without a reload, and a broken config
 * file giving one clear error instead of a crash.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReviewOutcome } from '../../../src/extension/workspaceReview.js';
import {
  click,
  codeOf,
  describe,
  diagnosticsOf,
  openWorkspaceFile,
  scorecardTab,
  settled,
  until,
  workspaceFile,
} from './helpers.js';

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
    const outcome = await vscode.commands.executeCommand<ReviewOutcome>('touchpoint.reviewWorkspace');
    assert.ok(outcome, 'the command returns what it did');
    assert.equal(outcome.cancelled, false);
    const names = outcome.files.map((file) => vscode.workspace.asRelativePath(file)).sort();
    assert.deepEqual(names, [
      'about.html',
      'broken/page.html',
      'checkout.html',
      'src/Checkout.tsx',
      'src/Pay.tsx',
      'src/Terms.tsx',
      'src/locales/en/translation.json',
    ]);
    // The server keeps the review; the extension has its summary (the status bar's figures).
    assert.equal(outcome.summary?.files.length, 7);
    assert.ok((outcome.summary?.findingCount ?? 0) > 0);
    // The catalog string's finding, in Problems, points at the component that shows it.
    const catalog = await diagnosticsOf(workspaceFile('src/locales/en/translation.json'), (found) =>
      found.some((d) => codeOf(d) === 'errors/blaming-or-hostile-tone'),
    );
    const tone = catalog.find((d) => codeOf(d) === 'errors/blaming-or-hostile-tone')!;
    assert.deepEqual(
      tone.relatedInformation?.map((related) => [
        vscode.workspace.asRelativePath(related.location.uri),
        related.location.range.start.line + 1,
      ]),
      [['src/Checkout.tsx', 7]],
    );
    const about = await diagnosticsOf(workspaceFile('about.html'), (found) => found.length > 0);
    assert.deepEqual(about.map(describe), ['wording/jargon 9:12-9:20 Warning']);
    // The broken config under broken/ shows on the config file, though nothing there was opened.
    const [problem] = await diagnosticsOf(workspaceFile('broken/.touchpointrc.json'), (found) => found.length > 0);
    assert.match(problem!.message, /names no known rule; did you mean “wording\/jargon”/);

    // The scorecard shows the review the server keeps: a finding in a file never opened, which a
    // click opens at its range.
    await vscode.commands.executeCommand('touchpoint.showScorecard');
    await until('the scorecard tab', scorecardTab);
    click('webview', '.finding[data-key="wording/jargon|about.html|10|13"] button.loc');
    const editor = await until('about.html opened at the finding', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.fsPath === workspaceFile('about.html').fsPath ? active : undefined;
    });
    assert.deepEqual([editor.selection.start.line, editor.selection.start.character], [9, 12]);
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

  test('a server restart forgets the review: its findings leave Problems (nothing would keep them up to date)', async () => {
    await vscode.commands.executeCommand('touchpoint.reviewWorkspace');
    await diagnosticsOf(workspaceFile('about.html'), (found) => found.length > 0);
    await vscode.commands.executeCommand('touchpoint.restartServer');
    await diagnosticsOf(workspaceFile('about.html'), (found) => found.length === 0);
    // A review after the restart shows them again.
    await vscode.commands.executeCommand('touchpoint.reviewWorkspace');
    await diagnosticsOf(workspaceFile('about.html'), (found) => found.length > 0);
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
      // Fixed on disk: its findings go from Problems.
      await vscode.workspace.fs.writeFile(uri, encode('<p>Please use the form.</p>\n'));
      await diagnosticsOf(uri, (found) => found.length === 0);
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
    // A burst (a checkout): the files go to the server together, and each is reviewed.
    const burst = [1, 2, 3, 4, 5, 6].map((n) => workspaceFile(`burst${n}.html`));
    try {
      await Promise.all(burst.map((uri) => vscode.workspace.fs.writeFile(uri, encode('<p>We utilize it.</p>\n'))));
      for (const uri of burst) await diagnosticsOf(uri, (found) => found.some((d) => codeOf(d) === 'wording/jargon'));
    } finally {
      await Promise.all(burst.map((uri) => vscode.workspace.fs.delete(uri)));
    }
    for (const uri of burst) await diagnosticsOf(uri, (found) => found.length === 0);
  });
});
