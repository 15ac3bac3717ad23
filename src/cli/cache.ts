/**
 * The content-hash cache (`--cache`): for each file, the hash of its bytes, the key of the
 * config it was linted with (rules, options, components, pages, size limit: see configKey) and
 * the report. A file is linted again only when one of them changed; a new Touchpoint version
 * starts a fresh cache. Stored as one file (`.touchpointcache` by default): a header line,
 * then a JSON line per file with its report in the portable shape (portable.ts).
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import type { FileReport } from '../core/index.js';
import { decodeFileReport, encodeFileReport, type PortableFileReport } from './portable.js';

export const CACHE_FILE = '.touchpointcache';
const CACHE_VERSION = 2;

interface Entry {
  readonly hash: string;
  readonly config: string;
  readonly report: PortableFileReport;
}

export class LintCache {
  private readonly entries: Map<string, Entry>;
  hits = 0;
  misses = 0;
  private changed = false;

  private constructor(
    readonly location: string,
    private readonly toolVersion: string,
    entries: Record<string, Entry>,
  ) {
    this.entries = new Map(Object.entries(entries));
  }

  /** `location` is the cache file, or a folder to keep `.touchpointcache` in. */
  static open(location: string, toolVersion: string): LintCache {
    const file =
      location.endsWith('/') ||
      location.endsWith(path.sep) ||
      (existsSync(location) && statSync(location).isDirectory())
        ? path.join(location, CACHE_FILE)
        : location;
    try {
      // One line per file after a header line: no single string has to hold the whole cache.
      const [header, ...lines] = readFileSync(file, 'utf8').split('\n');
      const stored = JSON.parse(header!) as { version?: number; tool?: string };
      if (stored.version === CACHE_VERSION && stored.tool === toolVersion) {
        const entries: Record<string, Entry> = {};
        for (const line of lines) {
          if (!line) continue;
          const [name, entry] = JSON.parse(line) as [string, Entry];
          entries[name] = entry;
        }
        return new LintCache(file, toolVersion, entries);
      }
    } catch {
      // No cache yet, or one we cannot read: start afresh.
    }
    return new LintCache(file, toolVersion, {});
  }

  static hash(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  }

  get(file: string, hash: string, config: string): FileReport | undefined {
    const entry = this.entries.get(file);
    const hit = entry && entry.hash === hash && entry.config === config ? decodeFileReport(entry.report) : undefined;
    if (hit) this.hits++;
    else this.misses++;
    return hit;
  }

  set(file: string, hash: string, config: string, report: FileReport): void {
    this.entries.set(file, { hash, config, report: encodeFileReport(report) });
    this.changed = true;
  }

  /** Writes the cache when something changed, forgetting files that no longer exist. */
  save(): void {
    for (const file of this.entries.keys())
      if (!existsSync(file)) {
        this.entries.delete(file);
        this.changed = true;
      }
    if (!this.changed) return;
    mkdirSync(path.dirname(this.location), { recursive: true });
    const fd = openSync(this.location, 'w');
    try {
      writeSync(fd, `${JSON.stringify({ version: CACHE_VERSION, tool: this.toolVersion })}\n`);
      for (const entry of this.entries) writeSync(fd, `${JSON.stringify(entry)}\n`);
    } finally {
      closeSync(fd);
    }
  }
}
