/**
 * A file from a virtual file system (as in a vscode-vfs: or remote-hub workspace): it is
 * checked, and the .touchpointrc.json above it is read through workspace.fs, not from disk.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsOf } from './helpers.js';

const SCHEME = 'tpmem';

/** Just enough of a read-only in-memory file system for the editor and workspace.fs. */
class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;

  constructor(private readonly files: ReadonlyMap<string, string>) {}

  private isDirectory(path: string): boolean {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    return [...this.files.keys()].some((file) => file.startsWith(prefix));
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const text = this.files.get(uri.path);
    if (text !== undefined) return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: text.length };
    if (this.isDirectory(uri.path)) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    throw vscode.FileSystemError.FileNotFound(uri);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const text = this.files.get(uri.path);
    if (text === undefined) throw vscode.FileSystemError.FileNotFound(uri);
    return new TextEncoder().encode(text);
  }

  readDirectory(uri: vscode.Uri): Array<[string, vscode.FileType]> {
    const prefix = uri.path.endsWith('/') ? uri.path : `${uri.path}/`;
    const names = new Map<string, vscode.FileType>();
    for (const file of this.files.keys()) {
      if (!file.startsWith(prefix)) continue;
      const [name, ...rest] = file.slice(prefix.length).split('/');
      names.set(name!, rest.length > 0 ? vscode.FileType.Directory : vscode.FileType.File);
    }
    return [...names];
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  createDirectory(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  writeFile(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
}

suite('Virtual file systems', () => {
  test('a virtual file is checked with the config found next to it through workspace.fs', async () => {
    const registration = vscode.workspace.registerFileSystemProvider(
      SCHEME,
      new MemoryFileSystem(
        new Map([
          // On disk there is no such config: only workspace.fs can find it.
          [
            '/repo/.touchpointrc.json',
            '{ "rules": { "wording/jargon": "off", "feedback/placeholder-link": "error" } }',
          ],
          ['/repo/site/page.html', '<main>\n<p>Please utilize the form.</p>\n<a href="#">Open the form</a>\n</main>\n'],
        ]),
      ),
      { isReadonly: true },
    );
    try {
      const uri = vscode.Uri.from({ scheme: SCHEME, path: '/repo/site/page.html' });
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const found = await diagnosticsOf(uri, (list) => list.some((d) => codeOf(d) === 'feedback/placeholder-link'));
      const link = found.find((d) => codeOf(d) === 'feedback/placeholder-link')!;
      assert.equal(link.severity, vscode.DiagnosticSeverity.Error, 'the config raised it to an error');
      assert.ok(!found.some((d) => codeOf(d) === 'wording/jargon'), 'the config turned jargon off');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      registration.dispose();
    }
  });
});
