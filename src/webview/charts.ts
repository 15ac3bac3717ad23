/**
 * The scorecard's plots, as inline SVG: a bar per area, the UX / CX split, and the score over
 * past reviews. Each plot sits next to the same numbers as text, so the SVG is decorative
 * for screen readers (aria-hidden) and nothing is only in the picture.
 */
import type { HistoryPoint } from '../core/scorecard.js';
import { h, svg } from './dom.js';

/** Lighthouse's bands: 90–100 good, 50–89 needs work, 0–49 poor. */
export function band(score: number | null): 'good' | 'average' | 'poor' | 'none' {
  if (score === null) return 'none';
  return score >= 90 ? 'good' : score >= 50 ? 'average' : 'poor';
}

/** A band in words (colour is never the only sign): “Good”, “Needs work”, “Poor”. */
export function bandWord(score: number | null): string {
  return { good: 'Good', average: 'Needs work', poor: 'Poor', none: '' }[band(score)];
}

/** A score as a bar; a `thin` score (too little checked to trust much) is drawn faint, not in its band's colour. */
export function scoreBar(score: number | null, thin = false): SVGElement {
  return svg(
    'svg',
    { class: 'bar', viewBox: '0 0 100 8', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
    svg('rect', { class: 'track', x: 0, y: 0, width: 100, height: 8, rx: 2 }),
    score === null
      ? null
      : svg('rect', { class: `fill ${thin ? 'thin' : band(score)}`, x: 0, y: 0, width: score, height: 8, rx: 2 }),
  );
}

/** The share of findings per lens as one stacked bar. */
export function lensBar(ux: number, cx: number): SVGElement {
  const total = ux + cx;
  const uxWidth = total === 0 ? 50 : (100 * ux) / total;
  return svg(
    'svg',
    { class: 'split', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
    svg('rect', { class: total === 0 ? 'track' : 'ux', x: 0, y: 0, width: uxWidth, height: 10 }),
    svg('rect', { class: total === 0 ? 'track' : 'cx', x: uxWidth, y: 0, width: 100 - uxWidth, height: 10 }),
  );
}

/** A history point's score formula: entries from before formula 2 carry none. */
export function formulaOf(point: HistoryPoint): number {
  return point.formula ?? 1;
}

/**
 * The overall score over past reviews, oldest on the left; needs two points. Where the score
 * formula changed between two reviews the line breaks and a dashed marker stands between them:
 * scores of different formulas are not comparable, so they are never joined.
 */
export function historyChart(points: readonly HistoryPoint[]): Element {
  const scored = points.filter((point) => point.overall !== null);
  if (scored.length < 2)
    return h('p', { class: 'muted' }, 'The score history appears here after two workspace reviews.');
  const width = 300;
  const height = 100;
  const pad = 6;
  const x = (index: number) => pad + ((width - 2 * pad) * index) / (scored.length - 1);
  const y = (score: number) => height - pad - ((height - 2 * pad) * score) / 100;
  // Runs of consecutive points scored with the same formula; each change starts a new run.
  const changes = scored.flatMap((point, index) =>
    index > 0 && formulaOf(point) !== formulaOf(scored[index - 1]!) ? [index] : [],
  );
  const runs = [0, ...changes].map((start, run) =>
    scored.slice(start, changes[run] ?? scored.length).map((_, i) => start + i),
  );
  const first = scored[0]!;
  const last = scored[scored.length - 1]!;
  return h(
    'figure',
    { class: 'history', 'data-formula-changes': changes.length },
    svg(
      'svg',
      { viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true', focusable: 'false' },
      ...[0, 50, 90, 100].map((level) =>
        svg('line', { class: 'grid', x1: pad, x2: width - pad, y1: y(level), y2: y(level) }),
      ),
      ...runs
        .filter((run) => run.length > 1)
        .map((run) =>
          svg('polyline', {
            class: 'line',
            points: run.map((index) => `${x(index).toFixed(1)},${y(scored[index]!.overall!).toFixed(1)}`).join(' '),
          }),
        ),
      ...changes.map((index) => {
        const middle = (x(index - 1) + x(index)) / 2;
        return svg(
          'g',
          { class: 'formula-change' },
          svg('title', {}, `Score formula changed: ${formatDate(scored[index]!.date)}`),
          svg('line', { x1: middle, x2: middle, y1: pad / 2, y2: height - pad / 2 }),
          svg(
            'text',
            {
              x: middle > width / 2 ? middle - 3 : middle + 3,
              y: pad + 6,
              'text-anchor': middle > width / 2 ? 'end' : 'start',
            },
            'formula changed',
          ),
        );
      }),
      ...scored.map((point, index) =>
        svg(
          'circle',
          { class: `dot ${band(point.overall)}`, cx: x(index), cy: y(point.overall!), r: 3 },
          svg('title', {}, `${formatDate(point.date)}: ${point.overall}`),
        ),
      ),
    ),
    h(
      'figcaption',
      {},
      `Overall score over the last ${scored.length} reviews: ${first.overall} on ${formatDate(first.date)}, ${last.overall} on ${formatDate(last.date)}.`,
      ...changes.map(
        (index) =>
          ` The score formula changed on ${formatDate(scored[index]!.date)}: scores before and after are not comparable, so the line is broken there.`,
      ),
    ),
  );
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
