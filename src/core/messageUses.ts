/**
 * A catalog string's findings point at where the string is shown: after a review, each finding
 * on a message written in one file (a JSON catalog, a `defineMessages` module) gets a related
 * location at each place a reviewed file shows that message (`formatMessage(messages.save)`,
 * `t("actions.save")`), from the uses the files' reports carry.
 */
import * as path from 'node:path';
import { scoreOfTallies } from './engine.js';
import { parseCatalog } from './parse/catalog.js';
import { readSourceTextSync } from './readFile.js';
import { uncountFinding } from './suppressions.js';
import type { FileReport, Finding, ReportedMessageUse } from './report.js';
import type { SourceRange } from './model.js';
import type { RuleTally } from './vocabulary.js';

/** At most this many uses are listed on one finding. */
const MAX_USES = 10;

function usesByCatalog(reports: readonly FileReport[]): Map<string, Array<ReportedMessageUse & { fileName: string }>> {
  const byCatalog = new Map<string, Array<ReportedMessageUse & { fileName: string }>>();
  for (const report of reports) {
    for (const use of report.messageUses ?? []) {
      const catalog = path.normalize(use.catalog);
      const list = byCatalog.get(catalog) ?? [];
      list.push({ ...use, fileName: report.fileName });
      byCatalog.set(catalog, list);
    }
  }
  return byCatalog;
}

export function linkMessageUses(reports: FileReport[]): void {
  const byCatalog = usesByCatalog(reports);
  if (byCatalog.size === 0) return;
  for (const [index, report] of reports.entries()) {
    const uses = byCatalog.get(path.normalize(report.fileName));
    if (!uses || report.findings.length === 0) continue;
    let changed = false;
    const findings = report.findings.map((finding): Finding => {
      const shown = uses.filter((use) => use.range.start <= finding.range.start && finding.range.end <= use.range.end);
      if (shown.length === 0) return finding;
      changed = true;
      const related = shown.slice(0, MAX_USES).map((use) => ({
        message: `Shown here${shown.length > MAX_USES ? ` (${MAX_USES} of ${shown.length} uses)` : ''}`,
        range: use.at,
        fileName: use.fileName,
        location: use.location,
      }));
      return { ...finding, related: [...(finding.related ?? []), ...related] };
    });
    if (changed) reports[index] = { ...report, findings };
  }
}

/** Files whose text may name a catalog's keys (`t("chat.title")`, `i18nKey="…"`). */
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|html?|vue|svelte)$/i;
/** i18next's plural and ordinal suffixes: `item_one` is shown by `t("item", { count })`. */
const PLURAL_SUFFIX = /_(?:zero|one|two|few|many|other|plural|ordinal_\w+)$/;

/**
 * Findings on catalog strings that no reviewed file shows (a namespace whose screen was deleted,
 * a key nothing asks for any more) are left out: nobody sees those words, and their owners judged
 * such findings noise on two held-out apps. Only in a review that can tell: one whose files show
 * catalog messages (a use was followed to a catalog), so a catalog reviewed alone keeps them all.
 * A string of a JSON catalog counts as shown when a use of it was followed to the catalog, when
 * the last part of its key appears as a word in any reviewed source file (a key in a config
 * array, a `t(key)` fed from elsewhere, another package of a monorepo), or when its key starts
 * with a prefix the code builds keys on (`` t(`status.${s}`) ``, `t("errors." + code)`).
 * The source files are read once, and only when some catalog finding has no followed use.
 * Returns how many findings were left out.
 */
export function leaveOutUnshownMessages(
  reports: FileReport[],
  readText: (fileName: string) => string | undefined = readForSearch,
): number {
  if (!reports.some((report) => (report.messageUses?.length ?? 0) > 0)) return 0;
  const candidates = unshownCandidates(reports, readText);
  if (candidates.length === 0) return 0;
  const { found, prefixes } = searchSources(reports, readText, new Set(candidates.flatMap(({ words }) => words)));
  const dropped = new Map<number, Set<Finding>>();
  for (const { index, finding, key, words } of candidates) {
    if (words.some((word) => found.has(word)) || prefixes.some((prefix) => key.startsWith(prefix))) continue;
    const set = dropped.get(index) ?? new Set<Finding>();
    set.add(finding);
    dropped.set(index, set);
  }
  let left = 0;
  for (const [index, findings] of dropped) {
    left += findings.size;
    reports[index] = withoutFindings(reports[index]!, findings);
  }
  return left;
}

