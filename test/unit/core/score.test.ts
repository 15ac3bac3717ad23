import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  AREAS,
  combineReports,
  lint,
  rulePenalty,
  rules,
  scoredFiles,
  scoreFiles,
  scoreTallies,
  type RuleTally,
  type Score,
} from '../../../src/core/index.js';

/** Every number a score holds, by name: overall, each area, each lens. */
function numbers(score: Score): Record<string, number | null> {
  return {
    overall: score.overall,
    ...Object.fromEntries(AREAS.map((area) => [area, score.areas[area]])),
    UX: score.lenses.UX.score,
    CX: score.lenses.CX.score,
  };
}

/** Scores that fell from `before` to `after` (or were lost). */
function fell(before: Score, after: Score): string[] {
  const a = numbers(before);
  const b = numbers(after);
  return Object.keys(a).filter((key) => a[key] !== null && (b[key] === null || b[key]! < a[key]!));
}

/** Scores that rose from `before` to `after` (a score that appears is not a rise). */
function rose(before: Score, after: Score): string[] {
  const a = numbers(before);
  const b = numbers(after);
  return Object.keys(a).filter((key) => a[key] !== null && b[key] !== null && b[key]! > a[key]!);
}

const ruleIds = rules.map((rule) => rule.id);
const talliesArbitrary = fc.dictionary(
  fc.constantFrom(...ruleIds),
  // A rule examines at least the elements it reports.
  fc
    .record({ clean: fc.nat({ max: 40 }), failed: fc.nat({ max: 6 }) })
    .map(({ clean, failed }): RuleTally => ({ examined: clean + failed, failed })),
  { maxKeys: 12 },
);

