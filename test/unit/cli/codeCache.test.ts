/**
 * The launcher's V8 code cache (src/launch/codeCache.ts) in this process: a bundle run with no
 * cache may have its cache written early, when it asks (as the lint worker does after its first
 * file and the language server after its warm-up), once; a cache V8 takes is not written again.
 * The CLI's end-to-end test of the cache is in cli.test.ts.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pendingCodeCache, runBundle } from '../../../src/launch/codeCache.js';

describe('the code cache', () => {
  const saved = { TMPDIR: process.env.TMPDIR, TOUCHPOINT_CODE_CACHE: process.env.TOUCHPOINT_CODE_CACHE };
  afterEach(() => {
    for (const [key, value] of Object.entries(saved))
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
  });

  function bundle(): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'touchpoint-bundle-'));
    const file = path.join(folder, 'sample.main.js');
    // Functions that run after loading, so the cache holds more than the top level.
    writeFileSync(file, 'exports.total = (n) => { let t = 0; for (let i = 0; i < n; i++) t += i; return t; };\n');
    return file;
  }

  it('is written when the bundle asks, once, and then read instead of written', () => {
    const temp = mkdtempSync(path.join(tmpdir(), 'touchpoint-tmp-'));
    process.env.TMPDIR = temp;
    delete process.env.TOUCHPOINT_CODE_CACHE;
    const file = bundle();
    const first = runBundle(file, false) as { total(n: number): number };
    assert.equal(first.total(5), 10);
    const write = pendingCodeCache();
    assert.ok(write, 'no cache yet: one to write');
    write();
    const folder = path.join(temp, 'touchpoint-code-cache');
    const [cache] = readdirSync(folder);
    assert.match(cache!, /^sample\.main-[0-9a-f]{16}\.v8$/);
    const writtenAt = statSync(path.join(folder, cache!)).mtimeMs;
    assert.equal(pendingCodeCache(), undefined, 'written: nothing left to write');
    write();
    assert.equal(statSync(path.join(folder, cache!)).mtimeMs, writtenAt, 'asked again, it writes nothing');

    const second = runBundle(file, false) as { total(n: number): number };
    assert.equal(second.total(4), 6);
    assert.equal(pendingCodeCache(), undefined, 'the cache was taken: nothing to write');
    assert.deepEqual(readdirSync(folder), [cache]);
  });

  it('is neither read nor written when turned off', () => {
    const temp = mkdtempSync(path.join(tmpdir(), 'touchpoint-tmp-'));
    process.env.TMPDIR = temp;
    process.env.TOUCHPOINT_CODE_CACHE = '0';
    runBundle(bundle(), false);
    assert.equal(pendingCodeCache(), undefined);
    assert.ok(!existsSync(path.join(temp, 'touchpoint-code-cache')));
  });
});
