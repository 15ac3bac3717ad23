import assert from 'node:assert/strict';
import { collectGarbage } from '../../../src/server/collect.js';

describe('server: the collection after a review', () => {
  it('collects what nothing holds any more, at once', async () => {
    const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
    let held: Array<{ text: string }> | undefined = Array.from({ length: 1000 }, (_, i) => ({ text: `finding ${i}` }));
    const ref = new WeakRef(held);
    held = undefined;
    await tick(); // a WeakRef keeps its target until the job that made it ends
    collectGarbage();
    await tick();
    assert.equal(ref.deref(), undefined);
  });
});
