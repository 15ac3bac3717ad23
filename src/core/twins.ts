/**
 * Twins: where an axe rule and one of Touchpoint's rules that `supersedes` it report the same
 * problem, only Touchpoint's finding stays.
 */
import type { Finding } from './report.js';
import { twins } from './rules/index.js';

/**
 * Where an axe rule and one of Touchpoint's report the same element for the same reason
 * (the rule `supersedes` it), Touchpoint's finding stays: it says more and often carries a fix. The same element:
 * Touchpoint's range starts inside the opening tag whose name axe's finding marks (ours may
 * mark an attribute, `placeholder="…"`). Page-level twins (one main heading, a main landmark,
 * a title, a way to bypass the menu) are judged by Touchpoint's rule whenever it ran on the
 * page: it knows which pages the question fits (a standalone demo needs no `<main>`), so
 * axe's answer is dropped whether ours reported or left the page alone.
 */
export function withoutTwins(findings: readonly Finding[], text: string, ran: ReadonlySet<string>): Finding[] {
  // Where each rule's findings start, sorted: a page with thousands of both twins is not
  // compared pair by pair.
  const startsByRule = new Map<string, number[]>();
  for (const finding of findings) {
    const starts = startsByRule.get(finding.ruleId);
    if (starts) starts.push(finding.range.start);
    else startsByRule.set(finding.ruleId, [finding.range.start]);
  }
  for (const starts of startsByRule.values()) starts.sort((a, b) => a - b);
  const twinInTag = (axe: Finding, rule: string): boolean => {
    const starts = startsByRule.get(rule);
    if (!starts) return false;
    const tagEnd = text.indexOf('>', axe.range.start);
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! < axe.range.start) low = middle + 1;
      else high = middle;
    }
    return low < starts.length && (tagEnd < 0 || starts[low]! <= tagEnd);
  };
  return findings.filter((finding) => {
    if (finding.area !== 'a11y') return true;
    const twin = twins.get(finding.ruleId);
    if (!twin) return true;
    if (twin.pageLevel) return !ran.has(twin.rule);
    return !twinInTag(finding, twin.rule);
  });
}
