import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ConfigLoader, review } from '../../../src/core/index.js';
import { packReport, unpackReport } from '../../../src/server/packedReport.js';

describe('server: a review report packed for the client', () => {
  it('unpacks, after a trip through JSON, to the report the server made, its findings in under half their size', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'touchpoint-packed-'));
    writeFileSync(path.join(root, '.touchpointrc.json'), '{ "root": true, "rules": { "wording/jargon": "warning" } }');
    const page =
      '<main><img src="x.png"><p>We utilize it.</p><p>Please utilize the form.</p><a href="#">here</a></main>\n';
    const names = Array.from({ length: 30 }, (_, i) => `page${i}.html`);
    for (const name of names) writeFileSync(path.join(root, name), page);
    const loader = new ConfigLoader();
    const report = await review(
      names.map((name) => ({ path: path.join(root, name) })),
      (file) => loader.forFile(file),
    );
    assert.ok(report.findingCount >= 90, `${report.findingCount} findings`);
    assert.ok(report.files.some((file) => file.findings.some((finding) => finding.metrics.length > 0)));
    const plain = JSON.stringify(report);
    const packed = JSON.stringify(packReport(report));
    assert.deepEqual(unpackReport(JSON.parse(packed)), JSON.parse(plain));
    // The findings, which a large review is mostly made of, travel in under half their JSON.
    const findings = (text: string) => {
      const value = JSON.parse(text) as { files?: unknown[]; report?: { files: unknown[] }; strings?: string[] };
      const files = (value.report?.files ?? value.files!) as Array<{ findings: unknown }>;
      return JSON.stringify([files.map((file) => file.findings), value.strings ?? []]).length;
    };
    assert.ok(findings(packed) < findings(plain) * 0.5, `findings: ${findings(packed)} of ${findings(plain)}`);
  });
});
