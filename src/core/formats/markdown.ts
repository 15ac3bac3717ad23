/**
 * The scorecard as Markdown, sized for a pull-request comment: overall score, per-area scores,
 * the UX / CX split, the lowest-scoring pages and components, the most severe findings as a
 * table, and what was not checked. Workspace
 * text is escaped so a finding cannot break the table, inject HTML or reach a terminal raw.
 */
import { AREA_LABELS, AREAS, LENS_LABELS } from '../vocabulary.js';
import type { ScorecardData } from '../scorecard.js';
import { plural } from '../plural.js';
import { safeText } from '../safeText.js';

const SEVERITY_ICON = { error: '🔴 error', warning: '🟠 warning', info: '🔵 info' } as const;
/** The lowest-scoring files a comment lists. */
const PAGES_SHOWN = 10;

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
  const { uncertain, excused } = data.score.counts;
  const notCounted = [
    uncertain > 0 ? plural(uncertain, 'low-confidence finding') : '',
    excused > 0 ? `${plural(excused, 'finding')} suppressed with a reason` : '',
  ].filter(Boolean);
  out.push(
    `**Overall ${scoreText(data.score.overall)}** (the mean of ${plural(data.score.files, 'file')}' scores) · ${data.summary.filesChecked} files checked · ${plural(data.summary.findings, 'finding')}${data.summary.cancelled ? ' · review cancelled before the end' : ''}${notCounted.length > 0 ? ` · not counted in the score: ${notCounted.join(', ')}` : ''}`,
    '',
  );
  out.push('| Area | Score | Findings |', '| --- | ---: | ---: |');
  for (const area of AREAS) {
    const basis = data.score.basis[area];
    const thin = data.score.areas[area] !== null && basis.thin ? ' (little checked)' : '';
    out.push(
      `| ${AREA_LABELS[area]} | ${scoreText(data.score.areas[area])}${thin} | ${count((f) => f.area === area)} |`,
    );
  }
  out.push('');
  out.push(
    (['UX', 'CX'] as const)
      .map(
        (lens) =>
          `**${lens}** (${LENS_LABELS[lens]}) ${scoreText(data.score.lenses[lens].score)}, ${plural(data.score.lenses[lens].findings, 'finding')}`,
      )
      .join(' · '),
  );
  const failing = data.files.filter((file) => file.score.overall !== null && file.score.overall < 100);
  if (failing.length > 0) {
    const shown = failing.slice(0, PAGES_SHOWN);
    out.push(
      '',
      `### Pages and components, lowest first (${shown.length < failing.length ? `${shown.length} of ` : ''}${failing.length} below 100)`,
      '',
      '| Score | File | Kind | Took the most |',
      '| ---: | --- | --- | --- |',
    );
    for (const file of shown)
      out.push(
        `| ${file.score.overall} | \`${escapeCode(file.file)}\` | ${file.kind} | ${file.penalties
          .slice(0, 3)
          .map((rule) => `${rule.ruleId} −${Math.round(rule.penalty * 100)} %`)
          .join(', ')} |`,
      );
  }
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
