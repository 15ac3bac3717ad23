/**
 * The scorecard's data: everything the scorecard UI (src/webview) shows, as plain JSON. The
 * extension posts it to the webview; the CLI's HTML report embeds it. Paths are relative to
 * `root` (the workspace folder or the CLI's working folder), so a report can be shared.
 */
import { relativePath } from './paths.js';
import { AREA_LABELS, AREAS, METRICS, type Area, type Lens } from './vocabulary.js';
import { isReportedNotice, type Finding, type WorkspaceReport } from './report.js';
import { getRule } from './rules/index.js';
import { docsUrl, type Impact, type Severity } from './rules/types.js';
import { IMPACT_PENALTIES, SCORE_FORMULA_VERSION, type Score } from './score.js';

export const SCORECARD_DATA_VERSION = 2;

export interface ScorecardFinding {
  /** Stable within one scorecard: the index in `findings`. */
  readonly id: number;
  readonly ruleId: string;
  readonly area: Area;
  readonly lens: Lens;
  /** Metric labels, primary first (“task success rate”). */
  readonly metrics: readonly string[];
  readonly severity: Severity;
  readonly impact: Impact;
  readonly message: string;
  readonly why: string;
  readonly docsUrl: string;
  /** Relative to the scorecard's root, with forward slashes. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly snippet: string;
  readonly confidence: 'high' | 'low';
}

export interface ScorecardRule {
  readonly id: string;
  readonly area: Area;
  readonly lens: Lens;
  readonly impact: Impact;
  /** What its first finding in a file takes off that file's score (0.5 = 50 %). */
  readonly penalty: number;
  readonly help: string;
  readonly why: string;
  readonly docsUrl: string;
  readonly examined: number;
  /** Findings that count in the score. */
  readonly failed: number;
  /** Low-confidence findings and findings suppressed with a reason: not counted. */
  readonly uncertain: number;
  readonly excused: number;
  /** Files where it has counted findings. */
  readonly files: number;
}

/** One page or component with its own score (the workspace's is the mean of these). */
export interface ScorecardFile {
  /** Relative to the scorecard's root, with forward slashes. */
  readonly file: string;
  readonly kind: 'page' | 'component';
  readonly score: Pick<Score, 'overall' | 'areas' | 'lenses' | 'basis' | 'counts'>;
  /** The rules that took something off, the largest share first: the score worked out. */
  readonly penalties: ReadonlyArray<{
    readonly ruleId: string;
    readonly area: Area;
    readonly lens: Lens;
    readonly impact: Impact;
    readonly failed: number;
    /** 0–1: the share of what is left that the rule takes. */
    readonly penalty: number;
  }>;
}

export interface HistoryPoint {
  /** ISO date-time of the review. */
  readonly date: string;
  readonly overall: number | null;
  readonly areas: Readonly<Record<Area, number | null>>;
  readonly findings: number;
  /** The score formula's version (score.ts); absent in entries from before version 2 (= 1). */
  readonly formula?: number;
}

export interface ScorecardData {
  readonly version: typeof SCORECARD_DATA_VERSION;
  readonly title: string;
  readonly generatedAt: string;
  readonly toolVersion: string;
  /** What the numbers cover: a whole review, or the files open in the editor. */
  readonly scope: 'review' | 'open-files';
  readonly summary: {
    readonly filesChecked: number;
    readonly findings: number;
    readonly durationMs: number;
    readonly cancelled: boolean;
  };
  /** The workspace's score: the mean of the files' scores (`files`: how many were scored). */
  readonly score: Pick<Score, 'formula' | 'overall' | 'areas' | 'lenses' | 'basis' | 'counts'> & {
    readonly files: number;
  };
  readonly areaLabels: Readonly<Record<Area, string>>;
  /** Every page and component that was scored, the lowest score first. */
  readonly files: readonly ScorecardFile[];
  /** Every rule that was scored (it examined something), with its numbers. */
  readonly rules: readonly ScorecardRule[];
  readonly findings: readonly ScorecardFinding[];
  readonly notCheckedStatically: ReadonlyArray<{ readonly ruleId: string; readonly reason: string }>;
  /** Design systems whose components were checked as the elements they render (“MUI”); absent in older data. */
  readonly designSystems?: readonly string[];
  /** Files, or parts of files, that were not checked, and why; and findings left out of the list (findings-capped). */
  readonly notChecked: ReadonlyArray<{ readonly file: string; readonly message: string }>;
  /** Past reviews of this workspace, oldest first (the extension keeps them). */
  readonly history: readonly HistoryPoint[];
}

