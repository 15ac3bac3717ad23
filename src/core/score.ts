/**
 * The score, written once (and shown, worked out, by the scorecard's “how is this scored?”).
 *
 * Formula 2. Every file (a page or a component) has its own score; the workspace's is built
 * from them, never from one pooled tally, so clean files cannot hide a broken page.
 *
 * A file: every rule that finds a problem there takes a share off what is left of 100. The
 * share depends on the rule's impact (critical 50 %, serious 30 %, moderate 15 %, minor 5 %) and
 * grows with each further finding of that rule, by half as much as the one before, up to 1.5×:
 *   penalty(rule) = P(impact) × (1.5 − 0.5^n)      n = the rule's counted findings in the file
 *   area score    = 100 × Π (1 − penalty) over the area's rules
 *   lens score    = the same product over the lens's rules
 *   overall score = the same product over every rule (so never above the lowest area)
 * One critical finding therefore caps its area, and the page, at 50; one serious at 70. Clean
 * elements change nothing: a failing page stays failing however much else it holds. An area
 * (or lens) is scored when at least one of its rules examined something; otherwise it is null.
 *
 * Counted findings: high confidence, and not suppressed with a reason. A low-confidence finding
 * and one suppressed with `-- reason` are shown (and counted apart) but do not move the score;
 * a suppression without a reason hides the finding and still counts it. Baselined findings
 * count: a baseline hides known problems from the CI gate, not from the score.
 *
 * The workspace: each area, lens and the overall score is the mean of the files' (rounded)
 * scores that exist. Scores are whole numbers.
 */
import { AREAS, type Area, type Impact, type Lens, type RuleTally } from './vocabulary.js';
import type { RuleMeta } from './rules/types.js';

/** Stored with every history entry: scores of different formulas are not comparable. */
export const SCORE_FORMULA_VERSION = 2;

/** The share of the score a rule takes with its first counted finding in a file. */
export const IMPACT_PENALTIES: Readonly<Record<Impact, number>> = {
  critical: 0.5,
  serious: 0.3,
  moderate: 0.15,
  minor: 0.05,
};

/** Fewer examinations than this in an area and its score is labelled “little checked”. */
export const THIN_EXAMINATIONS = 5;

/** What a rule's counted findings take off a file's score, 0 to 1.5 × the impact's penalty. */
export function rulePenalty(impact: Impact, failed: number): number {
  return failed <= 0 ? 0 : IMPACT_PENALTIES[impact] * (1.5 - 0.5 ** failed);
}

export interface RuleScore {
  readonly ruleId: string;
  readonly area: Area;
  readonly lens: Lens;
  readonly impact: Impact;
  /** Elements examined (opportunities). */
  readonly examined: number;
  /** Findings that count. */
  readonly failed: number;
  /** Low-confidence findings: shown, not counted. */
  readonly uncertain: number;
  /** Findings suppressed with a reason: hidden, not counted. */
  readonly excused: number;
  /** A file's score: what this rule takes off (0–1). */
  readonly penalty?: number;
  /** The workspace's score: in how many files the rule has counted findings. */
  readonly files?: number;
}

/** How much an area's score rests on. */
export interface AreaBasis {
  /** Rules of the area that examined something. */
  readonly checks: number;
  /** Their examinations added up (an element checked by three rules counts three times). */
  readonly examined: number;
  /** Too little was examined to trust the number much (fewer than THIN_EXAMINATIONS). */
  readonly thin: boolean;
}

export interface Score {
  readonly formula: typeof SCORE_FORMULA_VERSION;
  /** 0–100, or null when no rule applied to anything. */
  readonly overall: number | null;
  readonly areas: Readonly<Record<Area, number | null>>;
  readonly lenses: Readonly<Record<Lens, { readonly score: number | null; readonly findings: number }>>;
  readonly basis: Readonly<Record<Area, AreaBasis>>;
  /** Counted findings, low-confidence findings and findings suppressed with a reason. */
  readonly counts: { readonly counted: number; readonly uncertain: number; readonly excused: number };
  /** Every rule that examined something or has findings. */
  readonly rules: readonly RuleScore[];
  /** The workspace's score: how many files were scored (overall not null). */
  readonly files?: number;
}

