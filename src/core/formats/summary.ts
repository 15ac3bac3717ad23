/**
 * The scorecard as text for a terminal: overall score, per area, per lens, and the top
 * findings with file:line, each with its “why”. It is what `npm start` prints for the sample.
 */
import * as path from 'node:path';
import { MAX_FINDINGS_PER_RULE } from '../engine.js';
import { AREA_LABELS, AREAS, LENS_LABELS } from '../vocabulary.js';
import { plural } from '../plural.js';
import { isNotCheckedNotice, severityCounts, type Finding, type WorkspaceReport } from '../report.js';
import { safeFileName, safeLineText, safeText } from '../safeText.js';
import { compareFindings, scoredFiles } from '../scorecard.js';

const SEVERITY_LETTER = { error: 'E', warning: 'W', info: 'I' } as const;

export interface SummaryOptions {
  readonly cwd: string;
  readonly title: string;
  readonly top?: number;
}

export function formatSummary(report: WorkspaceReport, options: SummaryOptions): string {
  const checked = report.files.filter((file) => file.checked);
  const out = [
    `Touchpoint scorecard: ${safeText(options.title)}`,
    `${checked.length} files checked, ${report.findingCount} findings, ${(report.durationMs / 1000).toFixed(1)} s`,
    ...(report.designSystems.length > 0
      ? [`Components of ${report.designSystems.join(', ')} checked as the elements they render`]
      : []),
    '',
    ...scoreLines(report),
    ...pageLines(report, options),
    ...findingLines(report, options),
    ...notCheckedLines(report, options),
  ];
  if (report.cancelled) out.push('', 'The review was cancelled before every file was checked.');
  return `${out.join('\n')}\n`;
}

/** The overall score, then by area and by lens. */
function scoreLines(report: WorkspaceReport): string[] {
  const out: string[] = [];
  const { score } = report;
  out.push(
    `Overall  ${scoreText(score.overall)}  ${bar(score.overall)}  ${score.files ? `the mean of ${plural(score.files, 'file')}' scores` : ''}`.trimEnd(),
  );
  const uncounted = [
    score.counts.uncertain > 0 ? `${plural(score.counts.uncertain, 'low-confidence finding')}` : '',
    score.counts.excused > 0 ? `${plural(score.counts.excused, 'finding')} suppressed with a reason` : '',
  ].filter(Boolean);
  if (uncounted.length > 0) out.push(`         not counted: ${uncounted.join(', ')}`);
  out.push('');
  out.push('By area');
  const areaWidth = Math.max(...AREAS.map((area) => AREA_LABELS[area].length));
  for (const area of AREAS) {
    const count = countFindings(report, (finding) => finding.area === area);
    const value = score.areas[area];
    const basis = score.basis[area];
    const note =
      value === null
        ? area === 'a11y'
          ? 'not checked (the axe-core rules are off: --no-axe or the config)'
          : 'nothing to check'
        : `${plural(count, 'finding')}${basis.thin ? `; little checked (${plural(basis.checks, 'check')} on ${plural(basis.examined, 'element')})` : ''}`;
    out.push(`  ${AREA_LABELS[area].padEnd(areaWidth)}  ${scoreText(value)}  ${bar(value)}  ${note}`);
  }
  out.push('');
  out.push('By lens');
  const lenses = (['UX', 'CX'] as const).map((lens) => ({ lens, label: `${lens}, ${LENS_LABELS[lens]}` }));
  const lensWidth = Math.max(...lenses.map(({ label }) => label.length));
  for (const { lens, label } of lenses)
    out.push(
      `  ${label.padEnd(lensWidth)}   ${scoreText(score.lenses[lens].score)}  ${plural(score.lenses[lens].findings, 'finding')}`,
    );
  return out;
}

/** The pages and components below 100, lowest first. */
function pageLines(report: WorkspaceReport, options: SummaryOptions): string[] {
  const scored = scoredFiles(report, options.cwd);
  if (scored.length === 0) return [];
  const failing = scored.filter((file) => file.score.overall! < 100);
  const shown = failing.slice(0, options.top ?? 10);
  const out = [
    '',
    `Pages and components, lowest first (${failing.length} of ${plural(scored.length, 'file')} below 100${shown.length < failing.length ? `, ${shown.length} shown` : ''})`,
  ];
  for (const file of shown) {
    const worst = file.penalties
      .slice(0, 2)
      .map((rule) => `${rule.ruleId} −${Math.round(rule.penalty * 100)}%`)
      .join(', ');
    out.push(
      `  ${scoreText(file.score.overall)}  ${file.kind.padEnd(9)}  ${safeFileName(file.file)}  ${plural(file.score.counts.counted, 'finding')}${worst ? `: ${worst}${file.penalties.length > 2 ? ', …' : ''}` : ''}`,
    );
  }
  return out;
}

/** The most severe findings, three lines each. */
function findingLines(report: WorkspaceReport, options: SummaryOptions): string[] {
  const findings = report.files.flatMap((file) => file.findings);
  if (findings.length === 0) return [];
  const { unlisted } = severityCounts(report);
  const top = [...findings].sort(compareFindings).slice(0, options.top ?? 10);
  const total = findings.length + unlisted;
  const out = ['', `Top findings${total > top.length ? ` (${top.length} of ${total})` : ''}`];
  for (const finding of top) {
    const where = `${safeFileName(path.relative(options.cwd, finding.fileName) || finding.fileName)}:${finding.location.line}:${finding.location.column}`;
    out.push(`  ${SEVERITY_LETTER[finding.severity]}  ${where}  ${finding.ruleId}`);
    out.push(`     ${safeLineText(finding.message)}`);
    out.push(`     Why: ${safeText(finding.why)}`);
  }
  if (unlisted > 0)
    out.push(
      `  ${unlisted} more not listed anywhere: at most ${MAX_FINDINGS_PER_RULE} per rule in a file (the scores count them all)`,
    );
  return out;
}

/** Files (or parts) not checked, and what no static check can see. */
function notCheckedLines(report: WorkspaceReport, options: SummaryOptions): string[] {
  const out: string[] = [];
  const notChecked = report.files.flatMap((file) =>
    file.notices.filter(isNotCheckedNotice).map((notice) => ({ file, notice })),
  );
  if (notChecked.length > 0) {
    out.push('');
    out.push('Not checked');
    for (const { file, notice } of notChecked) {
      const line = notice.location ? `:${notice.location.line}` : '';
      out.push(`  ${safeFileName(path.relative(options.cwd, file.fileName))}${line}: ${safeText(notice.message)}`);
    }
  }
  if (report.notCheckedStatically.length > 0) {
    out.push('', 'Not checked statically (they need a browser and layout)');
    for (const item of report.notCheckedStatically) out.push(`  ${item.ruleId}: ${item.reason}`);
  }
  return out;
}

function countFindings(report: WorkspaceReport, predicate: (finding: Finding) => boolean): number {
  return report.files.reduce((sum, file) => sum + file.findings.filter(predicate).length, 0);
}

function scoreText(score: number | null): string {
  return score === null ? '  –' : String(score).padStart(3);
}

function bar(score: number | null): string {
  if (score === null) return '          ';
  const filled = Math.round(score / 10);
  return '█'.repeat(filled) + '░'.repeat(10 - filled);
}
