import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CancellationToken, WorkDoneProgressReporter } from 'vscode-languageserver';
import { ConfigLoader, MessageResolver, PageRunner, readSettings } from '../../../src/core/index.js';
import { serveReview, type ReviewContext } from '../../../src/server/review.js';

describe('server: a review brought up to date file by file', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'touchpoint-update-'));
  writeFileSync(path.join(root, '.touchpointrc.json'), '{ "root": true, "rules": { "wording/jargon": "warning" } }');
  const file = (name: string) => path.join(root, name);
  const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };
  const progress = { begin() {}, report() {}, done() {} } as unknown as WorkDoneProgressReporter;
  const pageRunner = new PageRunner({ workers: 0 });
  after(() => pageRunner.close());

  /** A review context that counts the searches of the workspace folders (a config asked for `<root>/any`). */
  function context(covered: ReadonlySet<string>): ReviewContext & { searches: number } {
    const loader = new ConfigLoader();
    const counted = {
      searches: 0,
      settings: readSettings(
        (key) => (key === 'axe' ? false : undefined),
        () => undefined,
      ),
      configFor: (name: string) => {
        if (name === path.join(root, 'any')) counted.searches++;
        return loader.forFile(name);
      },
      openText: () => undefined,
      pageRunner,
      messages: new MessageResolver(),
      configError: () => undefined,
      log: () => undefined,
      covered: (name: string) => covered.has(name),
    };
    return counted;
  }

  it('reviews a file the review covers without searching the folders, a new one after a search, and not a deleted one', async () => {
    writeFileSync(file('a.html'), '<p>Please utilize it.</p>\n');
    writeFileSync(file('b.html'), '<p>We utilize it.</p>\n');
    const update = (files: string[], covered: ReadonlySet<string>) => {
      const ctx = context(covered);
      return serveReview(
        { files, roots: [root], update: true },
        ctx,
        token as unknown as CancellationToken,
        progress,
      ).then((report) => ({ report, searches: ctx.searches }));
    };
    const known = await update([file('a.html')], new Set([file('a.html'), file('b.html')]));
    assert.equal(known.searches, 0, 'no search for a file the review covers');
    assert.deepEqual(
      known.report.files.map((reviewed) => reviewed.findings.map((finding) => finding.ruleId)),
      [['wording/jargon']],
    );
    const created = await update([file('b.html')], new Set([file('a.html')]));
    assert.equal(created.searches, 1, 'a file new to the review is searched for (config include / exclude / skip)');
    assert.deepEqual(
      created.report.files.map((reviewed) => reviewed.fileName),
      [file('b.html')],
    );
    rmSync(file('b.html'));
    const deleted = await update([file('b.html')], new Set([file('a.html'), file('b.html')]));
    assert.deepEqual(deleted.report.files, [], 'a file gone from disk is not reviewed (it leaves the review)');
    assert.equal(deleted.searches, 0);
    // A whole review searches, as before.
    const whole = context(new Set());
    await serveReview(
      { files: [file('a.html')], roots: [root] },
      whole,
      token as unknown as CancellationToken,
      progress,
    );
    assert.equal(whole.searches, 1);
  });
});
