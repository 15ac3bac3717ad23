/**
 * The vocabulary at the bottom of the engine, imported by everything and importing nothing:
 * severities, impacts, per-rule tallies, and the impact model of the scorecard (RULES.md):
 * every rule has one lens, UX (how a person uses this screen) or CX (how a customer feels about
 * the business), one of five areas, and names the metrics it moves. Labels are written for
 * designers, once; ids are stable for JSON, SARIF and config.
 */
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
/** axe-core's vocabulary; the score's shares come from it (score.ts). */
export type Impact = 'critical' | 'serious' | 'moderate' | 'minor';

/** Per rule and file: how many elements it judged, and what it found (score.ts). */
export interface RuleTally {
  examined: number;
  /** Findings that count in the score. */
  failed: number;
  /** Low-confidence findings: listed, not counted in the score. */
  uncertain?: number;
  /** Findings suppressed with a reason: not listed, not counted in the score. */
  excused?: number;
}

export type Area = 'feedback' | 'errors' | 'wording' | 'a11y' | 'navigation';
export type Lens = 'UX' | 'CX';

export const AREAS: readonly Area[] = ['feedback', 'errors', 'wording', 'a11y', 'navigation'];

export const AREA_LABELS: Readonly<Record<Area, string>> = {
  feedback: 'Feedback on actions',
  errors: 'Clear error messages',
  wording: 'Simple wording',
  a11y: 'Accessibility',
  navigation: 'Navigation hierarchy',
};

/** What each lens looks at, said after its name: “UX, how people use the screen”. */
export const LENS_LABELS: Readonly<Record<Lens, string>> = {
  UX: 'how people use the screen',
  CX: 'how customers feel about the business',
};

export const METRICS = {
  'task-success': { lens: 'UX', label: 'task success rate' },
  'error-rate': { lens: 'UX', label: 'error rate' },
  'error-recovery': { lens: 'UX', label: 'error recovery rate' },
  'time-on-task': { lens: 'UX', label: 'time on task' },
  abandonment: { lens: 'UX', label: 'abandonment rate' },
  'clicks-to-completion': { lens: 'UX', label: 'clicks to completion' },
  learnability: { lens: 'UX', label: 'learnability' },
  comprehension: { lens: 'UX', label: 'comprehension' },
  orientation: { lens: 'UX', label: 'orientation' },
  trust: { lens: 'CX', label: 'trust' },
  'support-contacts': { lens: 'CX', label: 'support contact rate' },
  csat: { lens: 'CX', label: 'CSAT' },
  nps: { lens: 'CX', label: 'NPS' },
  churn: { lens: 'CX', label: 'churn / retention' },
  'customer-effort': { lens: 'CX', label: 'customer effort score' },
  reach: { lens: 'CX', label: 'reach (who can be a customer at all)' },
  'legal-risk': { lens: 'CX', label: 'legal / reputational risk' },
  'brand-perception': { lens: 'CX', label: 'brand perception' },
  findability: { lens: 'CX', label: 'findability' },
} as const satisfies Record<string, { lens: Lens; label: string }>;

export type Metric = keyof typeof METRICS;