/** One file's score from its tallies. */
export function scoreTallies(tallies: Readonly<Record<string, RuleTally>>, rules: readonly RuleMeta[]): Score {
  const scored: Array<RuleScore & { readonly rule: RuleMeta; readonly penalty: number }> = [];
  for (const rule of rules) {
    const tally = tallies[rule.id];
    if (!tally || tally.examined + tally.failed + (tally.uncertain ?? 0) + (tally.excused ?? 0) === 0) continue;
    scored.push({
      rule,
      ruleId: rule.id,
      area: rule.area,
      lens: rule.lens,
      impact: rule.impact,
      examined: Math.max(tally.examined, tally.failed),
      failed: tally.failed,
      uncertain: tally.uncertain ?? 0,
      excused: tally.excused ?? 0,
      penalty: rulePenalty(rule.impact, tally.failed),
    });
  }
  // A rule applies when it examined something (or found something without saying so).
  const product = (subset: typeof scored): number | null => {
    const applied = subset.filter((rule) => rule.examined > 0);
    return applied.length === 0 ? null : Math.round(100 * applied.reduce((keep, rule) => keep * (1 - rule.penalty), 1));
  };
  const lens = (name: Lens) => {
    const subset = scored.filter((rule) => rule.lens === name);
    return { score: product(subset), findings: sum(subset, (rule) => rule.failed) };
  };
  return {
    formula: SCORE_FORMULA_VERSION,
    overall: product(scored),
    areas: byArea((area) => product(scored.filter((rule) => rule.area === area))),
    lenses: { UX: lens('UX'), CX: lens('CX') },
    basis: byArea((area) => basisOf(scored.filter((rule) => rule.area === area))),
    counts: countsOf(scored),
    rules: scored.map(({ rule: _rule, ...rest }) => rest),
  };
}

/** The workspace's score: the mean of its files' scores, area by area, lens by lens. */
export function scoreFiles(files: readonly Score[]): Score {
  const mean = (values: ReadonlyArray<number | null>): number | null => {
    const present = values.filter((value): value is number => value !== null);
    return present.length === 0
      ? null
      : Math.round(present.reduce((total, value) => total + value, 0) / present.length);
  };
  const rules = new Map<string, { -readonly [K in keyof RuleScore]: RuleScore[K] }>();
  for (const file of files)
    for (const rule of file.rules) {
      const entry = rules.get(rule.ruleId);
      if (!entry) {
        rules.set(rule.ruleId, { ...rule, penalty: undefined, files: rule.failed > 0 ? 1 : 0 });
        continue;
      }
      entry.examined += rule.examined;
      entry.failed += rule.failed;
      entry.uncertain += rule.uncertain;
      entry.excused += rule.excused;
      entry.files! += rule.failed > 0 ? 1 : 0;
    }
  const lens = (name: Lens) => ({
    score: mean(files.map((file) => file.lenses[name].score)),
    findings: sum(files, (file) => file.lenses[name].findings),
  });
  const all = [...rules.values()];
  return {
    formula: SCORE_FORMULA_VERSION,
    overall: mean(files.map((file) => file.overall)),
    areas: byArea((area) => mean(files.map((file) => file.areas[area]))),
    lenses: { UX: lens('UX'), CX: lens('CX') },
    basis: byArea((area) => {
      const checks = new Set<string>();
      let examined = 0;
      for (const file of files)
        for (const rule of file.rules)
          if (rule.area === area && rule.examined > 0) {
            checks.add(rule.ruleId);
            examined += rule.examined;
          }
      return { checks: checks.size, examined, thin: examined < THIN_EXAMINATIONS };
    }),
    counts: countsOf(all),
    rules: all,
    files: files.filter((file) => file.overall !== null).length,
  };
}

function basisOf(rules: readonly RuleScore[]): AreaBasis {
  const applied = rules.filter((rule) => rule.examined > 0);
  const examined = sum(applied, (rule) => rule.examined);
  return { checks: applied.length, examined, thin: examined < THIN_EXAMINATIONS };
}

function countsOf(rules: readonly RuleScore[]): Score['counts'] {
  return {
    counted: sum(rules, (rule) => rule.failed),
    uncertain: sum(rules, (rule) => rule.uncertain),
    excused: sum(rules, (rule) => rule.excused),
  };
}

function byArea<T>(value: (area: Area) => T): Record<Area, T> {
  return Object.fromEntries(AREAS.map((area) => [area, value(area)])) as Record<Area, T>;
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}

/** Adds one file's tallies into a running total. */
export function addTallies(total: Record<string, RuleTally>, tallies: Readonly<Record<string, RuleTally>>): void {
  for (const [ruleId, tally] of Object.entries(tallies)) {
    const entry = (total[ruleId] ??= { examined: 0, failed: 0 });
    entry.examined += tally.examined;
    entry.failed += tally.failed;
    if (tally.uncertain) entry.uncertain = (entry.uncertain ?? 0) + tally.uncertain;
    if (tally.excused) entry.excused = (entry.excused ?? 0) + tally.excused;
  }
}
