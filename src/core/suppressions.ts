/**
 * Inline suppressions, written in any comment the file's language has (HTML `<!-- -->`,
 * JSX `{/* *\/}`, JS `//` and `/* *\/`):
 *   touchpoint-disable-next-line [rule-id, …] [-- reason]   the line after the comment
 *   touchpoint-disable-line [rule-id, …] [-- reason]        the comment's own line
 *   touchpoint-disable [rule-id, …] [-- reason]             from here to touchpoint-enable (or the end)
 *   touchpoint-enable [rule-id, …]
 * No rule ids means every rule. A suppression that hid nothing, or names an unknown rule, is
 * reported as a notice, as ESLint's --report-unused-disable-directives does.
 */
import type { UiComment } from './model.js';
import type { LineIndex } from './parse/lineIndex.js';
import type { SourceRange } from './model.js';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive {
  readonly kind: DirectiveKind;
  /** Empty: every rule. */
  readonly ruleIds: readonly string[];
  readonly reason?: string;
  readonly range: SourceRange;
  /** First and last line the directive covers (inclusive; MAX_SAFE_INTEGER for an open `disable`). */
  readonly fromLine: number;
  readonly toLine: number;
}

const DIRECTIVE = /^\s*touchpoint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;

export function parseDirectives(comments: readonly UiComment[], lines: LineIndex): Directive[] {
  const directives: Directive[] = [];
  const open: Array<{ ruleIds: readonly string[]; reason?: string; range: SourceRange; fromLine: number }> = [];
  for (const comment of comments) {
    // JSX comments arrive as `/* … */` bodies; strip a leading `*` of doc-style comments.
    const match = DIRECTIVE.exec(comment.text.replace(/^\s*\*/, ''));
    if (!match) continue;
    const kind = match[1] as DirectiveKind;
    const [idsPart = '', ...reasonParts] = match[2]!.split(/\s--\s|\s--$/);
    const reason = reasonParts.join(' -- ').trim() || undefined;
    const ruleIds = idsPart
      .split(/[\s,]+/)
      .map((id) => id.trim())
      .filter(Boolean);
    const startLine = lines.lineAt(comment.range.start);
    const endLine = lines.lineAt(Math.max(comment.range.start, comment.range.end - 1));
    if (kind === 'disable-next-line') {
      directives.push({ kind, ruleIds, reason, range: comment.range, fromLine: endLine + 1, toLine: endLine + 1 });
    } else if (kind === 'disable-line') {
      directives.push({ kind, ruleIds, reason, range: comment.range, fromLine: startLine, toLine: endLine });
    } else if (kind === 'disable') {
      open.push({ ruleIds, reason, range: comment.range, fromLine: startLine });
    } else {
      // enable closes the open disables it names (or all of them).
      for (let i = open.length - 1; i >= 0; i--) {
        const block = open[i]!;
        if (ruleIds.length === 0 || block.ruleIds.some((id) => ruleIds.includes(id))) {
          directives.push({ kind: 'disable', ...block, toLine: startLine });
          open.splice(i, 1);
        }
      }
    }
  }
  for (const block of open) directives.push({ kind: 'disable', ...block, toLine: Number.MAX_SAFE_INTEGER });
  return directives;
}

export function directiveCovers(directive: Directive, ruleId: string, line: number): boolean {
  return (
    line >= directive.fromLine &&
    line <= directive.toLine &&
    (directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId))
  );
}
