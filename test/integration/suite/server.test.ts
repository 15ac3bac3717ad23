/**
 * The language server behind the extension, in the real extension host: hovers, a config
 * changed on disk by another program, a file too large to check, the server killed (the client
 * starts it again) and Touchpoint: Restart Server, the server's environment.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { codeOf, diagnosticsOf, openWorkspaceFile, serverPids, workspaceFile } from './helpers.js';

async function until<T>(probe: () => T | undefined, what: string, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

suite('The language server', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('hover on a finding: why it matters, its impact, an example of the fix, the rule’s page', async () => {
    const { uri } = await openWorkspaceFile('src/Pay.tsx');
    const [jargon] = await diagnosticsOf(uri, (found) => found.some((d) => codeOf(d) === 'wording/jargon')).then(
      (found) => found.filter((d) => codeOf(d) === 'wording/jargon'),
    );
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      jargon!.range.start.translate(0, 1),
    );
    const text = hovers
      .flatMap((hover) => hover.contents)
      .map((content) => (typeof content === 'string' ? content : content.value))
      .join('\n');
    assert.match(text, /plainer word/i, text);
    assert.match(text, /\*UX impact\*|\*CX impact\*/, text);
    assert.match(text, /For example:\n\n```jsx\n/, text);
    assert.match(text, /\[wording\/jargon\]\(file:\/\/.*docs\/rules\/wording\/jargon\.md\)/, text);
  });

  test('a .touchpointrc.json written on disk by another program is picked up', async () => {
    const folder = workspaceFile('ondisk').fsPath;
    mkdirSync(folder, { recursive: true });
    try {
      writeFileSync(`${folder}/page.html`, '<main>\n<a href="#">Open the form</a>\n</main>\n');
      const { uri } = await openWorkspaceFile('ondisk/page.html');
      await diagnosticsOf(uri, (found) => found.some((d) => codeOf(d) === 'feedback/placeholder-link'));
      writeFileSync(`${folder}/.touchpointrc.json`, '{ "rules": { "feedback/placeholder-link": "off" } }\n');
      await diagnosticsOf(uri, (found) => !found.some((d) => codeOf(d) === 'feedback/placeholder-link'));
      writeFileSync(`${folder}/.touchpointrc.json`, '{\n  "rules": {\n    "feedback/placeholder-lnk": "off"\n  }\n}\n');
      const config = vscode.Uri.file(`${folder}/.touchpointrc.json`);
      const [broken] = await diagnosticsOf(config, (found) => found.length > 0);
      assert.equal(codeOf(broken!), 'config-error');
      assert.equal(broken!.range.start.line, 2, 'on the line of the unknown rule id');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('a file larger than maxFileSize: one information diagnostic saying it was not checked', async () => {
    const folder = workspaceFile('large').fsPath;
    mkdirSync(folder, { recursive: true });
    try {
      writeFileSync(`${folder}/.touchpointrc.json`, '{ "maxFileSize": 500 }\n');
      writeFileSync(`${folder}/page.html`, `<main>\n${'<p>Hello there.</p>\n'.repeat(60)}</main>\n`);
      const { uri } = await openWorkspaceFile('large/page.html');
      const [note] = await diagnosticsOf(uri, (found) => found.length > 0);
      assert.equal(codeOf(note!), 'not-checked');
      assert.equal(note!.severity, vscode.DiagnosticSeverity.Information);
      assert.match(note!.message, /500 bytes/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('a killed server is started again, and Restart Server starts a new one', async () => {
    const { uri, document, editor } = await openWorkspaceFile('about.html');
    try {
      await diagnosticsOf(uri, (found) => found.some((d) => codeOf(d) === 'wording/jargon'));
      const [first] = await until(() => (serverPids().length === 1 ? serverPids() : undefined), 'one server');
      process.kill(first!, 'SIGKILL');
      const second = await until(
        () => serverPids().find((pid) => pid !== first),
        'a server started again after the kill',
      );
      // The new server checks edits: a jargon word typed now is found.
      await editor.edit((edit) => edit.insert(document.lineAt(0).range.start, '<p>We utilize it.</p>\n'));
      const onFirstLine = (found: readonly vscode.Diagnostic[]) =>
        found.some((d) => codeOf(d) === 'wording/jargon' && d.range.start.line === 0);
      await diagnosticsOf(uri, onFirstLine);
      await vscode.commands.executeCommand('touchpoint.restartServer');
      await until(() => serverPids().find((pid) => pid !== first && pid !== second), 'a server after Restart Server');
      // And the one after the restart too: the line taken out again, its finding goes.
      await editor.edit((edit) => edit.delete(document.lineAt(0).rangeIncludingLineBreak));
      await diagnosticsOf(uri, (found) => found.length > 0 && !onFirstLine(found));
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('the server runs with two malloc arenas (less memory kept after a review)', async () => {
    const [pid] = await until(() => (serverPids().length > 0 ? serverPids() : undefined), 'a server');
    const environment = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    assert.ok(environment.includes('MALLOC_ARENA_MAX=2'), 'MALLOC_ARENA_MAX=2 in the server environment');
  });

  test('touchpoint.validate chooses the languages checked', async () => {
    const settings = vscode.workspace.getConfiguration('touchpoint');
    const { uri } = await openWorkspaceFile('src/Pay.tsx');
    await diagnosticsOf(uri, (found) => found.length > 0);
    try {
      await settings.update('validate', ['html'], vscode.ConfigurationTarget.Workspace);
      await diagnosticsOf(uri, (found) => found.length === 0);
      const page = await openWorkspaceFile('about.html');
      await diagnosticsOf(page.uri, (found) => found.some((d) => codeOf(d) === 'wording/jargon'));
    } finally {
      await settings.update('validate', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await diagnosticsOf(uri, (found) => found.length > 0);
  });
});
