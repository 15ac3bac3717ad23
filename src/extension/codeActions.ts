/**
 * Quick fixes for Touchpoint diagnostics: the rule's own fix where it has one, fix-all for a
 * rule in a file when its fixes are safe, disabling the rule for a line or the file with a
 * suppression comment in the file's own syntax, the rule's documentation, and the finding in
 * the scorecard.
 */
import * as vscode from 'vscode';
import { languageForLanguageId, parseDocument, type Finding, type SourceRange } from '../core/index.js';
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
    const linted = await this.linted(document);
    if (!linted || linted.version !== document.version) return [];
    const actions: vscode.CodeAction[] = [];
    const seenRules = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== 'touchpoint') continue;
      const ruleId = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
      const start = document.offsetAt(diagnostic.range.start);
      const finding = linted.findings.find((f) => f.ruleId === ruleId && f.range.start === start);
      if (!finding) continue;
      if (finding.fix) {
        const action = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = editOf(document, finding.fix.edits);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        actions.push(action);
      }
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
      actions.push(show);
      if (seenRules.has(ruleId)) continue;
      seenRules.add(ruleId);
      const fixable = safeFixesOf(linted.findings.filter((f) => f.ruleId === ruleId));
      if (fixable.length > 1) {
        const action = new vscode.CodeAction(
          `Fix all ${ruleId} problems in this file (${fixable.length})`,
          vscode.CodeActionKind.QuickFix,
        );
        action.edit = editOf(
          document,
          fixable.flatMap((f) => f.fix!.edits),
        );
        actions.push(action);
      }
      actions.push(disableAction(document, finding, 'line'), disableAction(document, finding, 'file'));
      const docs = new vscode.CodeAction(`Show documentation for ${ruleId}`, vscode.CodeActionKind.QuickFix);
      docs.command = { command: COMMANDS.showDocs, title: docs.title, arguments: [finding.docsUrl] };
      actions.push(docs);
    }
    return actions;
  }

  /** Every safe fix in the file at once (on save, or from “Fix All”). */
  private async fixAll(document: vscode.TextDocument): Promise<vscode.CodeAction[]> {
    const linted = await this.linted(document);
    if (!linted || linted.version !== document.version) return [];
    const fixes = safeFixesOf(linted.findings);
    if (fixes.length === 0) return [];
    const action = new vscode.CodeAction('Fix all safe Touchpoint problems', TouchpointCodeActions.fixAllKind);
    action.edit = editOf(
      document,
      fixes.flatMap((finding) => finding.fix!.edits),
    );
    return [action];
  }
}

function safeFixesOf(findings: readonly Finding[]): Finding[] {
  // Safe fixes only, and never two that touch the same text (the first in the file wins).
  const chosen: Finding[] = [];
  let end = -1;
  for (const finding of [...findings].filter((f) => f.fix?.safe).sort((a, b) => a.range.start - b.range.start)) {
    const ranges = finding.fix!.edits.map((edit) => edit.range);
    if (ranges.some((range) => range.start < end)) continue;
    chosen.push(finding);
    end = Math.max(end, ...ranges.map((range) => range.end));
  }
  return chosen;
}

function editOf(
  document: vscode.TextDocument,
  edits: ReadonlyArray<{ readonly range: SourceRange; readonly newText: string }>,
): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const { range, newText } of edits)
    edit.replace(
      document.uri,
      new vscode.Range(document.positionAt(range.start), document.positionAt(range.end)),
      newText,
    );
  return edit;
}

/**
 * A suppression comment the parser understands, in the syntax the place needs: HTML comments
 * in HTML; in JSX, `{/* … *\/}` before an element whose parent is an element (a child), a line
 * comment elsewhere (before a root element, inside a tag, in plain code).
 */
function disableAction(document: vscode.TextDocument, finding: Finding, scope: 'line' | 'file'): vscode.CodeAction {
  const action = new vscode.CodeAction(
    scope === 'line' ? `Disable ${finding.ruleId} for this line` : `Disable ${finding.ruleId} for this file`,
    vscode.CodeActionKind.QuickFix,
  );
  const edit = new vscode.WorkspaceEdit();
  const html = document.languageId === 'html';
  if (scope === 'file') {
    const first = document.lineAt(0).text;
    // After a doctype: a comment before it would put the page in quirks mode.
    const line = html && /^\s*<!doctype/i.test(first) ? 1 : 0;
    const comment = html
      ? `<!-- touchpoint-disable ${finding.ruleId} -->`
      : `/* touchpoint-disable ${finding.ruleId} */`;
    edit.insert(document.uri, new vscode.Position(line, 0), `${comment}\n`);
  } else {
    const line = document.positionAt(finding.range.start).line;
    const text = document.lineAt(line).text;
    const indent = text.slice(0, text.length - text.trimStart().length);
    const directive = `touchpoint-disable-next-line ${finding.ruleId}`;
    let comment: string;
    if (html) comment = `<!-- ${directive} -->`;
    else
      comment = startsJsxChild(document, document.offsetAt(new vscode.Position(line, indent.length)))
        ? `{/* ${directive} */}`
        : `// ${directive}`;
    edit.insert(document.uri, new vscode.Position(line, 0), `${indent}${comment}\n`);
  }
  action.edit = edit;
  return action;
}

/** Whether an element that is the child of another JSX element starts at this offset. */
function startsJsxChild(document: vscode.TextDocument, offset: number): boolean {
  const language = languageForLanguageId(document.languageId);
  if (!language) return false;
  const parsed = parseDocument(document.getText(), language, document.fileName, {});
  if (!parsed.ok) return false;
  const element = parsed.document.elements.find((candidate) => candidate.range.start === offset);
  return element?.parent !== undefined;
}
