/**
 * The scorecard's data: everything the scorecard UI (src/webview) shows, as plain JSON. The
 * extension posts it to the webview; the CLI's HTML report embeds it. Paths are relative to
 * `root` (the workspace folder or the CLI's working folder), so a report can be shared.
 */
import * as path from 'node:path';
import { AREA_LABELS, AREAS, METRICS, type Area, type Lens } from './impact.js';
import { isReportedNotice, type Finding, type WorkspaceReport } from './report.js';
import { getRule } from './rules/index.js';
import { docsUrl, type Impact, type Severity } from './rules/types.js';
import { IMPACT_WEIGHTS, type Score } from './score.js';

export const SCORECARD_DATA_VERSION = 1;

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
  readonly weight: number;
  readonly help: string;
  readonly why: string;
  readonly docsUrl: string;
  readonly examined: number;
  readonly failed: number;
}

export interface HistoryPoint {
  /** ISO date-time of the review. */
  readonly date: string;
  readonly overall: number | null;
  readonly areas: Readonly<Record<Area, number | null>>;
  readonly findings: number;
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
  readonly score: Pick<Score, 'overall' | 'areas' | 'lenses'>;
  readonly areaLabels: Readonly<Record<Area, string>>;
  /** Every rule that was scored (it examined something), with its numbers. */
  readonly rules: readonly ScorecardRule[];
  readonly findings: readonly ScorecardFinding[];
  readonly notCheckedStatically: ReadonlyArray<{ readonly ruleId: string; readonly reason: string }>;
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

export function relativePath(root: string, fileName: string): string {
  const relative = root ? path.relative(root, fileName) : '';
  return (relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : fileName)
    .split(path.sep)
    .join('/');
}

/** Most severe first, then the heaviest impact, then by place: the order every report lists findings in. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    IMPACT_WEIGHTS[b.impact] - IMPACT_WEIGHTS[a.impact] ||
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
        weight: scored.weight,
        help: rule.help,
        why: rule.why,
        docsUrl: docsUrl(rule.id),
        examined: scored.examined,
        failed: scored.failed,
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
    score: { overall: report.score.overall, areas: report.score.areas, lenses: report.score.lenses },
    areaLabels: AREA_LABELS,
    rules: rules.sort((a, b) => AREAS.indexOf(a.area) - AREAS.indexOf(b.area) || a.id.localeCompare(b.id)),
    findings,
    notCheckedStatically: report.notCheckedStatically,
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
  };
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
