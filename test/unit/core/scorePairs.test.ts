/**
 * Issue 14, item 1: the score tells a broken page from its repaired twin. Every pair in
 * test/fixtures/score-pairs/ is reviewed as the CLI reviews it by default (the static rules and
 * the whole-page axe run) and its manifest entry says what to expect:
 *   severe     the broken page fails critical or serious checks: the repaired one scores at
 *              least 25 points higher overall;
 *   mild       only moderate or minor checks fail: higher overall, by less;
 *   uncounted  only low-confidence findings (axe “needs review”): no score moves, the count does.
 * In every pair each touched area scores higher when repaired (equal for “uncounted”), and no
 * untouched area scores lower.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  AREAS,
  configFromObject,
  PageRunner,
  review,
  type Area,
  type FileReport,
  type ResolvedConfig,
} from '../../../src/core/index.js';

const PAIRS = path.resolve(__dirname, '../../fixtures/score-pairs');
const GAP = 25;

interface Pair {
  readonly pair: string;
  readonly language: 'html' | 'tsx';
  readonly touched: readonly Area[];
  readonly expect: 'severe' | 'mild' | 'uncounted';
}

const manifest = JSON.parse(readFileSync(path.join(PAIRS, 'manifest.json'), 'utf8')) as Pair[];
const fileOf = (entry: Pair, twin: 'broken' | 'repaired') =>
  path.join(PAIRS, entry.pair, `${twin}.${entry.language === 'tsx' ? 'tsx' : 'html'}`);

/** The preset, with globs and page depth measured from the pairs folder (as `-c all-rules.json` does). */
const preset = (name: string): ResolvedConfig => ({
  ...configFromObject({ extends: name as 'touchpoint:all' }),
  baseDirectory: PAIRS,
});

describe('score pairs: broken and repaired pages (test/fixtures/score-pairs)', function () {
  this.timeout(300_000);
  let runner: PageRunner;
  const reports = new Map<string, Map<string, FileReport>>();

  before(async () => {
    runner = new PageRunner({ workers: 1 });
    const files = manifest.flatMap((entry) => [fileOf(entry, 'broken'), fileOf(entry, 'repaired')]);
    for (const name of ['touchpoint:all', 'touchpoint:recommended']) {
      const report = await review(
        files.map((file) => ({ path: file })),
        preset(name),
        { pageRunner: runner },
      );
      reports.set(name, new Map(report.files.map((file) => [file.fileName, file])));
    }
  });
  after(() => runner.close());

  const scores = (name: string, entry: Pair) => {
    const byFile = reports.get(name)!;
    const broken = byFile.get(fileOf(entry, 'broken'))!;
    const repaired = byFile.get(fileOf(entry, 'repaired'))!;
    assert.ok(broken.checked && repaired.checked, `${entry.pair}: both files checked`);
    return { broken: broken.score, repaired: repaired.score, brokenReport: broken };
  };

  it('should hold at least 25 severe pairs, covering all five areas', () => {
    const severe = manifest.filter((entry) => entry.expect === 'severe');
    assert.ok(severe.length >= 25, `${severe.length} severe pairs`);
    assert.deepEqual(new Set(severe.flatMap((entry) => entry.touched)), new Set(AREAS));
  });

  for (const entry of manifest) {
    it(`${entry.pair} (${entry.expect}): the repair raises the score where it touched and nowhere lowers it`, () => {
      const { broken, repaired, brokenReport } = scores('touchpoint:all', entry);
      const gap = repaired.overall! - broken.overall!;
      const detail = `overall ${broken.overall} → ${repaired.overall}; areas ${JSON.stringify(broken.areas)} → ${JSON.stringify(repaired.areas)}`;
      if (entry.expect === 'severe') {
        assert.ok(
          brokenReport.findings.some(
            (finding) =>
              finding.confidence === 'high' && (finding.impact === 'critical' || finding.impact === 'serious'),
          ),
          `${entry.pair}: the broken page has a counted critical or serious finding`,
        );
        assert.ok(gap >= GAP, `${entry.pair}: gap ${gap} < ${GAP} (${detail})`);
      } else if (entry.expect === 'mild') assert.ok(gap > 0, `${entry.pair}: gap ${gap} (${detail})`);
      else {
        assert.equal(gap, 0, `${entry.pair}: ${detail}`);
        assert.ok(broken.counts.uncertain > repaired.counts.uncertain, `${entry.pair}: low-confidence findings`);
      }
      for (const area of AREAS) {
        const before = broken.areas[area];
        const after = repaired.areas[area];
        if (before === null) continue; // the repair may bring an area into play (a form gets labels)
        assert.notEqual(after, null, `${entry.pair}: ${area} still scored`);
        // A touched area whose problems only a twin reports (axe's landmark rule, dropped for
        // navigation/missing-landmarks) does not move; it must not fall either.
        const hasCounted = broken.rules.some((rule) => rule.area === area && rule.failed > 0);
        if (entry.touched.includes(area) && entry.expect !== 'uncounted' && hasCounted)
          assert.ok(after! > before, `${entry.pair}: touched ${area} ${before} → ${after}`);
        else assert.ok(after! >= before, `${entry.pair}: ${area} ${before} → ${after}`);
      }
    });
  }

  it('should not let a repair lower any score with the recommended preset either', () => {
    const problems: string[] = [];
    for (const entry of manifest) {
      const { broken, repaired } = scores('touchpoint:recommended', entry);
      for (const key of ['overall', ...AREAS] as const) {
        const before = key === 'overall' ? broken.overall : broken.areas[key];
        const after = key === 'overall' ? repaired.overall : repaired.areas[key];
        if (before !== null && (after === null || after < before))
          problems.push(`${entry.pair} ${key} ${before} → ${after}`);
      }
      for (const lens of ['UX', 'CX'] as const) {
        const before = broken.lenses[lens].score;
        const after = repaired.lenses[lens].score;
        if (before !== null && (after === null || after < before))
          problems.push(`${entry.pair} ${lens} ${before} → ${after}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
