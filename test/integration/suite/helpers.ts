/** Shared helpers for the integration suites (bundled into each suite by the build). */
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

export function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export async function openWorkspaceFile(
  relative: string,
): Promise<{ uri: vscode.Uri; document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const uri = workspaceFile(relative);
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  return { uri, document, editor };
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
}

export function describe(diagnostic: vscode.Diagnostic): string {
  const { start, end } = diagnostic.range;
  return `${codeOf(diagnostic)} ${start.line}:${start.character}-${end.line}:${end.character} ${vscode.DiagnosticSeverity[diagnostic.severity]}`;
}

/** Waits until the Touchpoint diagnostics of a file satisfy `ready` (or fails after 30 s). */
export async function diagnosticsOf(
  uri: vscode.Uri,
  ready: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'touchpoint');
  if (ready(current())) return current();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`diagnostics never settled: ${JSON.stringify(current().map(describe))}`));
    }, 30_000);
    const subscription = vscode.languages.onDidChangeDiagnostics(() => {
      if (!ready(current())) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(current());
    });
  });
}

/** Waits until a file's diagnostics have not changed for `quietMs` (checks started by a settings change are done). */
export function settled(uri: vscode.Uri, quietMs = 1500): Promise<void> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, quietMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    function done(): void {
      subscription.dispose();
      resolve();
    }
  });
}

/** The process ids of Touchpoint language servers running now. */
export function serverPids(): number[] {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  return lines
    .filter((line) => /dist[\\/]server\.js/.test(line) && line.includes('--node-ipc'))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The scorecard's tab, when it is open. */
export function scorecardTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('touchpoint.scorecard'));
}

/** What `check` returns once it returns something, within the time. */
export async function until<T>(what: string, check: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

/** Asks the runner's browser to click something (the extension host cannot). */
export function click(where: 'webview' | 'workbench', selector: string): void {
  console.log(`TOUCHPOINT_CLICK ${JSON.stringify({ in: where, selector })}`);
}
