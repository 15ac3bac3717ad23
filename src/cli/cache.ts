/**
 * The content-hash cache (`--cache`): for each file, the hash of its bytes, the key of the
 * config it was linted with (rules, options, components, pages, size limit, page run: see
 * configKey) and the report. A file is linted again only when its content or config changed;
 * a new Touchpoint version starts a fresh cache. As git's index does, a file whose size and
 * modification time are unchanged is not read again; a touched file is hashed, and kept when
 * its bytes are the same.
 *
 * Stored as one file (`.touchpointcache` by default): a header line, then one JSON line per
 * file (`[path, entry]`, the report in the portable shape of core/formats/portable.ts with
 * findings as rows). Every row is checked when read (validate.ts, core/formats/validate.ts): a
 * row that is truncated, hand-edited or from another version is a miss, never data. The file is
 * rewritten whole and atomically (files.ts) when anything changed, reusing the stored text of
 * unchanged rows; a cache that cannot be read starts afresh and one that cannot be written is
 * the caller's warning, never a lost report.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import {
  encodeFileReport,
  getRule,
  reportChecks,
  restoreFinding,
  withFindings,
  type FileReport,
  type Finding,
  type PortableFileReport,
  type PortableFinding,
} from '../core/index.js';
import { isPackedFinding } from './validate.js';
import { writeFileAtomic } from './files.js';

const { isPortableReportFrame, SEVERITIES } = reportChecks;

export const CACHE_FILE = '.touchpointcache';
const CACHE_VERSION = 6;

interface Entry {
  readonly hash: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly config: string;
  readonly report: PackedFileReport;
  /** The files its messages came from (catalogs), each as [file, size, mtimeMs] when it was linted. */
  readonly dependsOn?: ReadonlyArray<readonly [string, number, number]>;
}

/**
 * A finding as a row: rule, severity, range, location, detail, snippet, confidence, related,
 * fix, the message only when it is not “help [detail]”, and its own why when it has one. A dense workspace has hundreds of
 * thousands of findings; rows are a third of the size of objects and parse faster.
 */
type PackedFinding = [
  ruleId: string,
  severity: 0 | 1 | 2,
  start: number,
  end: number,
  line: number,
  column: number,
  endLine: number,
  endColumn: number,
  detail: string | null,
  snippet: string,
  lowConfidence: 0 | 1,
  related: PortableFinding['related'] | 0,
  fix: PortableFinding['fix'] | 0,
  message: string | 0,
  /** The finding's own why, when it is not its rule's. */
  why?: string,
];

interface PackedFileReport extends Omit<PortableFileReport, 'findings'> {
  readonly findings: readonly PackedFinding[];
}

function pack(report: FileReport): PackedFileReport {
  const portable = encodeFileReport(report);
  return {
    ...portable,
    findings: portable.findings.map((finding): PackedFinding => {
      const help = getRule(finding.ruleId)?.help ?? '';
      const expected = finding.detail ? `${help} [${finding.detail}]` : help;
      const { start, end } = finding.range;
      const { line, column, endLine, endColumn } = finding.location;
      const row: PackedFinding = [
        finding.ruleId,
        SEVERITIES.indexOf(finding.severity) as 0 | 1 | 2,
        start,
        end,
        line,
        column,
        endLine,
        endColumn,
        finding.detail ?? null,
        finding.snippet,
        finding.confidence === 'low' ? 1 : 0,
        finding.related ?? 0,
        finding.fix ?? 0,
        finding.message === expected ? 0 : finding.message,
      ];
      if (finding.why !== undefined) row.push(finding.why);
      return row;
    }),
  };
}

function unpack(packed: PackedFileReport): FileReport {
  const findings: Finding[] = [];
  for (const row of packed.findings) {
    const [
      ruleId,
      severity,
      start,
      end,
      line,
      column,
      endLine,
      endColumn,
      detail,
      snippet,
      low,
      related,
      fix,
      message,
      why,
    ] = row;
    const help = getRule(ruleId)?.help ?? '';
    const finding = restoreFinding(
      {
        ruleId,
        severity: SEVERITIES[severity],
        message: message || (detail ? `${help} [${detail}]` : help),
        detail: detail ?? undefined,
        range: { start, end },
        location: { line, column, endLine, endColumn },
        snippet,
        confidence: low ? 'low' : 'high',
        related: related || undefined,
        fix: fix || undefined,
        why,
      },
      packed.fileName,
    );
    if (finding) findings.push(finding);
  }
  return withFindings(packed, findings);
}

/** A file's identity for the cache, as read for a miss (stored with its report). */
export interface Fingerprint {
  readonly hash: string;
  readonly size: number;
  readonly mtimeMs: number;
}

function isDependency(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'number' &&
    typeof value[2] === 'number'
  );
}

/** A stored row's entry, checked field by field. */
function isEntry(value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<Entry>;
  return (
    typeof entry.hash === 'string' &&
    typeof entry.size === 'number' &&
    typeof entry.mtimeMs === 'number' &&
    typeof entry.config === 'string' &&
    (entry.dependsOn === undefined || (Array.isArray(entry.dependsOn) && entry.dependsOn.every(isDependency))) &&
    isPortableReportFrame(entry.report) &&
    entry.report!.findings.every(isPackedFinding)
  );
}