export interface ScorecardOptions {
  readonly root: string;
  readonly title: string;
  readonly toolVersion: string;
  readonly scope?: ScorecardData['scope'];
  readonly history?: readonly HistoryPoint[];
  readonly now?: Date;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Most severe first, then the heaviest impact, then by place: the order every report lists findings in. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    IMPACT_PENALTIES[b.impact] - IMPACT_PENALTIES[a.impact] ||
    a.fileName.localeCompare(b.fileName) ||
    a.range.start - b.range.start ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

export function scorecardData(report: WorkspaceReport, options: ScorecardOptions): ScorecardData {
  const findings = report.files
    .flatMap((file) => file.findings)
    .sort(compareFindings)
    .map((finding, id) => toScorecardFinding(finding, id, options.root));
  const rules = report.score.rules.flatMap((scored): ScorecardRule[] => {
    const rule = getRule(scored.ruleId);
    if (!rule) return [];
    return [
      {
        id: rule.id,
        area: rule.area,
        lens: rule.lens,
        impact: rule.impact,
        penalty: IMPACT_PENALTIES[rule.impact],
        help: rule.help,
        why: rule.why,
        docsUrl: docsUrl(rule.id),
        examined: scored.examined,
        failed: scored.failed,
        uncertain: scored.uncertain,
        excused: scored.excused,
        files: scored.files ?? (scored.failed > 0 ? 1 : 0),
      },
    ];
  });
  const notChecked = report.files.flatMap((file) =>
    file.notices.filter(isReportedNotice).map((notice) => ({
      file: relativePath(options.root, file.fileName),
      message: notice.location ? `line ${notice.location.line}: ${notice.message}` : notice.message,
    })),
  );
  return {
    version: SCORECARD_DATA_VERSION,
    title: options.title,
    generatedAt: (options.now ?? new Date()).toISOString(),
    toolVersion: options.toolVersion,
    scope: options.scope ?? 'review',
    summary: {
      filesChecked: report.files.filter((file) => file.checked).length,
      findings: findings.length,
      durationMs: report.durationMs,
      cancelled: report.cancelled,
    },
    score: {
      formula: report.score.formula,
      overall: report.score.overall,
      areas: report.score.areas,
      lenses: report.score.lenses,
      basis: report.score.basis,
      counts: report.score.counts,
      files: report.score.files ?? 0,
    },
    areaLabels: AREA_LABELS,
    files: scoredFiles(report, options.root),
    rules: rules.sort((a, b) => AREAS.indexOf(a.area) - AREAS.indexOf(b.area) || a.id.localeCompare(b.id)),
    findings,
    notCheckedStatically: report.notCheckedStatically,
    designSystems: report.designSystems,
    notChecked,
    history: options.history ?? [],
  };
}

/** One history point for this report (the extension appends it after each review). */
export function historyPoint(report: WorkspaceReport, now = new Date()): HistoryPoint {
  return {
    date: now.toISOString(),
    overall: report.score.overall,
    areas: report.score.areas,
    findings: report.findingCount,
    formula: SCORE_FORMULA_VERSION,
  };
}

/** Every scored file with its own score, the lowest first (then by name). */
export function scoredFiles(report: WorkspaceReport, root: string): ScorecardFile[] {
  return report.files
    .filter((file) => file.score.overall !== null)
    .map((file): ScorecardFile => ({
      file: relativePath(root, file.fileName),
      kind: file.page ? 'page' : 'component',
      score: {
        overall: file.score.overall,
        areas: file.score.areas,
        lenses: file.score.lenses,
        basis: file.score.basis,
        counts: file.score.counts,
      },
      penalties: file.score.rules
        .filter((rule) => (rule.penalty ?? 0) > 0)
        .map(({ ruleId, area, lens, impact, failed, penalty }) => ({
          ruleId,
          area,
          lens,
          impact,
          failed,
          penalty: penalty!,
        }))
        .sort((a, b) => b.penalty - a.penalty || a.ruleId.localeCompare(b.ruleId)),
    }))
    .sort((a, b) => a.score.overall! - b.score.overall! || a.file.localeCompare(b.file));
}

function toScorecardFinding(finding: Finding, id: number, root: string): ScorecardFinding {
  return {
    id,
    ruleId: finding.ruleId,
    area: finding.area,
    lens: finding.lens,
    metrics: finding.metrics.map((metric) => METRICS[metric].label),
    severity: finding.severity,
    impact: finding.impact,
    message: finding.message,
    why: finding.why,
    docsUrl: finding.docsUrl,
    file: relativePath(root, finding.fileName),
    line: finding.location.line,
    column: finding.location.column,
    endLine: finding.location.endLine,
    endColumn: finding.location.endColumn,
    snippet: finding.snippet,
    confidence: finding.confidence,
  };
}
