/**
 * The default output: one line per finding, `file:line:col severity rule-id message`, which
 * VS Code's `$touchpoint` problem matcher (contributed by the extension) reads, then a one-line
 * total with the score. Colour only on a terminal, and never with NO_COLOR.
 */
import { isFault, isNotCheckedNotice, relativePath, type Finding, type WorkspaceReport } from '../../core/index.js';
import { plural } from '../../core/plural.js';

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
  const findings: Finding[] = report.files.flatMap((file) => file.findings);
  const severities = {
    error: paint(COLORS.error, 'error'),
    warning: paint(COLORS.warning, 'warning'),
    info: paint(COLORS.info, 'info'),
  };
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    const name = relativePath(options.cwd, file.fileName);
    for (const finding of file.findings) {
      const message = finding.message.includes('\n') ? finding.message.replace(/\s*\n\s*/g, ' ') : finding.message;
      lines.push(
        `${name}:${finding.location.line}:${finding.location.column} ${severities[finding.severity]} ${paint(2, finding.ruleId)} ${message}`,
      );
    }
  }
  for (const file of report.files)
    for (const notice of file.notices)
      if (isNotCheckedNotice(notice) || notice.code === 'parse-problem')
        lines.push(
          `${relativePath(options.cwd, file.fileName)}:${notice.location?.line ?? 1}:${notice.location?.column ?? 1} ${isFault(notice) ? severities.error : 'info'} touchpoint/${notice.code} ${notice.message}`,
        );
  const count = (severity: Finding['severity']) => findings.filter((finding) => finding.severity === severity).length;
  const checked = report.files.filter((file) => file.checked).length;
  const total =
    findings.length === 0
      ? `${paint(32, '✔')} No findings in ${plural(checked, 'file')}`
      : `${paint(findings.some((f) => f.severity === 'error') ? 31 : 33, '✖')} ${plural(findings.length, 'finding')} (${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info) in ${plural(checked, 'file')}`;
  const score = report.score.overall === null ? '' : ` · score ${report.score.overall}`;
  const baselined = options.baselined ? ` · ${options.baselined} accepted by the baseline` : '';
  if (lines.length > 0) lines.push('');
  lines.push(`${total}${score}${baselined}`);
  return `${lines.join('\n')}\n`;
}
