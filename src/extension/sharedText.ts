/**
 * A review's report arrives from the language server as JSON, so each finding carries its own
 * copy of its rule's help, why, docs address and metrics, of its file's name and often of its
 * message: about 3 KB a finding in the extension host (145,000 findings held 900 MB there).
 * Here the same text becomes one string shared by every finding that has it, so the host keeps
 * each text once; the copies are left to the garbage collector.
 */
import type { FileReport, Finding, WorkspaceReport } from '../core/index.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const TEXT_FIELDS = [
  'ruleId',
  'area',
  'lens',
  'severity',
  'impact',
  'message',
  'help',
  'detail',
  'why',
  'docsUrl',
  'fileName',
  'snippet',
  'confidence',
] as const;

export function shareRepeatedText(report: WorkspaceReport): WorkspaceReport {
  const texts = new Map<string, string>();
  const share = (text: string): string => {
    const known = texts.get(text);
    if (known !== undefined) return known;
    texts.set(text, text);
    return text;
  };
  const lists = new Map<string, readonly string[]>();
  const shareList = <T extends string>(list: readonly T[]): readonly T[] => {
    const key = list.join('\u0000');
    const known = lists.get(key) as readonly T[] | undefined;
    if (known) return known;
    lists.set(key, list);
    return list;
  };
  for (const file of report.files as Array<Mutable<FileReport>>) {
    file.fileName = share(file.fileName);
    for (const finding of file.findings as Array<Mutable<Finding>>) {
      const fields = finding as unknown as Record<string, unknown>;
      for (const field of TEXT_FIELDS) {
        const value = fields[field];
        if (typeof value === 'string') fields[field] = share(value);
      }
      finding.metrics = shareList(finding.metrics);
      for (const related of finding.related ?? []) {
        const item = related as Mutable<typeof related>;
        item.message = share(item.message);
        if (item.fileName !== undefined) item.fileName = share(item.fileName);
      }
    }
  }
  return report;
}
