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
import type { ResolvedConfig } from './config/config.js';
import type { RuleTally, Severity } from './vocabulary.js';
import type { SourceRange, UiComment } from './model.js';
import type { LineIndex } from './parse/lineIndex.js';
import type { Finding, NoticeCode, SuppressionRange } from './report.js';
import { getRule } from './rules/index.js';

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

/**
 * Which findings the file's suppression comments hide, with the comment's reason; notices for
 * comments naming unknown rules and for comments nothing needs any more.
 */
export function applySuppressions(
  findings: readonly Finding[],
  directives: readonly Directive[],
  lines: LineIndex,
  notice: (code: NoticeCode, severity: Severity, message: string, range?: SourceRange) => void,
  config: ResolvedConfig,
): { kept: Finding[]; suppressed: Array<{ finding: Finding; reason: string | undefined }> } {
  if (directives.length === 0) return { kept: [...findings], suppressed: [] };
  const used = new Set<number>();
  const kept: Finding[] = [];
  const suppressed: Array<{ finding: Finding; reason: string | undefined }> = [];
  for (const finding of findings) {
    const line = lines.lineAt(finding.range.start);
    const index = directives.findIndex((directive) => directiveCovers(directive, finding.ruleId, line));
    if (index < 0) kept.push(finding);
    else {
      used.add(index);
      suppressed.push({ finding, reason: directives[index]!.reason });
    }
  }
  directives.forEach((directive, index) => {
    const unknown = directive.ruleIds.filter((id) => !getRule(id));
    if (unknown.length > 0) {
      notice(
        'unknown-rule-in-suppression',
        'warning',
        `Unknown rule ${unknown.map((id) => `“${id}”`).join(', ')} in touchpoint-${directive.kind}`,
        directive.range,
      );
    } else if (!used.has(index) && directive.ruleIds.every((id) => config.rules.has(id))) {
      const what = directive.ruleIds.length > 0 ? ` for ${directive.ruleIds.join(', ')}` : '';
      notice(
        'unused-suppression',
        'info',
        `Unused touchpoint-${directive.kind}${what}: nothing here needs it any more`,
        directive.range,
      );
    }
  });
  return { kept, suppressed };
}

export function countFinding(tally: RuleTally, finding: Finding, excused: boolean): void {
  if (excused) tally.excused = (tally.excused ?? 0) + 1;
  else if (finding.confidence === 'low') tally.uncertain = (tally.uncertain ?? 0) + 1;
  else tally.failed++;
}

/** Takes back what countFinding counted for a finding that was not excused (it was left out after all). */
export function uncountFinding(tally: RuleTally, finding: Finding): void {
  if (finding.confidence === 'low') tally.uncertain = Math.max(0, (tally.uncertain ?? 0) - 1);
  else tally.failed = Math.max(0, tally.failed - 1);
}

/**
 * The suppression range of a file that covers a finding of `ruleId` on the 0-based `line`, if
 * any (workspace-level findings are added after the file's lint, from its kept ranges).
 */
export function suppressionCovering(
  ranges: readonly SuppressionRange[],
  ruleId: string,
  line: number,
): SuppressionRange | undefined {
  return ranges.find(
    (range) =>
      line >= range.fromLine && line <= range.toLine && (range.ruleIds.length === 0 || range.ruleIds.includes(ruleId)),
  );
}
