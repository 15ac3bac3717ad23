/**
 * GitHub Actions workflow commands: an annotation for each of the most severe findings, within
 * GitHub's limits of 10 error, 10 warning and 10 notice annotations per step, then one notice
 * saying how many were left out and where to see them all (the SARIF upload or the HTML report).
 * What did not run comes first: a rule that failed is an error annotation, a file not checked a
 * warning, so neither can hide behind the findings.
 */
import {
  isFault,
  isNotCheckedNotice,
  severityCounts,
  type Finding,
  type Notice,
  type WorkspaceReport,
} from '../report.js';
import { safeText } from '../safeText.js';
import { IMPACT_PENALTIES } from '../score.js';
import { relativePath } from '../paths.js';

/** GitHub shows at most this many annotations of each level per step. */
export const GITHUB_LIMIT_PER_LEVEL = 10;
const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function formatGithub(report: WorkspaceReport, options: { readonly cwd: string }): string {
  const findings = report.files
    .flatMap((file) => file.findings)
    .sort((a, b) => IMPACT_PENALTIES[b.impact] - IMPACT_PENALTIES[a.impact]);
  const used = { error: 0, warning: 0, notice: 0 };
  const lines: string[] = [];
  let left = 0;
  // The summary notice takes one notice slot.
  const limit = { error: GITHUB_LIMIT_PER_LEVEL, warning: GITHUB_LIMIT_PER_LEVEL, notice: GITHUB_LIMIT_PER_LEVEL - 1 };
  const notChecked = report.files.flatMap((file) => file.notices.filter(isNotCheckedNotice));
  for (const notice of notChecked) {
    const level = isFault(notice) ? 'error' : 'warning';
    if (used[level] >= limit[level]) {
      left++;
      continue;
    }
    used[level]++;
    lines.push(noticeAnnotation(level, notice, options.cwd));
  }
  for (const finding of findings) {
    const level = LEVEL[finding.severity];
    if (used[level] >= limit[level]) {
      left++;
      continue;
    }
    used[level]++;
    lines.push(annotation(level, finding, options.cwd));
  }
  const counts = severityCounts(report); // those left out of the lists (findings-capped) too
  const summary = `Touchpoint: ${counts.error + counts.warning + counts.info} findings, score ${report.score.overall ?? '–'}.`;
  lines.push(
    left > 0
      ? `::notice title=Touchpoint::${escapeData(`${summary} ${left} more than GitHub shows per step are not annotated here: see the SARIF upload (code scanning) or the HTML scorecard artifact.`)}`
      : `::notice title=Touchpoint::${escapeData(summary)}`,
  );
  return `${lines.join('\n')}\n`;
}

function annotation(level: string, finding: Finding, cwd: string): string {
  const { line, column, endLine, endColumn } = finding.location;
  const properties = [
    `file=${escapeProperty(relativePath(cwd, finding.fileName))}`,
    `line=${line}`,
    `col=${column}`,
    `endLine=${endLine}`,
    ...(endLine === line ? [`endColumn=${endColumn}`] : []),
    `title=${escapeProperty(`${finding.ruleId} (${finding.lens}: ${finding.area})`)}`,
  ];
  return `::${level} ${properties.join(',')}::${escapeData(`${finding.message}\nWhy: ${finding.why}\n${finding.docsUrl}`)}`;
}

function noticeAnnotation(level: string, notice: Notice, cwd: string): string {
  const properties = [
    `file=${escapeProperty(relativePath(cwd, notice.fileName))}`,
    ...(notice.location ? [`line=${notice.location.line}`, `col=${notice.location.column}`] : []),
    `title=${escapeProperty(`Touchpoint: ${notice.code === 'rule-failed' ? `${notice.ruleId ?? 'a rule'} failed` : isFault(notice) ? 'check crashed' : 'not checked'}`)}`,
  ];
  return `::${level} ${properties.join(',')}::${escapeData(notice.message)}`;
}

/** GitHub's escaping for a command's message; other control characters are shown as escapes. */
function escapeData(text: string): string {
  return safeText(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** …and for its properties. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
