/**
 * What an editor offers on findings, worked out on the text alone (offsets, no editor types), so
 * the VS Code extension and the language server offer the same: the rule's own fix, every safe
 * fix of a rule or of the file at once, and disabling a rule for a line or the file with a
 * suppression comment in the file's own syntax. Also how findings kept between lints (the
 * whole-page run's, redone only on save) move with the edits made since.
 */
import type { Finding } from './report.js';
import type { TextEdit } from './rules/types.js';
import type { SourceLanguage } from './model.js';
import { parseDocument } from './parse/index.js';

/** An edit-carrying action: its title and its edits in the file's text. */
export interface EditAction {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The one to pick first (the rule's own fix). */
  readonly preferred?: boolean;
}

/** The safe fixes among `findings`, never two that touch the same text (the first in the file wins). */
export function safeFixesOf(findings: readonly Finding[]): Finding[] {
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

/** Every safe fix in the file at once (`source.fixAll.touchpoint`), undefined when there is none. */
export function fixAllAction(findings: readonly Finding[]): EditAction | undefined {
  const fixes = safeFixesOf(findings);
  if (fixes.length === 0) return undefined;
  return { title: 'Fix all safe Touchpoint problems', edits: fixes.flatMap((finding) => finding.fix!.edits) };
}

/**
 * The edit actions for one finding, real fixes first: the rule's own fix, all of this rule's
 * safe fixes in the file (when there are several; `withRuleActions` false leaves it and the
 * suppressions out, for a second finding of a rule already offered), then disabling the rule
 * for the line and for the file.
 */
export function findingActions(
  text: string,
  language: SourceLanguage,
  fileName: string,
  finding: Finding,
  findings: readonly Finding[],
  withRuleActions = true,
): { fixes: EditAction[]; suppressions: EditAction[] } {
  const fixes: EditAction[] = [];
  if (finding.fix) fixes.push({ title: finding.fix.title, edits: finding.fix.edits, preferred: true });
  if (!withRuleActions) return { fixes, suppressions: [] };
  const fixable = safeFixesOf(findings.filter((f) => f.ruleId === finding.ruleId));
  if (fixable.length > 1)
    fixes.push({
      title: `Fix all ${finding.ruleId} problems in this file (${fixable.length})`,
      edits: fixable.flatMap((f) => f.fix!.edits),
    });
  return {
    fixes,
    suppressions: [
      suppression(text, language, fileName, finding, 'line'),
      suppression(text, language, fileName, finding, 'file'),
    ],
  };
}

/**
 * A suppression comment the parser understands, in the syntax the place needs: HTML comments
 * in HTML; in JSX, `{/* … *\/}` before an element whose parent is an element (a child), a line
 * comment elsewhere (before a root element, inside a tag, in plain code).
 */
export function suppression(
  text: string,
  language: SourceLanguage,
  fileName: string,
  finding: Finding,
  scope: 'line' | 'file',
): EditAction {
  const html = language === 'html';
  if (scope === 'file') {
    // After a doctype: a comment before it would put the page in quirks mode.
    const firstEnd = lineEnd(text, 0);
    const at = html && /^\s*<!doctype/i.test(text.slice(0, firstEnd)) ? nextLineStart(text, firstEnd) : 0;
    const comment = html
      ? `<!-- touchpoint-disable ${finding.ruleId} -->`
      : `/* touchpoint-disable ${finding.ruleId} */`;
    return {
      title: `Disable ${finding.ruleId} for this file`,
      edits: [{ range: { start: at, end: at }, newText: `${comment}\n` }],
    };
  }
  const start = text.lastIndexOf('\n', finding.range.start - 1) + 1;
  const line = text.slice(start, lineEnd(text, start));
  const indent = line.slice(0, line.length - line.trimStart().length);
  const directive = `touchpoint-disable-next-line ${finding.ruleId}`;
  let comment: string;
  if (html) comment = `<!-- ${directive} -->`;
  else
    comment = startsJsxChild(text, language, fileName, start + indent.length)
      ? `{/* ${directive} */}`
      : `// ${directive}`;
  return {
    title: `Disable ${finding.ruleId} for this line`,
    edits: [{ range: { start, end: start }, newText: `${indent}${comment}\n` }],
  };
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  const end = newline === -1 ? text.length : newline;
  return end > from && text[end - 1] === '\r' ? end - 1 : end;
}

function nextLineStart(text: string, end: number): number {
  const newline = text.indexOf('\n', end);
  return newline === -1 ? text.length : newline + 1;
}

/** Whether an element that is the child of another JSX element starts at this offset. */
function startsJsxChild(text: string, language: SourceLanguage, fileName: string, offset: number): boolean {
  const parsed = parseDocument(text, language, fileName, {});
  if (!parsed.ok) return false;
  const element = parsed.document.elements.find((candidate) => candidate.range.start === offset);
  return element?.parent !== undefined;
}

/** One change of a document's text: `[start, end)` of the old text replaced by `length` characters. */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly length: number;
}

/** Shifts findings past each change (applied in order); drops those a change touches. */
export function moveWithEdits(findings: readonly Finding[], changes: readonly TextChange[]): Finding[] {
  let moved = [...findings];
  for (const { start, end, length } of changes) {
    const delta = length - (end - start);
    moved = moved
      .filter((finding) => finding.range.end < start || finding.range.start > end)
      .map((finding) =>
        finding.range.start > end
          ? { ...finding, range: { start: finding.range.start + delta, end: finding.range.end + delta } }
          : finding,
      );
  }
  return moved;
}
