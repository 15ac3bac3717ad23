/**
 * A catalog string's findings point at where the string is shown: after a review, each finding
 * on a message written in one file (a JSON catalog, a `defineMessages` module) gets a related
 * location at each place a reviewed file shows that message (`formatMessage(messages.save)`,
 * `t("actions.save")`), from the uses the files' reports carry.
 */
import * as path from 'node:path';
import type { FileReport, Finding, ReportedMessageUse } from './report.js';

/** At most this many uses are listed on one finding. */
const MAX_USES = 10;

export function linkMessageUses(reports: FileReport[]): void {
  const usesByCatalog = new Map<string, Array<ReportedMessageUse & { fileName: string }>>();
  for (const report of reports) {
    for (const use of report.messageUses ?? []) {
      const catalog = path.normalize(use.catalog);
      const list = usesByCatalog.get(catalog) ?? [];
      list.push({ ...use, fileName: report.fileName });
      usesByCatalog.set(catalog, list);
    }
  }
  if (usesByCatalog.size === 0) return;
  for (const [index, report] of reports.entries()) {
    const uses = usesByCatalog.get(path.normalize(report.fileName));
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
