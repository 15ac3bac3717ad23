/**
 * Quick fixes for Touchpoint diagnostics, as core's editActions.ts works them out: the rule's
 * own fix where it has one, fix-all for a rule in a file when its fixes are safe, disabling the
 * rule for a line or the file with a suppression comment in the file's own syntax; then the
 * rule's documentation, and the finding in the scorecard (once per element, last).
 */
import * as vscode from 'vscode';
import { findingActions, fixAllAction, languageForLanguageId, type EditAction, type Finding } from '../core/index.js';
import { COMMANDS, type ScorecardTarget } from './commands.js';

/** What the last lint of a document found, for the version it read. */
export interface LintedDocument {
  readonly version: number;
  readonly findings: readonly Finding[];
}

export class TouchpointCodeActions implements vscode.CodeActionProvider {
  /** `source.fixAll.touchpoint`, for `editor.codeActionsOnSave` (as ESLint's fixAll). */
  static readonly fixAllKind = vscode.CodeActionKind.SourceFixAll.append('touchpoint');
  static readonly kinds = [vscode.CodeActionKind.QuickFix, TouchpointCodeActions.fixAllKind];

  /** `linted` gives the findings of the document's current version, linting again if needed. */
  constructor(private readonly linted: (document: vscode.TextDocument) => Promise<LintedDocument | undefined>) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    if (context.only && TouchpointCodeActions.fixAllKind.contains(context.only)) return this.fixAll(document);
    if (!context.diagnostics.some((diagnostic) => diagnostic.source === 'touchpoint')) return [];
    const language = languageForLanguageId(document.languageId) ?? 'json';
    const linted = await this.linted(document);
    if (!linted || linted.version !== document.version) return [];
    const text = document.getText();
    const fixes: vscode.CodeAction[] = [];
    const others: vscode.CodeAction[] = [];
    const shown: vscode.CodeAction[] = [];
    const seenRules = new Set<string>();
    const seenElements = new Set<number>();
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== 'touchpoint') continue;
      const ruleId = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
      const start = document.offsetAt(diagnostic.range.start);
      const finding = linted.findings.find((f) => f.ruleId === ruleId && f.range.start === start);
      if (!finding) continue;
      const first = !seenRules.has(ruleId);
      seenRules.add(ruleId);
      const actions = findingActions(text, language, document.fileName, finding, linted.findings, first);
      for (const action of actions.fixes) fixes.push(toCodeAction(document, action, [diagnostic]));
      for (const action of actions.suppressions) others.push(toCodeAction(document, action));
      if (first) {
        const docs = new vscode.CodeAction(`Show documentation for ${ruleId}`, vscode.CodeActionKind.QuickFix);
        docs.command = { command: COMMANDS.showDocs, title: docs.title, arguments: [finding.docsUrl] };
        others.push(docs);
      }
      if (seenElements.has(finding.range.start)) continue;
      seenElements.add(finding.range.start);
      const show = new vscode.CodeAction('Show in scorecard', vscode.CodeActionKind.QuickFix);
      show.command = {
        command: COMMANDS.showScorecard,
        title: show.title,
        arguments: [
          {
            ruleId,
            fileName: document.uri.fsPath,
            line: finding.location.line,
            column: finding.location.column,
          } satisfies ScorecardTarget,
        ],
      };
      shown.push(show);
    }
    return [...fixes, ...others, ...shown];
  }

  /** Every safe fix in the file at once (on save, or from “Fix All”). */
  private async fixAll(document: vscode.TextDocument): Promise<vscode.CodeAction[]> {
    const linted = await this.linted(document);
    if (!linted || linted.version !== document.version) return [];
    const action = fixAllAction(linted.findings);
    return action ? [toCodeAction(document, action, undefined, TouchpointCodeActions.fixAllKind)] : [];
  }
}

function toCodeAction(
  document: vscode.TextDocument,
  action: EditAction,
  diagnostics?: vscode.Diagnostic[],
  kind = vscode.CodeActionKind.QuickFix,
): vscode.CodeAction {
  const codeAction = new vscode.CodeAction(action.title, kind);
  const edit = new vscode.WorkspaceEdit();
  for (const { range, newText } of action.edits)
    edit.replace(
      document.uri,
      new vscode.Range(document.positionAt(range.start), document.positionAt(range.end)),
      newText,
    );
  codeAction.edit = edit;
  if (diagnostics) codeAction.diagnostics = diagnostics;
  if (action.preferred) codeAction.isPreferred = true;
  return codeAction;
}
