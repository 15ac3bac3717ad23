/**
 * The scorecard panel in the real workbench: it opens from the command, from the status bar
 * and from a “Show in scorecard” code action, renders the engine's findings, and a click on a
 * finding's location (made by the runner's browser inside the webview) opens that file at
 * that range.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  click,
  codeOf,
  diagnosticsOf,
  openWorkspaceFile,
  scorecardTab,
  sleep,
  until,
  workspaceFile,
} from './helpers.js';

suite('Scorecard panel', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('opens from the command, shows the findings, and a click on one reveals its range', async () => {
    const { uri } = await openWorkspaceFile('checkout.html');
    const diagnostics = await diagnosticsOf(uri, (found) => found.length >= 3);
    const target = diagnostics[diagnostics.length - 1]!;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('touchpoint.showScorecard');
    await until('the scorecard tab', scorecardTab);
    const key = `${codeOf(target)}|checkout.html|${target.range.start.line + 1}|${target.range.start.character + 1}`;
    click('webview', `.finding[data-key="${key}"] button.loc`);
    const editor = await until('checkout.html opened at the finding', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.toString() === uri.toString() ? active : undefined;
    });
    assert.deepEqual(
      [editor.selection.start.line, editor.selection.start.character],
      [target.range.start.line, target.range.start.character],
    );
    assert.ok(scorecardTab(), 'the scorecard stays open beside the editor');
    console.log('TOUCHPOINT_SCREENSHOT scorecard-vscode');
    await sleep(2500);
  });

  test('the status bar item opens it', async () => {
    await openWorkspaceFile('about.html');
    await diagnosticsOf(workspaceFile('about.html'), (found) => found.length > 0);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.equal(scorecardTab(), undefined);
    click('workbench', '.statusbar-item:has-text("Touchpoint") a');
    await until('the scorecard tab after clicking the status bar', scorecardTab);
  });

  test('“Show in scorecard” from a quick fix opens it', async () => {
    const { uri, document } = await openWorkspaceFile('checkout.html');
    const [first] = await diagnosticsOf(uri, (found) => found.length > 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      first!.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const show = actions.find((action) => action.title === 'Show in scorecard');
    assert.ok(show?.command, 'the action is offered');
    assert.deepEqual(show.command.arguments?.[0], {
      ruleId: codeOf(first!),
      fileName: document.uri.fsPath,
      line: first!.range.start.line + 1,
      column: first!.range.start.character + 1,
    });
    await vscode.commands.executeCommand(show.command.command, ...(show.command.arguments ?? []));
    await until(
      'the scorecard focused',
      () => (scorecardTab()?.isActive && !vscode.window.activeTextEditor) || undefined,
    );
    // The page brings that finding into view and focuses its location.
    click('webview', '.finding.flash button.loc:focus');
    await until('the file opened again from the flashed finding', () =>
      vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() ? true : undefined,
    );
  });
});
