/**
 * Touchpoint: Show Rule Documentation. From a quick fix it gets the rule's page address; from
 * the palette it asks which rule (the language server lists them). Touchpoint's own rule pages
 * ship in the extension (docs/rules) and open in VS Code's Markdown preview, offline; axe-core's
 * rules open Deque's page.
 */
import * as vscode from 'vscode';
import { DOCS_BASE_URL } from '../core/docsBase.js';
import type { TouchpointClient } from './client.js';
import { COMMANDS } from './commands.js';

export function registerRuleDocs(extensionUri: vscode.Uri, client: TouchpointClient): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.showDocs, async (url?: unknown) => {
    let address = typeof url === 'string' ? url : undefined;
    if (address === undefined) {
      const items = client.rules().then((rules) =>
        rules.map((rule): vscode.QuickPickItem & { address: string } => ({
          label: rule.id,
          description: rule.help,
          address: rule.docsUrl,
        })),
      );
      const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Which rule?', matchOnDescription: true });
      if (!picked) return;
      address = picked.address;
    }
    // Only web links (the argument comes from a code action the server made, or the list above).
    if (!/^https:\/\//.test(address)) return;
    if (address.startsWith(DOCS_BASE_URL)) {
      const page = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', address.slice(DOCS_BASE_URL.length));
      try {
        await vscode.workspace.fs.stat(page);
        await vscode.commands.executeCommand('markdown.showPreview', page);
        return;
      } catch {
        // Not packaged here: the page on the web.
      }
    }
    await vscode.env.openExternal(vscode.Uri.parse(address));
  });
}
