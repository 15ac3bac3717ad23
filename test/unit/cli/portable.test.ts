import assert from 'node:assert/strict';
import * as path from 'node:path';
import { ConfigLoader, decodeFileReport, encodeFileReport, review } from '../../../src/core/index.js';
import { discoverFiles } from '../../../src/core/discover.js';

describe('portable file reports (JSON format, cache, merge)', () => {
  it('should decode to exactly the engine’s report, and be much smaller', async () => {
    const root = path.join(__dirname, '..', '..', '..', 'sample');
    const loader = new ConfigLoader();
    const { files } = await discoverFiles([root], await loader.forFile(path.join(root, 'any')), root);
    const report = await review(
      files.map((file) => ({ path: file })),
      (file) => loader.forFile(file),
    );
    for (const file of report.files) {
      const portable = JSON.parse(JSON.stringify(encodeFileReport(file))) as ReturnType<typeof encodeFileReport>;
      const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
      assert.deepEqual(roundTrip(decodeFileReport(portable)), roundTrip(file), file.fileName);
    }
    const size = (value: unknown) => JSON.stringify(value).length;
    const full = report.files.reduce((sum, file) => sum + size(file), 0);
    const compact = report.files.reduce((sum, file) => sum + size(encodeFileReport(file)), 0);
    assert.ok(compact < full / 2, `${compact} bytes against ${full}`);
  });
});
