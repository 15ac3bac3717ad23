/** The review of the bundled sample workspace, as the CLI makes it (once per test run). */
import * as path from 'node:path';
import { ConfigLoader, discoverFiles, review, type WorkspaceReport } from '../../../src/core/index.js';

export const SAMPLE = path.join(__dirname, '..', '..', '..', 'sample');

let sample: Promise<WorkspaceReport> | undefined;

export function sampleReport(): Promise<WorkspaceReport> {
  sample ??= (async () => {
    const loader = new ConfigLoader();
    const { files } = await discoverFiles([SAMPLE], await loader.forFile(path.join(SAMPLE, 'any')), SAMPLE);
    return review(
      files.map((file) => ({ path: file })),
      (file) => loader.forFile(file),
    );
  })();
  return sample;
}
