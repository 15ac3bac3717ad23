/**
 * The score, written once (and shown by the scorecard's “how is this scored?”).
 *
 * Like Lighthouse, each rule is an audit with a pass rate: the share of the elements it
 * examined (its opportunities) that had no finding, `1 - failed / examined`. Rules that
 * examined nothing are not applicable and left out.
 *   area score    = Σ(weight × pass rate) / Σ weight over the area's applicable rules, × 100
 *   overall score = mean of the area scores that exist (every area counts the same)
 *   lens score    = the same weighted pass rate over the rules of that lens
 * Weights come from each rule's impact, as in Lighthouse's accessibility score:
 * critical 10, serious 7, moderate 3, minor 1. Scores are rounded to whole numbers at the end.
 */
import { AREAS, type Area, type Lens } from './impact.js';
import type { RuleTally } from './report.js';
import type { Impact, RuleMeta } from './rules/types.js';

export const IMPACT_WEIGHTS: Readonly<Record<Impact, number>> = { critical: 10, serious: 7, moderate: 3, minor: 1 };

export interface RuleScore {
  readonly ruleId: string;
  readonly weight: number;
  readonly examined: number;
  readonly failed: number;
  /** 0–1. */
  readonly passRate: number;
}

export interface Score {
  /** 0–100, or null when no rule applied to anything. */
  readonly overall: number | null;
  readonly areas: Readonly<Record<Area, number | null>>;
  readonly lenses: Readonly<Record<Lens, { readonly score: number | null; readonly findings: number }>>;
  readonly rules: readonly RuleScore[];
}

export function scoreTallies(tallies: Readonly<Record<string, RuleTally>>, rules: readonly RuleMeta[]): Score {
  const ruleScores: RuleScore[] = [];
  for (const rule of rules) {
    const tally = tallies[rule.id];
    if (!tally || tally.examined === 0) continue;
    const examined = Math.max(tally.examined, tally.failed);
    ruleScores.push({
      ruleId: rule.id,
      weight: IMPACT_WEIGHTS[rule.impact],
      examined,
      failed: tally.failed,
      passRate: 1 - tally.failed / examined,
    });
  }
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const weighted = (subset: RuleScore[]): number | null => {
    const total = subset.reduce((sum, rule) => sum + rule.weight, 0);
    if (total === 0) return null;
    return (100 * subset.reduce((sum, rule) => sum + rule.weight * rule.passRate, 0)) / total;
  };
  const areas = {} as Record<Area, number | null>;
  for (const area of AREAS) areas[area] = weighted(ruleScores.filter((rule) => byId.get(rule.ruleId)?.area === area));
  const present = AREAS.map((area) => areas[area]).filter((value): value is number => value !== null);
  const overall = present.length > 0 ? present.reduce((sum, value) => sum + value, 0) / present.length : null;
  const lens = (name: Lens) => {
    const subset = ruleScores.filter((rule) => byId.get(rule.ruleId)?.lens === name);
    return { score: round(weighted(subset)), findings: subset.reduce((sum, rule) => sum + rule.failed, 0) };
  };
  return {
    overall: round(overall),
    areas: Object.fromEntries(AREAS.map((area) => [area, round(areas[area])])) as Record<Area, number | null>,
    lenses: { UX: lens('UX'), CX: lens('CX') },
    rules: ruleScores,
  };
}

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value);
}

/** Adds one file's tallies into a running total. */
export function addTallies(total: Record<string, RuleTally>, tallies: Readonly<Record<string, RuleTally>>): void {
  for (const [ruleId, tally] of Object.entries(tallies)) {
    const entry = (total[ruleId] ??= { examined: 0, failed: 0 });
    entry.examined += tally.examined;
    entry.failed += tally.failed;
  }
}
