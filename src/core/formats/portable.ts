/**
 * File reports in a compact, portable shape, for the JSON format, the cache and `merge`:
 * what a rule says about itself (help, why, docs link, area, lens, metrics, impact) is written
 * once in `rules`, not on every finding; per-file scores are left out (recomputed from the
 * tallies); tallies are `[examined, failed]`, or `[examined, failed, uncertain, excused]` when
 * either of the last two is not 0 (score.ts). `decode` gives back the engine's FileReport.
 */
import { scoreOfTallies } from '../engine.js';
import type { FileReport, Finding, RuleTally } from '../report.js';
import { getRule } from '../rules/index.js';
import { docsUrl } from '../rules/types.js';

type RuleFields = 'area' | 'lens' | 'metrics' | 'impact' | 'help' | 'why' | 'docsUrl' | 'fileName';

/** `why` is kept only when the finding has its own (in the element's words), not its rule's. */
export type PortableFinding = Omit<Finding, RuleFields> & { readonly why?: string };

type PortableTally = readonly [number, number] | readonly [number, number, number, number];

export interface PortableFileReport extends Omit<FileReport, 'findings' | 'score' | 'tallies' | 'page'> {
  readonly findings: readonly PortableFinding[];
  readonly tallies: Readonly<Record<string, PortableTally>>;
  /** Absent in reports written before it existed: a component. */
  readonly page?: boolean;
}

export function encodeFileReport(report: FileReport): PortableFileReport {
  const { score: _score, findings, tallies, ...rest } = report;
  return {
    ...rest,
    findings: findings.map((finding) => {
      const {
        area: _area,
        lens: _lens,
        metrics: _metrics,
        impact: _impact,
        help: _help,
        why,
        docsUrl: _docsUrl,
        fileName: _fileName,
        ...own
      } = finding;
      return why === getRule(finding.ruleId)?.why ? own : { ...own, why };
    }),
    tallies: Object.fromEntries(
      Object.entries(tallies).map(([id, { examined, failed, uncertain = 0, excused = 0 }]) => [
        id,
        uncertain === 0 && excused === 0 ? [examined, failed] : [examined, failed, uncertain, excused],
      ]),
    ),
  };
}

const urls = new Map<string, string>();

/** Rule fields come back from the registry; a finding of a rule this version lacks is dropped. */
export function decodeFileReport(portable: PortableFileReport): FileReport {
  const findings: Finding[] = [];
  for (const finding of portable.findings) {
    const restored = restoreFinding(finding, portable.fileName);
    if (restored) findings.push(restored);
  }
  return withFindings(portable, findings);
}

/** A finding with its rule's fields, or undefined for a rule this version does not have. */
export function restoreFinding(finding: PortableFinding, fileName: string): Finding | undefined {
  const rule = getRule(finding.ruleId);
  if (!rule) return undefined;
  // One literal shape (not a spread): hundreds of thousands of findings come back this way.
  return {
    ruleId: finding.ruleId,
    area: rule.area,
    lens: rule.lens,
    metrics: rule.metrics,
    severity: finding.severity,
    impact: rule.impact,
    message: finding.message,
    help: rule.help,
    detail: finding.detail,
    why: finding.why ?? rule.why,
    docsUrl: urls.get(rule.id) ?? urls.set(rule.id, docsUrl(rule.id)).get(rule.id)!,
    fileName,
    range: finding.range,
    location: finding.location,
    snippet: finding.snippet,
    related: finding.related,
    fix: finding.fix,
    confidence: finding.confidence,
  };
}

/** The engine's report from a portable one and its restored findings: tallies, the file's score. */
export function withFindings(portable: Omit<PortableFileReport, 'findings'>, findings: Finding[]): FileReport {
  const tallies: Record<string, RuleTally> = {};
  for (const [id, [examined, failed, uncertain = 0, excused = 0]] of Object.entries(portable.tallies))
    tallies[id] = {
      examined,
      failed,
      ...(uncertain > 0 ? { uncertain } : {}),
      ...(excused > 0 ? { excused } : {}),
    };
  return { ...portable, page: portable.page ?? false, findings, tallies, score: scoreOfTallies(tallies) };
}
