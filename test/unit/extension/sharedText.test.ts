import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ConfigLoader, review } from '../../../src/core/index.js';
import { shareRepeatedText } from '../../../src/extension/sharedText.js';

describe('extension: a review report with its repeated text shared', () => {
  it('keeps every finding as the server sent it', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'touchpoint-shared-'));
    writeFileSync(path.join(root, '.touchpointrc.json'), '{ "root": true, "rules": { "wording/jargon": "warning" } }');
    for (const name of ['a.html', 'b.html'])
      writeFileSync(
        path.join(root, name),
        '<main><img src="x.png"><p>We utilize it.</p><p>Please utilize the form.</p></main>\n',
      );
    const loader = new ConfigLoader();
    const report = await review(
      ['a.html', 'b.html'].map((name) => ({ path: path.join(root, name) })),
      (file) => loader.forFile(file),
    );
    const sent = JSON.stringify(report);
    assert.ok(report.findingCount >= 4, sent);
    assert.deepEqual(shareRepeatedText(JSON.parse(sent)), JSON.parse(sent));
  });
});
