/**
 * The output-format registry (core/formats/registry.ts): every format once, with its own id and
 * file extension, each rendering the sample's report; and the faces using it alike: the
 * scorecard panel's “Export JSON” is the JSON report the CLI writes, which `merge` reads.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import {
  DEFAULT_FORMAT,
  EXPORT_FORMATS,
  FORMAT_INFO,
  JSON_FORMAT_VERSION,
  OUTPUT_FORMATS,
  readJsonReport,
  renderChunks,
  type WorkspaceReport,
} from '../../../src/core/index.js';
import { EXPORT_FORMATS as PAGE_EXPORT_FORMATS } from '../../../src/webview/protocol.js';
import { cliFormatInput, FORMATS } from '../../../src/cli/main.js';
import { KeptReview } from '../../../src/server/keptReview.js';
import { sampleReport, SAMPLE } from '../helpers/sample.js';

const ASSETS = { script: 'document.title;', style: 'body { margin: 0 }' };

describe('output formats: the registry', () => {
  it('has every format once, each with its own id and file extension', () => {
    const ids = OUTPUT_FORMATS.map((format) => format.id);
    const extensions = OUTPUT_FORMATS.map((format) => format.fileExtension);
    assert.equal(new Set(ids).size, ids.length, `ids: ${ids.join(', ')}`);
    assert.equal(new Set(extensions).size, extensions.length, `extensions: ${extensions.join(', ')}`);
    for (const format of OUTPUT_FORMATS) {
      assert.match(format.id, /^[a-z]+$/);
      assert.ok(format.label, format.id);
      assert.match(format.fileExtension, /^[a-z]+(\.[a-z]+)?$/, format.id);
    }
    assert.deepEqual(ids, ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown', 'html', 'summary']);
    assert.deepEqual(
      FORMAT_INFO.map((info) => info.id),
      ids,
    );
  });

  it('is what the CLI takes and the page exports', () => {
    assert.deepEqual(
      [...FORMATS],
      OUTPUT_FORMATS.map((format) => format.id),
    );
    assert.deepEqual(
      OUTPUT_FORMATS.filter((format) => format.cliDefault).map((format) => format.id),
      [DEFAULT_FORMAT],
    );
    assert.deepEqual(
      OUTPUT_FORMATS.filter((format) => format.exportable)
        .map((format) => format.id)
        .sort(),
      [...EXPORT_FORMATS].sort(),
    );
    assert.equal(PAGE_EXPORT_FORMATS, EXPORT_FORMATS);
  });

  it('renders the sample’s report in every format, to text ending in a line feed', async () => {
    const report = await sampleReport();
    for (const format of OUTPUT_FORMATS) {
      const rendered = format.render({
        report,
        root: SAMPLE,
        title: 'sample',
        toolVersion: '1.2.3',
        assets: ASSETS,
      });
      const text = typeof rendered === 'string' ? rendered : rendered.join('');
      assert.ok(text.length > 100, format.id);
      assert.ok(text.endsWith('\n'), format.id);
      assert.doesNotMatch(text, /undefined|\[object Object\]/, format.id);
    }
  });
});

describe('output formats: the faces', () => {
  const version = '1.2.3';
  const cli = (report: WorkspaceReport, format: 'json' | 'sarif') =>
    renderChunks(
      format,
      cliFormatInput(
        report,
        { cwd: SAMPLE, title: path.basename(SAMPLE), baselined: 0, top: 10, color: false },
        version,
      ),
    ).join('');
  // As VS Code's Export buttons get it: from the review the language server keeps.
  const exported = (report: WorkspaceReport, format: 'json' | 'sarif') => {
    const kept = new KeptReview();
    kept.reviewed({ files: [], roots: [SAMPLE] }, report);
    return kept.export({ format, root: SAMPLE, title: 'sample', toolVersion: version, history: [] }, []);
  };

  it('the scorecard’s Export JSON is the JSON report the CLI writes, and merge reads it', async () => {
    const report = await sampleReport();
    const json = exported(report, 'json');
    assert.equal(json.fileName, 'touchpoint-scorecard.json');
    assert.equal(json.label, 'JSON');
    const text = json.chunks.join('');
    assert.equal(text, cli(report, 'json'));
    const parsed = JSON.parse(text) as { tool: string; format: number; files: Array<{ fileName: string }> };
    assert.equal(parsed.tool, 'touchpoint');
    assert.equal(parsed.format, JSON_FORMAT_VERSION);
    assert.ok(
      parsed.files.every((file) => !path.isAbsolute(file.fileName)),
      'paths relative to the root',
    );
    const back = readJsonReport(parsed, 'touchpoint-scorecard.json', SAMPLE);
    assert.equal(back.report.findingCount, report.findingCount);
    assert.deepEqual(back.report.score.overall, report.score.overall);
    assert.deepEqual(
      back.report.files.map((file) => file.fileName),
      report.files.map((file) => file.fileName),
    );
  });

  it('the scorecard’s Export SARIF is the CLI’s SARIF', async () => {
    const report = await sampleReport();
    const sarif = exported(report, 'sarif');
    assert.equal(sarif.fileName, 'touchpoint-scorecard.sarif');
    assert.equal(sarif.chunks.join(''), cli(report, 'sarif'));
  });
});
