/**
 * File reports in a compact, portable shape, for the JSON format, the cache and `merge`:
 * what a rule says about itself (help, why, docs link, area, lens, metrics, impact) is written
 * once in `rules`, not on every finding; per-file scores are left out (recomputed from the
 * tallies); tallies are `[examined, failed]`. `decode` gives back the engine's FileReport.
 */
import { docsUrl, getRule, scoreTallies, type FileReport, type Finding, type RuleTally } from '../core/index.js';

type RuleFields = 'area' | 'lens' | 'metrics' | 'impact' | 'help' | 'why' | 'docsUrl' | 'fileName';

export type PortableFinding = Omit<Finding, RuleFields>;

export interface PortableFileReport extends Omit<FileReport, 'findings' | 'score' | 'tallies'> {
  readonly findings: readonly PortableFinding[];
  readonly tallies: Readonly<Record<string, readonly [number, number]>>;
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
        why: _why,
        docsUrl: _docsUrl,
        fileName: _fileName,
        ...own
      } = finding;
      return own;
    }),
    tallies: Object.fromEntries(Object.entries(tallies).map(([id, tally]) => [id, [tally.examined, tally.failed]])),
  };
}

/** Rule fields come back from the registry; a finding of a rule this version lacks is dropped. */
export function decodeFileReport(portable: PortableFileReport): FileReport {
  const findings: Finding[] = [];
  for (const finding of portable.findings) {
    const rule = getRule(finding.ruleId);
    if (!rule) continue;
    findings.push({
      ...finding,
      area: rule.area,
      lens: rule.lens,
      metrics: rule.metrics,
      impact: rule.impact,
      help: rule.help,
      why: rule.why,
      docsUrl: docsUrl(rule.id),
      fileName: portable.fileName,
    });
  }
  const tallies: Record<string, RuleTally> = {};
  for (const [id, [examined, failed]] of Object.entries(portable.tallies)) tallies[id] = { examined, failed };
  const ran = Object.keys(tallies)
    .map((id) => getRule(id))
    .filter((rule) => rule !== undefined);
  return { ...portable, findings, tallies, score: scoreTallies(tallies, ran) };
}
