/**
 * “How is this scored?”: the score formula (core/score.ts) in plain words, worked out on the
 * report's own numbers: the workspace as the mean of its files, the lowest files (and the one
 * chosen in the pages table) rule by rule, and every rule's numbers.
 */
import type { Area } from '../core/vocabulary.js';
import { plural } from '../core/plural.js';
import type { Impact } from '../core/rules/types.js';
import type { ScorecardData, ScorecardFile, ScorecardRule } from '../core/scorecard.js';
import { IMPACT_PENALTIES, rulePenalty, THIN_EXAMINATIONS } from '../core/score.js';
import { fill, h, type Child } from './dom.js';

export const AREA_ORDER: readonly Area[] = ['feedback', 'errors', 'wording', 'a11y', 'navigation'];
/** Files whose score is worked out (the lowest), besides the one chosen. */
const FILES_WORKED = 5;
/** Terms written out in a mean before “…”. */
const MEAN_TERMS = 10;
const IMPACTS: readonly Impact[] = ['critical', 'serious', 'moderate', 'minor'];

/** “1 file’s score”, “10 files’ scores”. */
export function filesScores(count: number): string {
  return count === 1 ? '1 file’s score' : `${count} files’ scores`;
}

/** 0.5 → “0.50”, 0.375 → “0.375”: a share as a decimal, at least two places, no noise. */
function share(value: number): string {
  const text = String(Number(value.toFixed(4)));
  return text.includes('.') ? text.padEnd(text.indexOf('.') + 3, '0') : `${text}.00`;
}

/** 0.3 → “30 %”, 0.20625 → “20.625 %”. */
function percent(value: number): string {
  return `${Number((100 * value).toFixed(3))} %`;
}

/** “= 35”, or “= 34.99, rounded to 35”: the exact value and the whole number shown. */
function result(value: number): string {
  const rounded = Math.round(value);
  return Math.abs(value - rounded) < 1e-9 ? `= ${rounded}` : `= ${Number(value.toFixed(2))}, rounded to ${rounded}`;
}

/** “(a + b + … ) ÷ n = total ÷ n = mean”, with the first MEAN_TERMS terms written out. */
function meanEquation(values: readonly number[]): string {
  const total = values.reduce((sum, value) => sum + value, 0);
  const terms = values.length > MEAN_TERMS ? `${values.slice(0, MEAN_TERMS).join(' + ')} + …` : values.join(' + ');
  const sum = values.length > 1 ? ` = ${total} ÷ ${values.length}` : '';
  return `(${terms}) ÷ ${values.length}${sum} ${result(total / values.length)}`;
}

/** “100 × (1 − 0.50) × (1 − 0.30) = 35”. */
function productEquation(penalties: ReadonlyArray<{ readonly penalty: number }>): string {
  if (penalties.length === 0) return '100: nothing counted against it';
  const kept = penalties.reduce((keep, rule) => keep * (1 - rule.penalty), 1);
  return `100 × ${penalties.map((rule) => `(1 − ${share(rule.penalty)})`).join(' × ')} ${result(100 * kept)}`;
}

/** One file's score worked out: the product over its rules, rule by rule, then area by area. */
function fileEquation(current: ScorecardData, file: ScorecardFile): HTMLElement {
  return h(
    'li',
    { 'data-file-equation': file.file },
    h('p', { class: 'equation' }, h('strong', {}, file.file), `: ${productEquation(file.penalties)}`),
    file.penalties.length === 0
      ? null
      : h(
          'ul',
          { class: 'terms' },
          ...file.penalties.map((rule) =>
            h(
              'li',
              {},
              `(1 − ${share(rule.penalty)}): ${rule.ruleId}, ${rule.impact}, ${plural(rule.failed, 'finding')}: ${share(IMPACT_PENALTIES[rule.impact])} × ${Number((1.5 - 0.5 ** rule.failed).toFixed(4))}`,
            ),
          ),
        ),
    h(
      'ul',
      { class: 'terms' },
      ...AREA_ORDER.map((area) => {
        const score = file.score.areas[area];
        const label = current.areaLabels[area];
        if (score === null) return h('li', { 'data-area': area }, `${label}: not checked in this file`);
        const penalties = file.penalties.filter((rule) => rule.area === area);
        return h(
          'li',
          { 'data-area': area },
          `${label}: ${productEquation(penalties)}`,
          file.score.basis[area].thin ? ' (little checked)' : null,
        );
      }),
    ),
  );
}

const fileEquations = h('ol', { class: 'equations files', id: 'file-equations' });
let fileEquationsFor = '';

/** The lowest files worked out, and the one chosen in the pages table; redone when that choice changes. */
export function renderFileEquations(current: ScorecardData, chosenFile: string): void {
  const chosen = current.files.find((file) => file.file === chosenFile);
  const worked = current.files.slice(0, FILES_WORKED);
  if (chosen && !worked.includes(chosen)) worked.push(chosen);
  const key = `${current.generatedAt}|${worked.map((file) => file.file).join('|')}`;
  if (key === fileEquationsFor) return;
  fileEquationsFor = key;
  fill(fileEquations, ...worked.map((file) => fileEquation(current, file)));
}

/** “How is this scored?”, with this report's own numbers. */
export function scoring(current: ScorecardData, chosenFile: string): HTMLElement {
  fileEquationsFor = '';
  renderFileEquations(current, chosenFile);
  return h(
    'details',
    { class: 'scoring', id: 'scoring' },
    h('summary', {}, 'How is this scored?'),
    ...fileRule(current),
    ...workspaceMeans(current),
    ...workedFiles(current),
    ...rulesTable(current),
  );
}

