/**
 * The baseline file (`--baseline`): any content read gives a UsageError (or ConfigError) that
 * names the file, or a baseline of the documented shape that applying, pruning and writing
 * again handle; and a baseline written for any report reads back equal and accepts exactly
 * that report's findings.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { ConfigError } from '../../../src/core/index.js';
import { UsageError } from '../../../src/cli/usage.js';
import {
  applyBaseline,
  buildBaseline,
  formatBaseline,
  pruneBaseline,
  readBaseline,
  type Baseline,
} from '../../../src/cli/baseline.js';
import { baselineText, CWD, workspaceReportArbitrary } from './arbitraries.js';
import { assertBaselineShape } from './checks.js';
import { fuzzParameters } from './fuzz.js';

/** Reports with any file names (a file named `__proto__` included: see regressions.test.ts). */
const reports = workspaceReportArbitrary();

describe('fuzz: baseline', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'touchpoint-fuzz-baseline-'));
    mkdirSync(path.join(folder, 'a-folder'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('readBaseline: any content is a UsageError naming the file, or a baseline the CLI can apply, prune and write', () => {
    fc.assert(
      fc.property(baselineText, reports, (text, report) => {
        const file = path.join(folder, 'touchpoint-baseline.json');
        writeFileSync(file, text);
        let baseline: Baseline;
        try {
          baseline = readBaseline(file);
        } catch (error) {
          assert.ok(error instanceof UsageError || error instanceof ConfigError, String(error));
          assert.ok(error.message.includes(file), error.message);
          return;
        }
        // Every count a whole number from 0 (the full shape: see regressions.test.ts).
        for (const rules of Object.values(baseline.files))
          for (const { count } of Object.values(rules)) assert.ok(Number.isInteger(count) && count >= 0);
        // What the CLI does next with it.
        applyBaseline(report, baseline, CWD);
        const pruned = pruneBaseline(baseline, report, CWD);
        assertBaselineShape(pruned);
        writeFileSync(file, formatBaseline(pruned));
        assert.deepEqual(readBaseline(file), pruned);
      }),
      fuzzParameters(0.5),
    );
  });

  it('readBaseline: a folder or a missing file is a UsageError naming it', () => {
    for (const file of [path.join(folder, 'a-folder'), path.join(folder, 'missing.json')])
      assert.throws(
        () => readBaseline(file),
        (error: Error) => error instanceof UsageError && error.message.includes(file),
      );
  });
});

describe('fuzz: baseline round trip', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'touchpoint-fuzz-baseline-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('a baseline written for any report reads back equal and accepts exactly its findings', () => {
    fc.assert(
      fc.property(reports, (report) => {
        const file = path.join(folder, 'touchpoint-baseline.json');
        const baseline = buildBaseline(report, CWD);
        assertBaselineShape(baseline);
        writeFileSync(file, formatBaseline(baseline));
        const read = readBaseline(file);
        assert.deepEqual(read, baseline);
        const applied = applyBaseline(report, read, CWD);
        assert.equal(applied.baselined, report.findingCount);
        assert.equal(applied.report.findingCount, 0);
        assert.deepEqual(applied.stale, []);
        assert.deepEqual(pruneBaseline(read, report, CWD), baseline);
      }),
      fuzzParameters(0.5),
    );
  });
});
