/**
 * A workspace report packed for the trip from the language server to VS Code: the text its
 * findings repeat (rule help, why, docs address, metrics, file names, often the message) goes
 * once into a table, each finding names its entries by number, and a finding is a list of its
 * values in FINDING_KEYS' order rather than an object that spells out its keys. A
 * 145,000-finding review is a JSON answer of about 175 MB unpacked, which the extension host
 * parsed into one copy of every text per finding; packed it is about a quarter of that, and
 * unpacking gives every finding the table's one string. Plain data in, plain data out (no engine
 * code: the extension imports it).
 */
import type { FileReport, Finding, WorkspaceReport } from '../core/index.js';

/** What can be packed: a report whose files list findings (a workspace report, or less of one). */
export interface Reported {
  readonly files: ReadonlyArray<{ readonly findings: readonly Finding[] }>;
}

export interface PackedReport<R extends Reported = WorkspaceReport> {
  readonly packed: 2;
  /** The texts, each once; a packed finding holds their numbers in place of them. */
  readonly strings: readonly string[];
  readonly report: R;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Fields = Record<string, unknown>;
type RelatedLocation = NonNullable<Finding['related']>[number];

/** A finding's text fields, packed as numbers; `metrics` is packed as one text (joined). */
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
const METRICS_SEPARATOR = '\u0000';
/** Every key a finding may have, in the order of a packed finding's values (absent: null). */
const FINDING_KEYS = [
  ...TEXT_FIELDS,
  'metrics',
  'range',
  'location',
  'related',
  'fix',
] as const satisfies ReadonlyArray<keyof Finding>;
/** A key added to Finding and not to FINDING_KEYS would be lost on the way: the build fails instead. */
type Unpacked = Exclude<keyof Finding, (typeof FINDING_KEYS)[number]>;
export const EVERY_FINDING_KEY_PACKED: [Unpacked] extends [never] ? true : never = true;

export function packReport<R extends Reported>(report: R): PackedReport<R> {
  const strings: string[] = [];
  const numbers = new Map<string, number>();
  const number = (text: string): number => {
    let at = numbers.get(text);
    if (at === undefined) {
      at = strings.push(text) - 1;
      numbers.set(text, at);
    }
    return at;
  };
  const packFinding = (finding: Finding): unknown[] => {
    const packed: Fields = { ...finding };
    for (const field of TEXT_FIELDS) if (typeof packed[field] === 'string') packed[field] = number(packed[field]);
    packed.metrics = number(finding.metrics.join(METRICS_SEPARATOR));
    if (finding.related)
      packed.related = finding.related.map((related) => ({
        ...related,
        message: number(related.message),
        ...(related.fileName !== undefined && { fileName: number(related.fileName) }),
      }));
    return FINDING_KEYS.map((key) => packed[key] ?? null);
  };
  const files = report.files.map((file) => ({ ...file, findings: file.findings.map(packFinding) }));
  return { packed: 2, strings, report: { ...report, files } as unknown as R };
}

/** The report as the server made it, every repeated text one shared string (in place: `packed` is used up). */
export function unpackReport<R extends Reported>(packed: PackedReport<R>): R {
  const { strings } = packed;
  const text = (value: unknown) => (typeof value === 'number' ? strings[value]! : (value as string));
  const metrics = new Map<number, readonly string[]>();
  for (const file of packed.report.files as ReadonlyArray<Mutable<Pick<FileReport, 'findings'>>>) {
    file.findings = (file.findings as unknown as unknown[][]).map((values) => {
      const fields: Fields = {};
      FINDING_KEYS.forEach((key, index) => {
        if (values[index] !== null) fields[key] = values[index];
      });
      const finding = fields as unknown as Finding;
      for (const field of TEXT_FIELDS) if (typeof fields[field] === 'number') fields[field] = text(fields[field]);
      const at = fields.metrics as number;
      let list = metrics.get(at);
      if (!list) metrics.set(at, (list = strings[at] ? strings[at].split(METRICS_SEPARATOR) : []));
      fields.metrics = list;
      for (const related of (finding.related ?? []) as Array<Mutable<RelatedLocation>>) {
        related.message = text(related.message);
        if (related.fileName !== undefined) related.fileName = text(related.fileName);
      }
      return finding;
    });
  }
  return packed.report;
}
