/**
 * `npm run precision -- real`: how findings meet their verdicts, for Touchpoint and for the peer
 * (`--peer`, eslint-plugin-jsx-a11y), whose verdicts name its own rules.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readVerdicts, verdictFor, type RealFinding, type Verdict } from '../../../bench/precision/real.js';

const finding = (line: number, column: number, rule = 'jsx-a11y/role-supports-aria-props'): RealFinding => ({
  repo: 'app',
  path: 'src/Search.tsx',
  line,
  column,
  rule,
  message: '',
  snippet: '',
  start: 0,
});

const verdict = (line: number, column: number | undefined, kind: Verdict['verdict']): Verdict => ({
  repo: 'app',
  commit: 'c',
  path: 'src/Search.tsx',
  line,
  ...(column === undefined ? {} : { column }),
  rule: 'jsx-a11y/role-supports-aria-props',
  verdict: kind,
  reason: 'r',
});

const byKey = (verdicts: readonly Verdict[]) => {
  const map = new Map<string, Verdict[]>();
  for (const v of verdicts) {
    const key = `${v.repo}|${v.path}|${v.line}|${v.rule}`;
    map.set(key, [...(map.get(key) ?? []), v]);
  }
  return map;
};

describe('precision verdicts', () => {
  it('should give two findings at one place (two attributes of one element) one verdict each', () => {
    const first = verdict(42, 7, 'debatable');
    const second = verdict(42, 7, 'noise');
    const index = byKey([first, second]);
    const used = new Set<Verdict>();
    const a = verdictFor(finding(42, 7), index, used);
    used.add(a!);
    const b = verdictFor(finding(42, 7), index, used);
    assert.deepEqual([a, b], [first, second]);
  });

  it('should match the column when the verdict names one, and any column when it does not', () => {
    const index = byKey([verdict(10, 3, 'keep'), verdict(20, undefined, 'noise')]);
    assert.equal(verdictFor(finding(10, 5), index, new Set()), undefined);
    assert.equal(verdictFor(finding(10, 3), index, new Set())?.verdict, 'keep');
    assert.equal(verdictFor(finding(20, 9), index, new Set())?.verdict, 'noise');
  });

  it('should read the peer’s verdicts with its own rule ids, and refuse them as Touchpoint’s', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'touchpoint-verdicts-'));
    try {
      const file = path.join(folder, 'peer-verdicts.jsonl');
      writeFileSync(file, `${JSON.stringify(verdict(1, 1, 'keep'))}\n`);
      assert.equal(readVerdicts(file, (rule) => rule.startsWith('jsx-a11y/')).length, 1);
      assert.throws(() => readVerdicts(file), /unknown rule jsx-a11y\/role-supports-aria-props/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