/** A file’s score: the shares by impact, what counts, what an area and a lens are. */
function fileRule(current: ScorecardData): Child[] {
  const { uncertain, excused } = current.score.counts;
  return [
    h('h3', {}, 'Each file has its own score'),
    h(
      'p',
      {},
      'Every page and component starts at 100. Each rule that finds a problem in it takes a share off what is left. The share depends on how much the problem hurts (the rule’s impact):',
    ),
    h(
      'div',
      { class: 'table-wrap', role: 'region', 'aria-label': 'Share taken by impact', tabindex: '0' },
      h(
        'table',
        { id: 'penalty-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...['Impact', 'One finding', 'Two findings', 'Three findings', 'At most'].map((title) =>
              h('th', { scope: 'col' }, title),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ...IMPACTS.map((impact) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, impact),
              ...[1, 2, 3].map((n) => h('td', {}, percent(rulePenalty(impact, n)))),
              h('td', {}, percent(1.5 * IMPACT_PENALTIES[impact])),
            ),
          ),
        ),
      ),
    ),
    h(
      'p',
      {},
      'Each further finding of the same rule in the same file adds half as much as the one before, so a rule never takes more than 1.5 times its first share: share × (1.5 − 0.5 to the power of the number of findings). The shares multiply. Two serious problems leave 100 × (1 − 0.30) × (1 − 0.30) = 49, and one critical problem caps the file at 50. Clean elements change nothing: a broken page stays broken however much else it holds.',
    ),
    h(
      'p',
      {},
      `Only findings the check is sure of count. Low-confidence findings (marked “needs a look”) and findings suppressed with a reason do not count: here that is ${plural(uncertain, 'low-confidence finding')} and ${plural(excused, 'suppressed finding')}. A suppression without a reason still counts, and so do baselined findings: a baseline hides known problems from the build check, not from the score.`,
    ),
    h(
      'p',
      {},
      'An area’s score is the same product over the rules of that area, and the UX and CX scores over the rules of each lens. A file’s overall score takes every rule, so it is never above its lowest area. An area is scored when one of its rules examined something in the file. ',
      `With fewer than ${THIN_EXAMINATIONS} examinations it is marked “little checked”: the number rests on too little to trust much.`,
    ),
  ];
}

/** The workspace’s scores as the means of the files’, written out. */
function workspaceMeans(current: ScorecardData): Child[] {
  const mean = (value: (file: ScorecardFile) => number | null) =>
    current.files.map(value).filter((score): score is number => score !== null);
  const overall = mean((file) => file.score.overall);
  return [
    h('h3', {}, 'The workspace’s score is the mean of its files'),
    h(
      'p',
      {},
      'Each area, lens and the overall score is the mean of the files’ scores that exist, so a clean file cannot hide a broken page.',
    ),
    h(
      'ul',
      { class: 'equations' },
      overall.length === 0
        ? null
        : h(
            'li',
            { id: 'overall-equation' },
            `Overall: the mean of ${filesScores(overall.length)}: ${meanEquation(overall)}`,
          ),
      ...AREA_ORDER.map((area) => {
        const values = mean((file) => file.score.areas[area]);
        return values.length === 0
          ? null
          : h(
              'li',
              { 'data-area': area },
              `${current.areaLabels[area]}: the mean of ${plural(values.length, 'file')}: ${meanEquation(values)}`,
            );
      }),
      ...(['UX', 'CX'] as const).map((lens) => {
        const values = mean((file) => file.score.lenses[lens].score);
        return values.length === 0
          ? null
          : h(
              'li',
              { 'data-lens': lens },
              `${lens}: the mean of ${plural(values.length, 'file')}: ${meanEquation(values)}`,
            );
      }),
    ),
  ];
}

/** The lowest files (and the chosen one) worked out rule by rule. */
function workedFiles(current: ScorecardData): Child[] {
  return [
    current.files.length === 0 ? null : h('h3', {}, 'Worked out for the lowest files'),
    current.files.length === 0
      ? null
      : h(
          'p',
          {},
          `The ${plural(Math.min(FILES_WORKED, current.files.length), 'file')} with the lowest scores, and the file chosen in the table above. Each rule that took something off is named.`,
        ),
    fileEquations,
  ];
}

/** Every scored rule with its numbers. */
function rulesTable(current: ScorecardData): Child[] {
  return [
    h('h3', {}, 'Rules'),
    h(
      'div',
      { class: 'table-wrap', role: 'region', 'aria-label': 'Rule scores', tabindex: '0' },
      h(
        'table',
        { id: 'rules-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...[
              'Rule',
              'Impact',
              'Share (first finding)',
              'Examined',
              'Counted findings',
              'Not counted',
              'Files with findings',
            ].map((title) => h('th', { scope: 'col' }, title)),
          ),
        ),
        h('tbody', {}, ...current.rules.map(ruleRow)),
      ),
    ),
  ];
}

function ruleRow(rule: ScorecardRule): HTMLElement {
  const parts = [
    rule.uncertain > 0 ? `${rule.uncertain} low-confidence` : '',
    rule.excused > 0 ? `${rule.excused} suppressed with a reason` : '',
  ].filter(Boolean);
  return h(
    'tr',
    { 'data-rule': rule.id },
    h('th', { scope: 'row' }, rule.id),
    h('td', {}, rule.impact),
    h('td', {}, percent(rule.penalty)),
    h('td', {}, rule.examined),
    h('td', {}, rule.failed),
    h('td', {}, parts.length === 0 ? '0' : `${rule.uncertain + rule.excused}: ${parts.join(', ')}`),
    h('td', {}, rule.files),
  );
}
