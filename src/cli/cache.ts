/**
 * The content-hash cache (`--cache`): for each file, the hash of its bytes, the key of the
 * config it was linted with (rules, options, components, pages, size limit, page run: see
 * configKey) and the report. A file is linted again only when its content or config changed;
 * a new Touchpoint version starts a fresh cache. As git's index does, a file whose size and
 * modification time are unchanged is not read again; a touched file is hashed, and kept when
 * its bytes are the same.
 *
 * Stored as one file (`.touchpointcache` by default): a header line, then one JSON line per
 * file (`[path, entry]`, the report in the portable shape of portable.ts with findings as rows; `[path, null]`
 * forgets a file). A run appends the lines that changed, so one edited file does not rewrite
 * the whole cache; the file is rewritten when most of its lines are outdated.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { getRule, type FileReport, type Finding } from '../core/index.js';
import {
  encodeFileReport,
  restoreFinding,
  withFindings,
  type PortableFileReport,
  type PortableFinding,
} from './portable.js';

export const CACHE_FILE = '.touchpointcache';
const CACHE_VERSION = 4;

interface Entry {
  readonly hash: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly config: string;
  readonly report: PackedFileReport;
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

const SEVERITIES = ['error', 'warning', 'info'] as const;

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

export class LintCache {
  hits = 0;
  misses = 0;
  /** Lines to append: changed entries, and null for forgotten files. */
  private readonly dirty = new Map<string, Entry | null>();

  private constructor(
    readonly location: string,
    private readonly toolVersion: string,
    private readonly entries: Map<string, Entry>,
    /** Lines in the file now, for deciding when to rewrite it. */
    private lines: number,
  ) {}

  /** `location` is the cache file, or a folder to keep `.touchpointcache` in. */
  static open(location: string, toolVersion: string): LintCache {
    const file =
      location.endsWith('/') ||
      location.endsWith(path.sep) ||
      (existsSync(location) && statSync(location).isDirectory())
        ? path.join(location, CACHE_FILE)
        : location;
    try {
      const [header, ...lines] = readFileSync(file, 'utf8').split('\n');
      const stored = JSON.parse(header!) as { version?: number; tool?: string };
      if (stored.version === CACHE_VERSION && stored.tool === toolVersion) {
        const entries = new Map<string, Entry>();
        for (const line of lines) {
          if (!line) continue;
          const [name, entry] = JSON.parse(line) as [string, Entry | null];
          if (entry) entries.set(name, entry);
          else entries.delete(name);
        }
        return new LintCache(file, toolVersion, entries, lines.length);
      }
    } catch {
      // No cache yet, or one we cannot read: start afresh.
    }
    return new LintCache(file, toolVersion, new Map(), 0);
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
    const entry = this.entries.get(file);
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
      const touched = { ...entry, ...fingerprint };
      this.entries.set(file, touched);
      this.dirty.set(file, touched);
      this.hits++;
      return { report: unpack(entry.report) };
    }
    this.misses++;
    return { fingerprint };
  }

  set(file: string, fingerprint: Fingerprint, config: string, report: FileReport): void {
    const entry = { ...fingerprint, config, report: pack(report) };
    this.entries.set(file, entry);
    this.dirty.set(file, entry);
  }

  /** Appends what changed (forgetting files that no longer exist), or rewrites a stale file. */
  save(): void {
    for (const file of this.entries.keys())
      if (!existsSync(file)) {
        this.entries.delete(file);
        this.dirty.set(file, null);
      }
    if (this.dirty.size === 0) return;
    mkdirSync(path.dirname(this.location), { recursive: true });
    if (this.lines > 0 && this.lines + this.dirty.size <= 2 * this.entries.size + 100) {
      appendFileSync(this.location, [...this.dirty].map((line) => `${JSON.stringify(line)}\n`).join(''));
      this.lines += this.dirty.size;
    } else {
      const fd = openSync(this.location, 'w');
      try {
        writeSync(fd, `${JSON.stringify({ version: CACHE_VERSION, tool: this.toolVersion })}\n`);
        for (const entry of this.entries) writeSync(fd, `${JSON.stringify(entry)}\n`);
      } finally {
        closeSync(fd);
      }
      this.lines = this.entries.size;
    }
    this.dirty.clear();
  }
}