interface Candidate {
  readonly index: number;
  readonly finding: Finding;
  readonly key: string;
  /** The words that would show the key is named: its last part, and that without a plural suffix. */
  readonly words: readonly string[];
}

const within = (range: SourceRange, outer: SourceRange) => outer.start <= range.start && range.end <= outer.end;

/** Findings on JSON catalog strings that no followed use shows, with their keys. */
function unshownCandidates(
  reports: readonly FileReport[],
  readText: (fileName: string) => string | undefined,
): Candidate[] {
  const shownRanges = usesByCatalog(reports);
  const candidates: Candidate[] = [];
  for (const [index, report] of reports.entries()) {
    if (report.findings.length === 0 || !/\.json$/i.test(report.fileName)) continue;
    const uses = shownRanges.get(path.normalize(report.fileName)) ?? [];
    const unshown = report.findings.filter((finding) => !uses.some((use) => within(finding.range, use.range)));
    if (unshown.length === 0) continue;
    const text = readText(report.fileName);
    const catalog = text === undefined ? undefined : parseCatalog(text, report.fileName)?.catalog;
    for (const finding of unshown) {
      const key = catalog?.find((message) => within(finding.range, message.range))?.key;
      if (!key) continue;
      const last = key.split(/[.:]/).pop() ?? key;
      candidates.push({ index, finding, key, words: [...new Set([last, last.replace(PLURAL_SUFFIX, '')])] });
    }
  }
  return candidates;
}

/**
 * One pass over the reviewed source files: which of `words` appear as a word (a run of
 * `[\w$-]`), and the key prefixes the code builds keys on.
 */
function searchSources(
  reports: readonly FileReport[],
  readText: (fileName: string) => string | undefined,
  words: ReadonlySet<string>,
): { found: ReadonlySet<string>; prefixes: readonly string[] } {
  const pending = new Map([...words].map((word) => [word, new RegExp(`(?<![\\w$-])${escapeRegExp(word)}(?![\\w$-])`)]));
  const found = new Set<string>();
  const prefixes = new Set<string>();
  for (const report of reports) {
    if (!SOURCE_FILE.test(report.fileName)) continue;
    const text = readText(report.fileName);
    if (text === undefined) continue;
    for (const [word, pattern] of pending)
      if (text.includes(word) && pattern.test(text)) {
        found.add(word);
        pending.delete(word);
      }
    if (text.includes('${') || text.includes('+'))
      for (const [, prefix] of text.matchAll(/[`'"]([\w.:-]*[.:_-])(?:\$\{|['"]\s*\+)/g))
        if (prefix) prefixes.add(prefix.includes(':') ? prefix.slice(prefix.indexOf(':') + 1) : prefix);
  }
  return { found, prefixes: [...prefixes].filter((prefix) => prefix.length > 1) };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The report without `dropped`, its tallies and score counted again. */
function withoutFindings(report: FileReport, dropped: ReadonlySet<Finding>): FileReport {
  const tallies: Record<string, RuleTally> = { ...report.tallies };
  for (const finding of dropped) {
    const tally = tallies[finding.ruleId];
    if (!tally) continue;
    const next = { ...tally, examined: Math.max(0, tally.examined - 1) };
    uncountFinding(next, finding);
    tallies[finding.ruleId] = next;
  }
  return {
    ...report,
    findings: report.findings.filter((finding) => !dropped.has(finding)),
    tallies,
    score: scoreOfTallies(tallies),
  };
}

/** Source files larger than this are not searched for catalog keys (a minified bundle). */
const MAX_SEARCHED_BYTES = 2 * 1024 * 1024;

function readForSearch(fileName: string): string | undefined {
  const read = readSourceTextSync(fileName, MAX_SEARCHED_BYTES);
  return 'text' in read ? read.text : undefined;
}
