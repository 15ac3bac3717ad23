/**
 * What the engine returns: findings (with the rule's impact metadata copied in, so faces need
 * no registry lookups), per-rule tallies of examined and failed elements (the score's
 * opportunities), notices (what could not be checked, unused suppressions, a rule that
 * failed), and the score.
 */
import type { Area, Impact, Lens, Metric, RuleTally, Severity } from './vocabulary.js';
export type { RuleTally } from './vocabulary.js';
import type { SourceLanguage, SourceRange } from './model.js';
import type { CollectedItem, Fix, RelatedLocation } from './rules/types.js';
import type { Score } from './score.js';

export interface Finding {
  readonly ruleId: string;
  readonly area: Area;
  readonly lens: Lens;
  readonly metrics: readonly Metric[];
  readonly severity: Severity;
  readonly impact: Impact;
  /** help plus the finding's detail: `Use the plainer word [“utilize” → “use”]`. */
  readonly message: string;
  readonly help: string;
  readonly detail?: string;
  readonly why: string;
  readonly docsUrl: string;
  readonly fileName: string;
  readonly range: SourceRange;
  /** 1-based line and column of the range start and end, for people and formatters. */
  readonly location: {
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
  };
  /** The source text of the range (first 200 characters), for reports and fingerprints. */
  readonly snippet: string;
  readonly related?: readonly RelatedLocation[];
  readonly fix?: Fix;
  readonly confidence: 'high' | 'low';
}

export const NOTICE_CODES = [
  'not-checked', // the file (or a part) could not be checked: too big, binary, minified, too deep
  'not-applicable', // a .js/.ts file with no JSX
  'parse-problem', // the parser recovered from broken markup; results may be partial
  'rule-failed', // a rule threw; its results for this file were dropped
  'unused-suppression',
  'unknown-rule-in-suppression',
  'config-error',
  'lint-failed', // the file's check crashed twice (a lint worker died or threw): nothing was checked
  'findings-capped', // a rule found more than MAX_FINDINGS_PER_RULE here: the rest are counted, not listed
] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

export interface Notice {
  readonly code: NoticeCode;
  readonly severity: Severity;
  readonly message: string;
  readonly fileName: string;
  readonly range?: SourceRange;
  readonly location?: { readonly line: number; readonly column: number };
  readonly ruleId?: string;
  /** findings-capped: how many of the rule's findings were left out of the list (at the notice's range, the first). */
  readonly count?: number;
}

/**
 * Notices that say part of the work did not happen: shown in every output as “not checked”
 * (the scorecard, SARIF notifications, JUnit, GitHub annotations, stylish, summary).
 */
export function isNotCheckedNotice(notice: Notice): boolean {
  return (
    notice.code === 'not-checked' ||
    notice.code === 'rule-failed' ||
    notice.code === 'config-error' ||
    notice.code === 'lint-failed'
  );
}

/**
 * Notices every report lists beside its findings: what was not checked, and the findings of a
 * rule left out of the list (information, never a fault: the score and the gates still count them).
 */
export function isReportedNotice(notice: Notice): boolean {
  return isNotCheckedNotice(notice) || notice.code === 'findings-capped';
}

/**
 * Findings by rule, those left out of the list included: a rule's listed findings plus the
 * `count` of its findings-capped notice. What gates and baselines count, so the cap never lets
 * a build pass.
 */
export function ruleCounts(file: {
  readonly findings: readonly Finding[];
  readonly notices: readonly Notice[];
}): Map<string, { count: number; severity: Severity }> {
  const counts = new Map<string, { count: number; severity: Severity }>();
  for (const finding of file.findings) {
    const entry = counts.get(finding.ruleId);
    if (entry) entry.count++;
    else counts.set(finding.ruleId, { count: 1, severity: finding.severity });
  }
  for (const notice of file.notices) {
    const entry = notice.code === 'findings-capped' && notice.ruleId ? counts.get(notice.ruleId) : undefined;
    if (entry) entry.count += notice.count ?? 0;
  }
  return counts;
}

/** Every finding of the report by severity, those left out of the lists included (ruleCounts). */
export function severityCounts(report: {
  readonly files: readonly { readonly findings: readonly Finding[]; readonly notices: readonly Notice[] }[];
}): Record<Severity, number> & { unlisted: number } {
  const totals = { error: 0, warning: 0, info: 0, unlisted: 0 };
  for (const file of report.files)
    for (const { count, severity } of ruleCounts(file).values()) totals[severity] += count;
  totals.unlisted =
    totals.error + totals.warning + totals.info - report.files.reduce((n, f) => n + f.findings.length, 0);
  return totals;
}

/**
 * Faults: a rule threw, or a file's whole check crashed (a lint worker died), so checks were
 * lost without the file being at fault. The CLI exits 2
 * on any (as ESLint does on a crash), whatever the gates or --exit-zero say: CI must never
 * pass because something did not run.
 */
export function faultsOf(report: { readonly files: readonly { readonly notices: readonly Notice[] }[] }): Notice[] {
  return report.files.flatMap((file) => file.notices.filter(isFault));
}

export function isFault(notice: Notice): boolean {
  return notice.code === 'rule-failed' || notice.code === 'lint-failed';
}

export interface FileReport {
  readonly fileName: string;
  readonly language: SourceLanguage | undefined;
  /** False when the file was not checked at all (see notices). */
  readonly checked: boolean;
  readonly findings: readonly Finding[];
  readonly notices: readonly Notice[];
  /** Per enabled rule that ran: how many elements it judged and how many failed. */
  readonly tallies: Readonly<Record<string, RuleTally>>;
  /** Findings hidden by inline suppressions. */
  readonly suppressed: number;
  /** A page (HTML, or JSX configured or recognised as one) rather than a component. */
  readonly page: boolean;
  readonly score: Score;
  /** The file's suppression comments, for findings added later by workspace-level rules. */
  readonly suppressions: readonly SuppressionRange[];
  /** What the file contributed to workspace-level rules, by rule id. */
  readonly collected: Readonly<Record<string, readonly CollectedItem[]>>;
  /** Other files whose messages the file shows: when one changes, the report is out of date. */
  readonly dependsOn?: readonly string[];
  /** The design-system presets its components were mapped with (designSystems.ts ids), when any. */
  readonly designSystems?: readonly string[];
  /** Where the file shows messages written in catalogs: related locations of the catalogs' findings. */
  readonly messageUses?: readonly ReportedMessageUse[];
}

/** A message shown in a file (`at`, with its line and column) and written in `catalog` at `range`. */
export interface ReportedMessageUse {
  readonly catalog: string;
  readonly range: SourceRange;
  readonly at: SourceRange;
  readonly location: Finding['location'];
}

export interface SuppressionRange {
  /** Empty: every rule. */
  readonly ruleIds: readonly string[];
  /** 0-based, inclusive. */
  readonly fromLine: number;
  readonly toLine: number;
  /** The comment's `-- reason`: findings suppressed with one do not count in the score. */
  readonly reason?: string;
}

export interface WorkspaceReport {
  readonly files: readonly FileReport[];
  readonly score: Score;
  readonly tallies: Readonly<Record<string, RuleTally>>;
  readonly findingCount: number;
  /** True when the review was cancelled before every file was checked. */
  readonly cancelled: boolean;
  readonly durationMs: number;
  /** axe-core rules that cannot run on source (layout, rendering), when any a11y rule ran. */
  readonly notCheckedStatically: ReadonlyArray<{ readonly ruleId: string; readonly reason: string }>;
  /** The design systems whose components were mapped in the files, by name (“MUI”), in the presets' order. */
  readonly designSystems: readonly string[];
}
