/**
 * Workspace-level rules: rules that judge files together (inconsistent terms across files).
 */
import type { ResolvedConfig } from './config/config.js';
import { capPerRule, scoreOfTallies, toFinding } from './engine.js';
import { LineIndex } from './parse/lineIndex.js';
import type { RuleTally } from './vocabulary.js';
import type { FileReport, Finding, Notice } from './report.js';
import { rules as allRules } from './rules/index.js';
import { countFinding, suppressionCovering } from './suppressions.js';

/**
 * Workspace-level rules (inconsistent terms across files): each file's contribution was
 * collected during its lint; the rule now judges them together, and its findings replace the
 * rule's per-file findings, honouring each file's suppression comments.
 */
export function applyWorkspaceRules(
  reports: FileReport[],
  texts: ReadonlyMap<string, string>,
  configs: ReadonlyMap<string, ResolvedConfig>,
  log: ((message: string) => void) | undefined,
): void {
  for (const rule of allRules) {
    if (!rule.workspace) continue;
    const contributing = reports.filter((report) => report.collected[rule.id] !== undefined);
    if (contributing.length === 0) continue;
    const ruleConfig = configs.get(contributing[0]!.fileName)?.rules.get(rule.id);
    if (!ruleConfig) continue;
    const items = contributing.flatMap((report) =>
      report.collected[rule.id]!.map((item) => ({ ...item, fileName: report.fileName })),
    );
    const added = new Map<string, Finding[]>();
    try {
      rule.workspace.checkWorkspace(items, ruleConfig.options, (fileName, descriptor) => {
        const text = texts.get(fileName);
        if (text === undefined) return;
        const list = added.get(fileName) ?? [];
        list.push(
          toFinding(rule, ruleConfig.severity, descriptor, text, fileName, new LineIndex(text), (other) => {
            const otherText = texts.get(other);
            return otherText === undefined ? undefined : new LineIndex(otherText);
          }),
        );
        added.set(fileName, list);
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log?.(`Workspace rule ${rule.id} failed: ${error instanceof Error ? error.stack : message}`);
      // Its per-file findings stand, but the files it judges together must say it did not run.
      for (const [index, report] of reports.entries()) {
        if (report.collected[rule.id] === undefined) continue;
        const notice: Notice = {
          code: 'rule-failed',
          severity: 'warning',
          message: `The rule ${rule.id} failed on this file (${message}); its results across files were left out`,
          fileName: report.fileName,
          ruleId: rule.id,
        };
        reports[index] = { ...report, notices: [...report.notices, notice] };
      }
      continue;
    }
    for (const [index, report] of reports.entries()) {
      if (report.collected[rule.id] === undefined) continue;
      const tally: RuleTally = { examined: report.collected[rule.id]!.length, failed: 0 };
      const findings: Finding[] = [];
      for (const finding of added.get(report.fileName) ?? []) {
        const range = suppressionCovering(report.suppressions, rule.id, finding.location.line - 1);
        if (!range) findings.push(finding);
        countFinding(tally, finding, range?.reason !== undefined);
      }
      const merged = [...report.findings.filter((finding) => finding.ruleId !== rule.id), ...findings].sort(
        (a, b) => a.range.start - b.range.start || a.ruleId.localeCompare(b.ruleId),
      );
      const { listed, capped } = capPerRule(merged);
      const notices = [
        ...report.notices.filter((notice) => !(notice.code === 'findings-capped' && notice.ruleId === rule.id)),
        ...capped.filter((notice) => notice.ruleId === rule.id),
      ];
      const tallies = { ...report.tallies, [rule.id]: tally };
      reports[index] = { ...report, findings: listed, notices, tallies, score: scoreOfTallies(tallies) };
    }
  }
}
