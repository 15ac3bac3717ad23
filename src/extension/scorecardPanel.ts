/**
 * The scorecard webview panel: one panel, opened from the command, the status bar or a
 * “Show in scorecard” code action; restored after a window reload by a WebviewPanelSerializer
 * (the page keeps its own view state with setState), never kept alive while hidden. Data goes
 * in by message when the page says it is ready and again (debounced) whenever findings change.
 * Messages from the page are validated (protocol.ts) before anything happens: a reveal opens
 * only a file inside the workspace.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExportFormat, ScorecardData } from '../core/index.js';
import type { ExportParams, ScorecardExport, ScorecardParams } from '../server/protocol.js';
import { parsePageMessage, type FindingRef, type HostMessage, type RevealRequest } from '../webview/protocol.js';
import { webviewHtml } from '../core/formats/html.js';
import { relativePath } from '../core/paths.js';
import { COMMANDS, type ScorecardTarget } from './commands.js';

export const SCORECARD_VIEW_TYPE = 'touchpoint.scorecard';
const UPDATE_DELAY_MS = 250;

/** Where the panel's data and exports come from (the language server), the history added. */
export interface ScorecardSource {
  data(params: Omit<ScorecardParams, 'history'>): Promise<ScorecardData>;
  export(params: Omit<ExportParams, 'history'>): Promise<ScorecardExport>;
}

export class ScorecardPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  private pendingFocus: FindingRef | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly source: ScorecardSource,
    private readonly version: string,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(SCORECARD_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel) => this.attach(panel),
      }),
    );
  }

  /** Opens (or brings forward) the panel; with a target, brings that finding into view. */
  show(target?: unknown): void {
    const focus = this.findingRef(target);
    if (this.panel) {
      this.panel.reveal(undefined, false);
    } else {
      const panel = vscode.window.createWebviewPanel(
        SCORECARD_VIEW_TYPE,
        'Touchpoint Scorecard',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
        this.options(),
      );
      this.attach(panel);
    }
    if (focus) {
      if (this.ready) this.post({ type: 'focus', finding: focus });
      else this.pendingFocus = focus;
    }
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** Findings changed: send fresh data soon (several changes in a row send once). */
  scheduleUpdate(): void {
    if (!this.panel || !this.ready) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(
      () => void this.sendData().catch((error: unknown) => this.failed('update', error)),
      UPDATE_DELAY_MS,
    );
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    this.disposables.forEach((disposable) => disposable.dispose());
  }

  private options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')],
      retainContextWhenHidden: false,
    };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    panel.webview.options = this.options();
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    panel.webview.html = webviewHtml({
      cspSource: panel.webview.cspSource,
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.css')).toString(),
    });
    const subscriptions = [
      panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      // A hidden webview is destroyed (not kept alive); it says “ready” again when shown.
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.ready = false;
      }),
    ];
    panel.onDidDispose(() => {
      subscriptions.forEach((subscription) => subscription.dispose());
      if (this.panel === panel) {
        this.panel = undefined;
        this.ready = false;
      }
    });
  }

  private async receive(raw: unknown): Promise<void> {
    const message = parsePageMessage(raw);
    if (!message) {
      this.log.warn(`Scorecard: ignored a message that is not one the page sends: ${safeJson(raw)}`);
      return;
    }
    try {
      switch (message.type) {
        case 'ready':
          this.ready = true;
          await this.sendData();
          if (this.pendingFocus) this.post({ type: 'focus', finding: this.pendingFocus });
          this.pendingFocus = undefined;
          return;
        case 'reveal':
          await this.reveal(message);
          return;
        case 'review':
          await vscode.commands.executeCommand(COMMANDS.reviewWorkspace);
          return;
        case 'export':
          await this.export(message.format);
          return;
      }
    } catch (error) {
      this.failed(message.type, error);
    }
  }

  private failed(what: string, error: unknown): void {
    this.log.error(`Scorecard: ${what} failed: ${error instanceof Error ? error.stack : String(error)}`);
    void vscode.window.showErrorMessage(`Touchpoint: ${error instanceof Error ? error.message : String(error)}`);
  }

  private async sendData(): Promise<void> {
    const data = await this.source.data(this.workspace());
    this.post({ type: 'data', data });
  }

  /** What the server draws the scorecard for: this workspace, paths relative to its root. */
  private workspace(): Omit<ScorecardParams, 'history'> {
    return { root: workspaceRoot(), title: workspaceTitle(), toolVersion: this.version };
  }

  private post(message: HostMessage): void {
    void this.panel?.webview.postMessage(message);
  }

  /** Opens the file at the finding, only inside a workspace folder. */
  private async reveal(request: RevealRequest): Promise<void> {
    const root = workspaceRoot();
    const target = path.resolve(root, ...request.file.split('/'));
    const uri = vscode.Uri.file(target);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!root || !folder || folder.uri.scheme !== 'file') {
      this.log.warn(`Scorecard: not opening ${request.file}: it is not inside the workspace`);
      return;
    }
    const document = await vscode.workspace.openTextDocument(uri);
    const range = new vscode.Range(
      request.line - 1,
      request.column - 1,
      request.endLine - 1,
      request.endLine === request.line && request.endColumn < request.column
        ? request.column - 1
        : request.endColumn - 1,
    );
    await vscode.window.showTextDocument(document, {
      selection: document.validateRange(range),
      // Beside the scorecard, so both stay in view.
      viewColumn: this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One,
      preserveFocus: false,
    });
  }

  /** Writes the report in a format of core's registry, as the CLI writes it (the server renders it). */
  private async export(format: ExportFormat): Promise<void> {
    const root = workspaceRoot();
    const { label, fileExtension, fileName, chunks } = await this.source.export({ ...this.workspace(), format });
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.file(path.join(root || process.cwd(), fileName)),
      filters: { [label]: [fileExtension] },
      saveLabel: 'Export',
      title: `Export the scorecard as ${label}`,
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, encodeChunks(chunks));
    this.log.info(`Scorecard exported as ${label} to ${target.fsPath}`);
    void vscode.window.showInformationMessage(`Touchpoint: scorecard saved to ${target.fsPath}`);
  }

  /** A “Show in scorecard” argument, checked (any extension can run the command). */
  private findingRef(target: unknown): FindingRef | undefined {
    if (typeof target !== 'object' || target === null) return undefined;
    const { ruleId, fileName, line, column } = target as Partial<ScorecardTarget>;
    if (typeof ruleId !== 'string' || typeof fileName !== 'string') return undefined;
    if (!Number.isInteger(line) || !Number.isInteger(column)) return undefined;
    return { ruleId, file: relativePath(workspaceRoot(), fileName), line: line!, column: column! };
  }
}

/** Where relative paths start: the folder, or the folders' common parent in a multi-root workspace. */
export function workspaceRoot(): string {
  const folders = (vscode.workspace.workspaceFolders ?? [])
    .filter((folder) => folder.uri.scheme === 'file')
    .map((folder) => folder.uri.fsPath);
  if (folders.length === 0) return '';
  return folders.reduce((common, folder) => {
    let candidate = common;
    while (path.relative(candidate, folder).startsWith('..')) candidate = path.dirname(candidate);
    return candidate;
  });
}

function workspaceTitle(): string {
  return vscode.workspace.name ?? 'Open files';
}

/** UTF-8 of the chunks, without joining them into one string first (a large report may not fit one). */
function encodeChunks(chunks: readonly string[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts = chunks.map((chunk) => encoder.encode(chunk));
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

function safeJson(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 200);
  } catch {
    return String(value).slice(0, 200);
  }
}
