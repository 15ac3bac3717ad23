/**
 * The lint cache (`--cache`) on disk: any report stored is read back exactly after any sequence
 * of runs (set, save, open again), and a cache file with any content, or with one row edited
 * anywhere, opens and answers lookups without throwing. What a tampered row may give back is
 * checked strictly in regressions.test.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import type { FileReport } from '../../../src/core/index.js';
import { LintCache } from '../../../src/cli/cache.js';
import { fileReportArbitrary, TAMPERED_VALUES } from './arbitraries.js';
import { cacheFolder, comparable, fingerprintOf, jsonPaths, replaceAt, reportFor } from './checks.js';
import { fuzzParameters } from './fuzz.js';

const TOOL = '9.9.9-fuzz';
const CONFIG = 'config-key';

describe('fuzz: lint cache', () => {
  let folder: string;
  let files: string[];
  let cacheFile: string;
  beforeEach(() => ({ folder, files, cacheFile } = cacheFolder()));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('gives back exactly the report last stored for each file, after any sequence of runs', () => {
    const step = fc.record({ file: fc.nat({ max: 2 }), report: fileReportArbitrary(), reopen: fc.boolean() });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 6 }), (steps) => {
        rmSync(cacheFile, { force: true });
        let cache = LintCache.open(cacheFile, TOOL);
        const last = new Map<string, FileReport>();
        for (const { file: index, report, reopen } of steps) {
          const file = files[index]!;
          const stored = reportFor(report, file);
          cache.set(file, fingerprintOf(file), CONFIG, stored);
          last.set(file, stored);
          if (reopen) {
            cache.save();
            cache = LintCache.open(cacheFile, TOOL);
          }
        }
        cache.save();
        cache = LintCache.open(cacheFile, TOOL);
        for (const [file, expected] of last) {
          const found = cache.lookup(file, CONFIG);
          assert.ok('report' in found, `a hit for ${file}`);
          assert.deepEqual(comparable(found.report), comparable(expected));
        }
        // Another config, another tool version: misses.
        assert.ok('fingerprint' in cache.lookup(files[0]!, 'other-config'));
        assert.ok('fingerprint' in LintCache.open(cacheFile, 'other-version').lookup(files[0]!, CONFIG));
      }),
      fuzzParameters(0.3),
    );
  });

  it('opens any file content as a cache and answers every lookup without throwing', () => {
    const header = JSON.stringify({ version: 4, tool: TOOL });
    const content = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 4 })
        .map((rows) => [header, ...rows.map((row) => JSON.stringify(row))].join('\n')),
      fc
        .tuple(fc.constantFrom(...[0, 1, 2]), fc.jsonValue({ maxDepth: 3 }))
        .map(([index, entry]) => `${header}\n${JSON.stringify([index, entry])}`),
    );
    fc.assert(
      fc.property(content, (text) => {
        writeFileSync(cacheFile, text);
        const cache = LintCache.open(cacheFile, TOOL);
        for (const file of files) cache.lookup(file, CONFIG);
        cache.save();
      }),
      fuzzParameters(0.3),
    );
  });

  it('a row edited anywhere: open and lookup never throw, and a hit holds an array of findings', () => {
    fc.assert(
      fc.property(fileReportArbitrary(), fc.nat(), TAMPERED_VALUES, (report, pick, value) => {
        const file = files[0]!;
        rmSync(cacheFile, { force: true });
        const cache = LintCache.open(cacheFile, TOOL);
        cache.set(file, fingerprintOf(file), CONFIG, reportFor(report, file));
        cache.save();
        const [header, row] = readFileSync(cacheFile, 'utf8').split('\n');
        const [name, entry] = JSON.parse(row!) as [string, { report: unknown }];
        const paths = jsonPaths(entry.report).map((at) => ['report', ...at]);
        const at = paths[pick % paths.length]!;
        writeFileSync(cacheFile, `${header}\n${JSON.stringify([name, replaceAt(entry, at, value)])}\n`);
        const found = LintCache.open(cacheFile, TOOL).lookup(file, CONFIG);
        if ('report' in found) assert.ok(Array.isArray(found.report.findings));
      }),
      fuzzParameters(),
    );
  });
});
