import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ConfigLoader, review, type FileReport, type WorkspaceReport } from '../../../src/core/index.js';
import { forProblems, KeptReview } from '../../../src/server/keptReview.js';

describe('server: the workspace review it keeps for the scorecard', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'touchpoint-kept-'));
  writeFileSync(path.join(root, '.touchpointrc.json'), '{ "root": true, "rules": { "wording/jargon": "warning" } }');
  const file = (name: string) => path.join(root, name);
  const loader = new ConfigLoader();
  const reviewed = (texts: Record<string, string>, cancelled = false): Promise<WorkspaceReport> => {
    for (const [name, text] of Object.entries(texts)) writeFileSync(file(name), text);
    return review(
      Object.keys(texts).map((name) => ({ path: file(name) })),
      (name) => loader.forFile(name),
      { signal: cancelled ? AbortSignal.abort() : undefined },
    );
  };
  const workspace = { root, title: 'kept', toolVersion: '1.0.0', history: [] };

  it('keeps a finished review, and its summary counts what the scorecard shows', async () => {
    const kept = new KeptReview();
    const report = await reviewed({ 'a.html': '<p>Please utilize it.</p>\n', 'b.html': '<p>Fine.</p>\n' });
    const { summary, removed } = kept.reviewed({ files: [file('a.html'), file('b.html')], roots: [root] }, report);
    assert.deepEqual(removed, []);
    assert.equal(summary?.findingCount, 1);
    assert.equal(summary?.checked, 2);
    assert.deepEqual(summary?.files, [file('a.html'), file('b.html')]);
    assert.equal(summary?.history.findings, 1);
    const data = kept.scorecard(workspace, []);
    assert.equal(data.scope, 'review');
    assert.deepEqual(
      data.findings.map((finding) => [finding.file, finding.ruleId]),
      [['a.html', 'wording/jargon']],
    );
  });

  it('an update replaces the files it names, drops those it no longer reviews, and keeps the history point', async () => {
    const kept = new KeptReview();
    const first = await reviewed({ 'a.html': '<p>Please utilize it.</p>\n', 'b.html': '<p>Utilize.</p>\n' });
    const before = kept.reviewed({ files: [file('a.html'), file('b.html')], roots: [root] }, first).summary!;
    assert.equal(before.findingCount, 2);
    // a.html fixed, b.html gone (the update named it and did not review it).
    const again = await reviewed({ 'a.html': '<p>Please use it.</p>\n' });
    const after = kept.reviewed({ files: [file('a.html'), file('b.html')], roots: [root], update: true }, again);
    assert.deepEqual(after.removed, [file('b.html')]);
    assert.equal(after.summary?.findingCount, 0);
    assert.deepEqual(after.summary?.files, [file('a.html')]);
    assert.deepEqual(after.summary?.history, before.history, 'an update is not a review of its own in the history');
    assert.deepEqual(kept.scorecard(workspace, []).findings, []);
  });

  it('a cancelled review, or an update with no review kept, keeps nothing; open documents fill the scorecard', async () => {
    const kept = new KeptReview();
    const cancelled = await reviewed({ 'a.html': '<p>Please utilize it.</p>\n' }, true);
    assert.equal(cancelled.cancelled, true);
    assert.equal(kept.reviewed({ files: [file('a.html')], roots: [root] }, cancelled).summary, null);
    const update = await reviewed({ 'a.html': '<p>Please utilize it.</p>\n' });
    assert.equal(kept.reviewed({ files: [file('a.html')], roots: [root], update: true }, update).summary, null);
    const live = update.files;
    const data = kept.scorecard(workspace, live);
    assert.equal(data.scope, 'open-files');
    assert.equal(data.findings.length, 1);
  });

  it('read back from its compact form, the review draws the same scorecard and exports', async () => {
    const kept = new KeptReview();
    const report = await reviewed({
      'a.html': '<main><img src="x.png"><p>Please utilize it.</p><a href="#">here</a></main>\n',
      'b.html': '<p>We utilize it.</p>\n',
    });
    kept.reviewed({ files: [file('a.html'), file('b.html')], roots: [root] }, report);
    const before = { data: kept.scorecard(workspace, []), json: kept.export({ ...workspace, format: 'json' }, []) };
    // An update that names no file changes nothing, but drops the reports held in memory.
    kept.reviewed({ files: [], roots: [root], update: true }, { ...report, files: [] });
    const after = { data: kept.scorecard(workspace, []), json: kept.export({ ...workspace, format: 'json' }, []) };
    assert.ok(before.data.findings.length >= 3);
    assert.deepEqual({ ...after.data, generatedAt: '' }, { ...before.data, generatedAt: '' });
    assert.deepEqual(after.json.chunks.join(''), before.json.chunks.join(''));
  });

  it('an open document’s latest report stands in for its reviewed one', async () => {
    const kept = new KeptReview();
    const report = await reviewed({ 'a.html': '<p>Please utilize it.</p>\n' });
    kept.reviewed({ files: [file('a.html')], roots: [root] }, report);
    const edited = await reviewed({ 'a.html': '<p>Please use it.</p>\n' });
    assert.deepEqual(kept.scorecard(workspace, edited.files).findings, []);
    const json = kept.export({ ...workspace, format: 'json' }, edited.files).chunks.join('');
    assert.equal((JSON.parse(json) as { files: Array<{ findings: unknown[] }> }).files[0]!.findings.length, 0);
  });

  it('Problems gets at most the budget of a review’s findings, the most severe first, and a note where some are left out', async () => {
    // Each page: one error (an image without alt) and three warnings (jargon).
    const page = '<main><img src="x.png"><p>Utilize.</p><p>Utilize.</p><p>Utilize.</p></main>\n';
    const report = await reviewed({ 'p1.html': page, 'p2.html': page, 'p3.html': page });
    const severities = (file: Pick<FileReport, 'findings'>) => file.findings.map((f) => f.severity);
    assert.deepEqual(severities(report.files[0]!).sort(), ['error', 'warning', 'warning', 'warning']);
    const shown = forProblems(report, 5);
    // The three errors, then two warnings in file order.
    assert.deepEqual(
      shown.files.map((file) => severities(file).sort()),
      [['error', 'warning', 'warning'], ['error'], ['error']],
    );
    assert.equal(
      shown.files.reduce((sum, file) => sum + file.findings.length, 0),
      5,
    );
    assert.deepEqual(
      shown.files.map((file) => file.notices.filter((n) => n.code === 'findings-capped').map((n) => n.count)),
      [[1], [3], [3]],
    );
    assert.match(
      shown.files[1]!.notices[0]!.message,
      /3 more findings in this file: the Problems view lists at most 5/,
    );
    assert.deepEqual(
      Object.keys(shown.files[0]!).sort(),
      ['fileName', 'findings', 'notices'],
      'nothing else goes to Problems',
    );
    assert.equal(shown.files[0]!.findings[0]!.snippet, '', 'not the source a finding quotes');
    // Within the budget, everything.
    assert.deepEqual(forProblems(report).files.map(severities), report.files.map(severities));
  });
});
