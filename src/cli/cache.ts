/**
 * The content-hash cache (`--cache`): for each file, the hash of its bytes, the key of the
 * config it was linted with (rules, options, components, pages, size limit: see configKey) and
 * the report. A file is linted again only when one of them changed; a new Touchpoint version
 * starts a fresh cache. Stored as one JSON file (`.touchpointcache` by default).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FileReport } from '../core/index.js';

export const CACHE_FILE = '.touchpointcache';
const CACHE_VERSION = 1;

interface Entry {
  readonly hash: string;
  readonly config: string;
  readonly report: FileReport;
}

export class LintCache {
  private readonly entries: Map<string, Entry>;
  hits = 0;
  misses = 0;

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
      const stored = JSON.parse(readFileSync(file, 'utf8')) as {
        version?: number;
        tool?: string;
        entries?: Record<string, Entry>;
      };
      if (stored.version === CACHE_VERSION && stored.tool === toolVersion && stored.entries)
        return new LintCache(file, toolVersion, stored.entries);
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
    const hit = entry && entry.hash === hash && entry.config === config ? entry.report : undefined;
    if (hit) this.hits++;
    else this.misses++;
    return hit;
  }

  set(file: string, hash: string, config: string, report: FileReport): void {
    this.entries.set(file, { hash, config, report });
  }

  /** Forgets files that no longer exist. */
  save(): void {
    for (const file of this.entries.keys()) if (!existsSync(file)) this.entries.delete(file);
    mkdirSync(path.dirname(this.location), { recursive: true });
    writeFileSync(
      this.location,
      JSON.stringify({ version: CACHE_VERSION, tool: this.toolVersion, entries: Object.fromEntries(this.entries) }),
    );
  }
}
