/**
 * Wires the quick fixes (codeActions.ts) to the documents Touchpoint checks, and the command
 * their “Show documentation” actions run.
 */
import * as vscode from 'vscode';
import { SUPPORTED_LANGUAGE_IDS } from '../core/index.js';
import { TouchpointCodeActions } from './codeActions.js';
import { COMMANDS } from './commands.js';
import type { DocumentLinter } from './documentLinter.js';

export function registerQuickFixes(linter: DocumentLinter): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider(
      SUPPORTED_LANGUAGE_IDS.map((language) => ({ language })),
      new TouchpointCodeActions((document) => linter.lintedFor(document)),
      { providedCodeActionKinds: TouchpointCodeActions.kinds },
    ),
    vscode.commands.registerCommand(COMMANDS.showDocs, (url: unknown) => {
      // Only web links (the argument comes from a code action we made).
      if (typeof url === 'string' && /^https:\/\//.test(url)) void vscode.env.openExternal(vscode.Uri.parse(url));
    }),
  );
}
