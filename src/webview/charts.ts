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

export function scoreBar(score: number | null): SVGElement {
  return svg(
    'svg',
    { class: 'bar', viewBox: '0 0 100 8', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
    svg('rect', { class: 'track', x: 0, y: 0, width: 100, height: 8, rx: 2 }),
    score === null ? null : svg('rect', { class: `fill ${band(score)}`, x: 0, y: 0, width: score, height: 8, rx: 2 }),
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

/** The overall score over past reviews, oldest on the left; needs two points. */
export function historyChart(points: readonly HistoryPoint[]): Element {
  const scored = points.filter((point) => point.overall !== null);
  if (scored.length < 2)
    return h('p', { class: 'muted' }, 'The score history appears here after two workspace reviews.');
  const width = 300;
  const height = 100;
  const pad = 6;
  const x = (index: number) => pad + ((width - 2 * pad) * index) / (scored.length - 1);
  const y = (score: number) => height - pad - ((height - 2 * pad) * score) / 100;
  const coordinates = scored.map((point, index) => `${x(index).toFixed(1)},${y(point.overall!).toFixed(1)}`);
  const first = scored[0]!;
  const last = scored[scored.length - 1]!;
  return h(
    'figure',
    { class: 'history' },
    svg(
      'svg',
      { viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true', focusable: 'false' },
      ...[0, 50, 90, 100].map((level) =>
        svg('line', { class: 'grid', x1: pad, x2: width - pad, y1: y(level), y2: y(level) }),
      ),
      svg('polyline', { class: 'line', points: coordinates.join(' ') }),
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
    ),
  );
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
