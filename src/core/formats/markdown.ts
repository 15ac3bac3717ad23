/**
 * The scorecard as Markdown, sized for a pull-request comment: overall score, per-area scores,
 * the UX / CX split, the most severe findings as a table, and what was not checked. Workspace
 * text is escaped so a finding cannot break the table, inject HTML or reach a terminal raw.
 */
import { AREA_LABELS, AREAS } from '../impact.js';
import type { ScorecardData } from '../scorecard.js';
import { plural } from '../plural.js';
import { safeText } from '../safeText.js';

const SEVERITY_ICON = { error: '🔴 error', warning: '🟠 warning', info: '🔵 info' } as const;

export interface MarkdownOptions {
  /** How many findings the table lists (default 20). */
  readonly top?: number;
}

export function formatMarkdown(data: ScorecardData, options: MarkdownOptions = {}): string {
  const top = options.top ?? 20;
  const out: string[] = [];
  const count = (predicate: (finding: ScorecardData['findings'][number]) => boolean) =>
    data.findings.filter(predicate).length;
  out.push(`## Touchpoint scorecard: ${escapeText(data.title)}`, '');
  out.push(
    `**Overall ${scoreText(data.score.overall)}** · ${data.summary.filesChecked} files checked · ${plural(data.summary.findings, 'finding')}${data.summary.cancelled ? ' · review cancelled before the end' : ''}`,
    '',
  );
  out.push('| Area | Score | Findings |', '| --- | ---: | ---: |');
  for (const area of AREAS)
    out.push(`| ${AREA_LABELS[area]} | ${scoreText(data.score.areas[area])} | ${count((f) => f.area === area)} |`);
  out.push('');
  out.push(
    `**UX** (how people use the screen) ${scoreText(data.score.lenses.UX.score)}, ${plural(data.score.lenses.UX.findings, 'finding')} · **CX** (how customers feel about the business) ${scoreText(data.score.lenses.CX.score)}, ${plural(data.score.lenses.CX.findings, 'finding')}`,
  );
  if (data.findings.length > 0) {
    const shown = data.findings.slice(0, top);
    out.push(
      '',
      `### ${shown.length < data.findings.length ? `Top ${shown.length} of ${data.findings.length} findings` : 'Findings'}`,
      '',
    );
    out.push('| Severity | Where | Rule | Finding | Why it matters |', '| --- | --- | --- | --- | --- |');
    for (const finding of shown) {
      out.push(
        `| ${SEVERITY_ICON[finding.severity]} | \`${escapeCode(`${finding.file}:${finding.line}`)}\` | [${finding.ruleId}](${finding.docsUrl}) | ${escapeText(finding.message)} | ${finding.lens}: ${escapeText(finding.metrics[0] ?? '')}. ${escapeText(finding.why)} |`,
      );
    }
  }
  if (data.notChecked.length > 0) {
    out.push('', '<details><summary>Not checked</summary>', '');
    for (const item of data.notChecked) out.push(`- \`${escapeCode(item.file)}\`: ${escapeText(item.message)}`);
    out.push('', '</details>');
  }
  if (data.notCheckedStatically.length > 0) {
    out.push('', '<details><summary>Not checked statically (needs a browser and layout)</summary>', '');
    for (const item of data.notCheckedStatically) out.push(`- \`${item.ruleId}\`: ${escapeText(item.reason)}`);
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
}

/** Text in a Markdown table cell: no HTML, no table breaks, no stray emphasis or links. */
export function escapeText(text: string): string {
  return safeText(text.replace(/\r?\n/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#])/g, '\\$1');
}

function escapeCode(text: string): string {
  return safeText(text.replace(/\r?\n/g, ' ')).replace(/`/g, "'").replace(/\|/g, '\\|');
}

function scoreText(score: number | null): string {
  return score === null ? '–' : String(score);
}