describe('score (formula 2)', () => {
  it('should take a share off per failing rule, by impact, growing by half for each further finding', () => {
    assert.equal(rulePenalty('critical', 0), 0);
    assert.equal(rulePenalty('critical', 1), 0.5);
    assert.equal(rulePenalty('serious', 1), 0.3);
    assert.equal(rulePenalty('serious', 2), 0.3 * 1.25);
    assert.equal(rulePenalty('moderate', 1), 0.15);
    assert.equal(rulePenalty('minor', 1), 0.05);
    assert.ok(rulePenalty('critical', 1000) <= 0.75);
  });

  it('should work an example out: products per area, lens and overall', () => {
    const score = scoreTallies(
      {
        'feedback/high-stakes-action-without-pending-state': { examined: 4, failed: 1 }, // critical CX: × 0.5
        'feedback/placeholder-link': { examined: 10, failed: 2 }, // serious UX: × (1 − 0.375)
        'wording/jargon': { examined: 20, failed: 0 }, // × 1
        'navigation/heading-skip': { examined: 0, failed: 0 }, // not applicable
      },
      rules,
    );
    assert.equal(score.areas.feedback, 31); // 100 × 0.5 × 0.625 = 31.25
    assert.equal(score.areas.wording, 100);
    assert.equal(score.areas.navigation, null);
    assert.equal(score.areas.errors, null);
    assert.equal(score.overall, 31);
    assert.deepEqual(score.lenses, { CX: { score: 50, findings: 1 }, UX: { score: 63, findings: 2 } });
    assert.deepEqual(score.counts, { counted: 3, uncertain: 0, excused: 0 });
  });

  it('should give null scores when nothing applied', () => {
    const score = scoreTallies({}, rules);
    assert.equal(score.overall, null);
    assert.ok(AREAS.every((area) => score.areas[area] === null));
  });

  it('should cap an area and the page at 50 with one critical finding, at 70 with one serious', () => {
    const critical = lint('<img src="chart.png"><img src="a.png" alt="A">', 'html');
    assert.equal(critical.score.areas.a11y, 50);
    assert.ok(critical.score.overall! <= 50);
    const serious = lint('<a href="#">Basket</a><a href="/orders">Orders</a>', 'html');
    assert.deepEqual(serious.tallies['feedback/placeholder-link'], { examined: 2, failed: 1 });
    assert.equal(serious.score.areas.feedback, 70);
    assert.ok(serious.score.overall! <= 70);
  });

  describe('monotone (property)', () => {
    it('fixing a finding never lowers a score, adding one never raises it', () => {
      fc.assert(
        fc.property(talliesArbitrary, fc.constantFrom(...ruleIds), (tallies, ruleId) => {
          const base = scoreTallies(tallies, rules);
          const current: RuleTally = tallies[ruleId] ?? { examined: 0, failed: 0 };
          const added = scoreTallies(
            { ...tallies, [ruleId]: { examined: current.examined + 1, failed: current.failed + 1 } },
            rules,
          );
          assert.deepEqual(rose(base, added), [], 'adding a finding raised a score');
          if (current.failed > 0) {
            const fixed = scoreTallies({ ...tallies, [ruleId]: { ...current, failed: current.failed - 1 } }, rules);
            assert.deepEqual(fell(base, fixed), [], 'fixing a finding lowered a score');
          }
        }),
        { seed: 14, numRuns: 300 },
      );
    });

    it('in the workspace too: fixing a finding in one file never lowers the workspace score', () => {
      fc.assert(
        fc.property(
          fc.array(talliesArbitrary, { minLength: 1, maxLength: 6 }),
          fc.nat(),
          fc.constantFrom(...ruleIds),
          (files, pick, ruleId) => {
            const index = pick % files.length;
            const tallies = files[index]!;
            const current = tallies[ruleId];
            fc.pre(current !== undefined && current.failed > 0);
            const fixedFiles = files.map((file, i) =>
              i === index ? { ...file, [ruleId]: { ...current!, failed: current!.failed - 1 } } : file,
            );
            const before = scoreFiles(files.map((file) => scoreTallies(file, rules)));
            const after = scoreFiles(fixedFiles.map((file) => scoreTallies(file, rules)));
            assert.deepEqual(fell(before, after), []);
          },
        ),
        { seed: 14, numRuns: 300 },
      );
    });
  });

  describe('not diluted', () => {
    it('clean elements do not change a page’s score', () => {
      const page = (clean: number) =>
        lint(
          `<main><h1>Photos</h1>\n<img src="x.png">\n${'<img src="y.png" alt="A view">\n'.repeat(clean)}</main>`,
          'html',
        );
      const few = page(1).score;
      const many = page(200).score;
      assert.equal(few.areas.a11y, 50);
      assert.deepEqual(numbers(many), numbers(few));
    });

    it('clean files do not change a failing page’s own score, and it stays first in the list', () => {
      const broken = lint('<a href="#">Pay</a><img src="x.png">', 'html', undefined, { fileName: '/w/checkout.html' });
      const clean = Array.from({ length: 40 }, (_, i) =>
        lint(`<a href="/p/${i}">Product ${i}</a>`, 'html', undefined, { fileName: `/w/p${i}.html` }),
      );
      const alone = combineReports([broken]);
      const diluted = combineReports([...clean, broken]);
      const listed = scoredFiles(diluted, '/w');
      assert.equal(listed[0]!.file, 'checkout.html');
      assert.deepEqual(listed[0]!.score.areas, broken.score.areas);
      assert.equal(listed[0]!.score.overall, alone.score.overall);
      // The workspace's number is the mean of the files' numbers.
      const mean = Math.round(listed.reduce((sum, file) => sum + file.score.overall!, 0) / listed.length);
      assert.equal(diluted.score.overall, mean);
      assert.equal(diluted.score.files, 41);
    });
  });

  describe('noise-proof', () => {
    const links = '<a href="#">Basket</a><a href="/orders">Orders</a>';

    it('does not count findings suppressed with a reason, and says how many there are', () => {
      const clean = lint('<a href="/basket">Basket</a><a href="/orders">Orders</a>', 'html');
      const excused = lint(
        `<!-- touchpoint-disable-next-line feedback/placeholder-link -- opens the basket drawer, tracked in SHOP-12 -->\n${links}`,
        'html',
      );
      assert.equal(excused.findings.length, 0);
      assert.equal(excused.score.areas.feedback, clean.score.areas.feedback);
      assert.equal(excused.score.counts.excused, 1);
    });

    it('still counts a finding suppressed without a reason (hidden, not excused)', () => {
      const hidden = lint(`<!-- touchpoint-disable-next-line feedback/placeholder-link -->\n${links}`, 'html');
      assert.equal(hidden.findings.length, 0);
      assert.equal(hidden.score.areas.feedback, 70);
      assert.equal(hidden.score.counts.excused, 0);
    });

    it('does not count low-confidence findings, and says how many there are', () => {
      // The engine tallies them apart (score pair 26 has only axe “needs review” findings).
      const counted = scoreTallies({ 'a11y/duplicate-id-aria': { examined: 3, failed: 0, uncertain: 3 } }, rules);
      assert.equal(counted.areas.a11y, 100);
      assert.deepEqual(counted.counts, { counted: 0, uncertain: 3, excused: 0 });
    });
  });

  describe('lenses', () => {
    it('a page with only CX problems scores clearly lower on CX than UX, and the reverse', () => {
      const cxOnly = lint('<main><h1>Team</h1><img src="team.jpg"></main>', 'html').score;
      assert.equal(cxOnly.lenses.UX.score, 100);
      assert.ok(cxOnly.lenses.CX.score! <= 50, `CX ${cxOnly.lenses.CX.score}`);
      const uxOnly = lint('<main><h1>Basket</h1><a href="#">Checkout</a></main>', 'html').score;
      assert.equal(uxOnly.lenses.CX.score, 100);
      assert.ok(uxOnly.lenses.UX.score! <= 70, `UX ${uxOnly.lenses.UX.score}`);
    });
  });

  describe('coverage', () => {
    it('labels an area that rests on fewer than five examinations as thin', () => {
      const score = lint('<a href="/a">A</a>', 'html').score;
      assert.equal(score.basis.feedback.thin, true);
      assert.ok(score.basis.feedback.examined < 5);
      const wide = lint(Array.from({ length: 8 }, (_, i) => `<a href="/p/${i}">Product ${i}</a>`).join(''), 'html');
      assert.equal(wide.score.basis.feedback.thin, false);
    });
  });
});
