/**
 * The default output: one line per finding, `file:line:col severity rule-id message`, which
 * VS Code's `$touchpoint` problem matcher (contributed by the extension) reads, then a one-line
 * total with the score. Colour only on a terminal, and never with NO_COLOR. Names and messages
 * come from the workspace, so control characters are escaped and a name that a CI runner would
 * read as a command is prefixed (safeText.ts).
 */
import { MAX_FINDINGS_PER_RULE } from '../engine.js';
import { plural } from '../plural.js';
import { isFault, isNotCheckedNotice, severityCounts, type Finding, type WorkspaceReport } from '../report.js';
import { safeFileName, safeText } from '../safeText.js';
import { relativePath } from '../paths.js';

export interface StylishOptions {
  readonly cwd: string;
  readonly color: boolean;
  /** Findings accepted by the baseline, for the total line. */
  readonly baselined?: number;
}

const COLORS = { error: 31, warning: 33, info: 36 } as const;

export function formatStylish(report: WorkspaceReport, options: StylishOptions): string {
  const paint = (code: number, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  const severities = {
    error: paint(COLORS.error, 'error'),
    warning: paint(COLORS.warning, 'warning'),
    info: paint(COLORS.info, 'info'),
  };
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    const name = safeFileName(relativePath(options.cwd, file.fileName));
    for (const finding of file.findings) {
      const message = safeText(finding.message.replace(/\s*\n\s*/g, ' '));
      lines.push(
        `${name}:${finding.location.line}:${finding.location.column} ${severities[finding.severity]} ${paint(2, finding.ruleId)} ${message}`,
      );
    }
  }
  for (const file of report.files)
    for (const notice of file.notices)
      if (isNotCheckedNotice(notice) || notice.code === 'parse-problem' || notice.code === 'findings-capped')
        lines.push(
          `${safeFileName(relativePath(options.cwd, file.fileName))}:${notice.location?.line ?? 1}:${notice.location?.column ?? 1} ${isFault(notice) ? severities.error : 'info'} touchpoint/${notice.code} ${safeText(notice.message.replace(/\s*\n\s*/g, ' '))}`,
        );
  // Findings left out of the lists (findings-capped) count too.
  const counts = severityCounts(report);
  const count = (severity: Finding['severity']) => counts[severity];
  const found = counts.error + counts.warning + counts.info;
  const checked = report.files.filter((file) => file.checked).length;
  const total =
    found === 0
      ? `${paint(32, '✔')} No findings in ${plural(checked, 'file')}`
      : `${paint(counts.error > 0 ? 31 : 33, '✖')} ${plural(found, 'finding')} (${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info${counts.unlisted > 0 ? `; ${counts.unlisted} not listed, at most ${MAX_FINDINGS_PER_RULE} per rule in a file` : ''}) in ${plural(checked, 'file')}`;
  const score = report.score.overall === null ? '' : ` · score ${report.score.overall}`;
  const baselined = options.baselined ? ` · ${options.baselined} accepted by the baseline` : '';
  if (lines.length > 0) lines.push('');
  lines.push(`${total}${score}${baselined}`);
  return `${lines.join('\n')}\n`;
}
