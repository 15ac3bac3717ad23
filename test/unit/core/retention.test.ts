/**
 * Long-lived caches keep nothing of the texts they were filled from. V8 makes a short string read
 * from a long one (a module specifier, a tag name) a slice that keeps the whole text alive, so a
 * cache keyed by such a slice kept each keystroke's text of a file being edited (typing in an
 * import path of a 14,000-line file kept 1 MB a keystroke, up to the cache's 4,096 or 10,000
 * entries). Here: many texts, each with its own import and element shape, linted; after a full
 * collection the heap has not grown by anything like the texts' size.
 */
import assert from 'node:assert/strict';
import { defaultConfig, lint } from '../../../src/core/index.js';
import { detached } from '../../../src/core/detached.js';
import { collectGarbage } from '../../../src/server/collect.js';

const TEXTS = 40;
// Lines of a comment (one long line would look minified, and not be checked).
const PADDING = `${'x'.repeat(79)}\n`.repeat(7_500);

function text(copy: number): string {
  // One-byte characters: each text is 600 KB on the heap.
  // Names of 13 characters or more: V8 copies shorter slices.
  return `import { Thing } from "@example/design-system-${copy}";
/* ${PADDING} */
export const Card = () => <section><h2>Card</h2><Thing /><product-card-details-${copy} /></section>;
`;
}

function heapAfterCollection(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

describe('long-lived caches and the texts they were filled from', () => {
  it('keeps none of the texts linted (module specifiers and element shapes are kept as copies)', function () {
    this.timeout(120_000);
    const config = defaultConfig();
    lint(text(-1), 'tsx', config, { fileName: 'Card.tsx' });
    const before = heapAfterCollection();
    for (let copy = 0; copy < TEXTS; copy++) {
      const report = lint(text(copy), 'tsx', config, { fileName: 'Card.tsx' });
      assert.ok(report.checked, report.notices[0]?.message);
    }
    const grown = heapAfterCollection() - before;
    assert.ok(grown < 8_000_000, `the heap grew by ${Math.round(grown / 1e6)} MB for ${TEXTS} texts of 600 KB`);
  });

  it('detached copies a string', () => {
    const long = `${'a'.repeat(100)}b`;
    assert.equal(detached(long.slice(50)), long.slice(50));
  });
});
