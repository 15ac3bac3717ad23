import assert from 'node:assert/strict';
import { lint, rules, scoreTallies } from '../../../src/core/index.js';

describe('score', () => {
  it('should compute weighted pass rates per area, lens and overall', () => {
    const score = scoreTallies(
      {
        'feedback/high-stakes-action-without-pending-state': { examined: 4, failed: 1 }, // critical 10, 0.75
        'feedback/placeholder-link': { examined: 10, failed: 5 }, // serious 7, 0.5
        'wording/jargon': { examined: 20, failed: 0 }, // moderate 3, 1.0
        'navigation/heading-skip': { examined: 0, failed: 0 }, // not applicable
      },
      rules,
    );
    // feedback = (10×0.75 + 7×0.5) / 17 = 64.7 → 65
    assert.equal(score.areas.feedback, 65);
    assert.equal(score.areas.wording, 100);
    assert.equal(score.areas.navigation, null);
    assert.equal(score.areas.errors, null);
    // overall = mean(64.7, 100) = 82.35 → 82
    assert.equal(score.overall, 82);
    // CX: the high-stakes rule only; UX: placeholder-link and jargon = (7×0.5 + 3×1) / 10 = 65
    assert.deepEqual(score.lenses, { CX: { score: 75, findings: 1 }, UX: { score: 65, findings: 5 } });
  });

  it('should give null scores when nothing applied', () => {
    const score = scoreTallies({}, rules);
    assert.equal(score.overall, null);
  });

  it('should score a real report from its findings and opportunities', () => {
    const report = lint('<a href="#">Basket</a><a href="/orders">Orders</a>', 'html');
    assert.deepEqual(report.tallies['feedback/placeholder-link'], { examined: 2, failed: 1 });
    assert.equal(report.score.areas.feedback, 50);
  });
});
