/**
 * The review watcher's batches (src/extension/batcher.ts): a burst of changed files is one
 * update of the server's review, and what changes while an update runs goes in the next one.
 */
import assert from 'node:assert/strict';
import { Batcher } from '../../../src/extension/batcher.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(done: () => boolean): Promise<void> {
  while (!done()) await wait(5);
}

describe('Batcher', () => {
  it('gathers a burst into one call, an item added twice once', async () => {
    const calls: string[][] = [];
    const batcher = new Batcher<string>(async (items) => void calls.push(items), 20);
    for (let file = 0; file < 500; file++) batcher.add(`file${file}.tsx`);
    batcher.add('file0.tsx');
    await until(() => calls.length > 0);
    await wait(40);
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.length, 500);
  });

  it('runs one call at a time: items added while one runs go together in the next', async () => {
    const calls: string[][] = [];
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const batcher = new Batcher<string>(async (items) => {
      calls.push(items);
      if (calls.length === 1) await gate;
    }, 5);
    batcher.add('a');
    await until(() => calls.length === 1);
    batcher.add('b');
    batcher.add('c');
    await wait(30);
    assert.deepEqual(calls, [['a']], 'b and c wait while the first call runs');
    open();
    await until(() => calls.length === 2);
    assert.deepEqual(calls, [['a'], ['b', 'c']]);
  });

  it('calls nothing after it is disposed', async () => {
    const calls: string[][] = [];
    const batcher = new Batcher<string>(async (items) => void calls.push(items), 10);
    batcher.add('a');
    batcher.dispose();
    await wait(40);
    assert.deepEqual(calls, []);
  });
});