function dependenciesUnchanged(entry: Entry): boolean {
  return (entry.dependsOn ?? []).every(([file, size, mtimeMs]) => {
    try {
      const stat = statSync(file);
      return stat.size === size && stat.mtimeMs === mtimeMs;
    } catch {
      return size === -1;
    }
  });
}

function fingerprintOf(
  file: string,
  stat: { size: number; mtimeMs: number },
): { fingerprint: Fingerprint | undefined } {
  try {
    const hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 32);
    return { fingerprint: { hash, size: stat.size, mtimeMs: stat.mtimeMs } };
  } catch {
    return { fingerprint: undefined };
  }
}

export class LintCache {
  hits = 0;
  misses = 0;
  /** Whether anything changed since the cache was read. */
  private dirty = false;

  private constructor(
    readonly location: string,
    private readonly toolVersion: string,
    /** Each file's entry, and the row's text as read (written back as it was when unchanged). */
    private readonly entries: Map<string, { entry: Entry; text?: string }>,
  ) {}

  /** `location` is the cache file, or a folder to keep `.touchpointcache` in. */
  static open(location: string, toolVersion: string): LintCache {
    const file =
      location.endsWith('/') ||
      location.endsWith(path.sep) ||
      (existsSync(location) && statSync(location).isDirectory())
        ? path.join(location, CACHE_FILE)
        : location;
    const entries = new Map<string, { entry: Entry; text?: string }>();
    try {
      // Only a regular file: a device or a pipe named as the cache would read without end.
      if (!statSync(file).isFile()) return new LintCache(file, toolVersion, entries);
      const [header, ...lines] = readFileSync(file, 'utf8').split('\n');
      const stored = JSON.parse(header!) as { version?: number; tool?: string } | null;
      if (stored?.version !== CACHE_VERSION || stored.tool !== toolVersion)
        return new LintCache(file, toolVersion, entries);
      for (const line of lines) {
        let row: unknown;
        try {
          row = JSON.parse(line);
        } catch {
          continue; // empty, or cut short
        }
        if (Array.isArray(row) && row.length === 2 && typeof row[0] === 'string' && isEntry(row[1]))
          entries.set(row[0], { entry: row[1], text: line });
      }
    } catch {
      // No cache yet, or one we cannot read: start afresh.
    }
    return new LintCache(file, toolVersion, entries);
  }

  /**
   * The cached report when the file and its config are unchanged; otherwise the file's
   * fingerprint, to store with its new report.
   */
  lookup(file: string, config: string): { report: FileReport } | { fingerprint: Fingerprint | undefined } {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      this.misses++;
      return { fingerprint: undefined }; // the lint says why it cannot read it
    }
    if (!stat.isFile()) {
      this.misses++;
      return { fingerprint: undefined }; // the lint says it is not a file it reads
    }
    const entry = this.entries.get(file)?.entry;
    // A file that shows messages from a catalog is out of date when the catalog changed.
    if (entry && !dependenciesUnchanged(entry)) {
      this.misses++;
      return fingerprintOf(file, stat);
    }
    if (entry && entry.config === config && entry.size === stat.size && entry.mtimeMs === stat.mtimeMs) {
      this.hits++;
      return { report: unpack(entry.report) };
    }
    let hash: string;
    try {
      hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 32);
    } catch {
      this.misses++;
      return { fingerprint: undefined };
    }
    const fingerprint = { hash, size: stat.size, mtimeMs: stat.mtimeMs };
    if (entry && entry.config === config && entry.hash === hash) {
      // Touched, not changed: keep the report, remember the new time.
      this.entries.set(file, { entry: { ...entry, ...fingerprint } });
      this.dirty = true;
      this.hits++;
      return { report: unpack(entry.report) };
    }
    this.misses++;
    return { fingerprint };
  }

  set(file: string, fingerprint: Fingerprint, config: string, report: FileReport): void {
    const dependsOn = report.dependsOn?.flatMap((dependency): Array<readonly [string, number, number]> => {
      try {
        const stat = statSync(dependency);
        return [[dependency, stat.size, stat.mtimeMs]];
      } catch {
        return [[dependency, -1, -1]];
      }
    });
    this.entries.set(file, {
      entry: { ...fingerprint, config, report: pack(report), ...(dependsOn && dependsOn.length > 0 && { dependsOn }) },
    });
    this.dirty = true;
  }

  private *lines(): Generator<string> {
    yield `${JSON.stringify({ version: CACHE_VERSION, tool: this.toolVersion })}\n`;
    for (const [file, { entry, text }] of this.entries) yield `${text ?? JSON.stringify([file, entry])}\n`;
  }

  /** Writes the cache (forgetting files that no longer exist) when anything changed; throws WriteError. */
  save(): void {
    for (const file of this.entries.keys())
      if (!existsSync(file)) {
        this.entries.delete(file);
        this.dirty = true;
      }
    if (!this.dirty) return;
    writeFileAtomic(this.location, this.lines());
    this.dirty = false;
  }
}
