import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import {
  defaultConfig,
  languageForFile,
  SOURCE_GLOB,
  SUPPORTED_EXTENSIONS,
  SUPPORTED_LANGUAGE_IDS,
} from '../../../src/core/index.js';
import { REVIEW_EXCLUDE, REVIEW_GLOB } from '../../../src/server/protocol.js';
import { reviewableFiles } from '../../../src/server/reviewFiles.js';

describe('server: the files Review Workspace covers', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'touchpoint-review-files-'));
    for (const name of [
      'index.html',
      'src/App.tsx',
      'src/server.mts',
      'src/legacy.cts',
      'src/types.d.mts',
      'src/App.test.tsx',
      'notes.md',
      'node_modules/lib/index.mts',
    ]) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), '<p>Hello</p>\n');
    }
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('should look for every extension core reads, .mts and .cts included', () => {
    // Every source extension, and JSON (of which only message catalogs are kept).
    assert.equal(REVIEW_GLOB, SOURCE_GLOB.replace(/\}$/, ',json}'));
    assert.ok(picomatch(REVIEW_GLOB)('src/locales/en/translation.json'));
    assert.ok(SUPPORTED_EXTENSIONS.includes('.mts') && SUPPORTED_EXTENSIONS.includes('.cts'));
    const matches = picomatch(REVIEW_GLOB);
    for (const extension of SUPPORTED_EXTENSIONS) {
      assert.ok(matches(`src/deep/file${extension}`), extension);
      assert.ok(languageForFile(`file${extension}`), extension);
    }
    assert.equal(matches('notes.md'), false);
  });

  it('should review .mts and .cts files found in a folder, as the CLI does', async () => {
    // What VS Code's findFiles gives for the glob (files.exclude aside).
    const found = await glob([REVIEW_GLOB], { cwd: root, absolute: true, ignore: [REVIEW_EXCLUDE] });
    const files = await reviewableFiles(found, [root], async () => defaultConfig());
    assert.deepEqual(
      files.map((file) => path.relative(root, file).split(path.sep).join('/')),
      ['index.html', 'src/App.tsx', 'src/legacy.cts', 'src/server.mts'],
      'declarations, tests and node_modules left out',
    );
  });

  it('should leave out files outside the workspace folders, and folders with nothing to review', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'touchpoint-review-empty-'));
    try {
      const files = await reviewableFiles([path.join(root, 'src', 'server.mts')], [empty], async () => defaultConfig());
      assert.deepEqual(files, []);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('should activate on the languages touchpoint.validate checks by default, and offer every one core checks', () => {
    const manifest = JSON.parse(readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as {
      activationEvents: string[];
      contributes: {
        configuration: { properties: Record<string, { default: string[]; items: { enum: string[] } }> };
      };
    };
    const validate = manifest.contributes.configuration.properties['touchpoint.validate']!;
    const languages = manifest.activationEvents
      .filter((event) => event.startsWith('onLanguage:'))
      .map((event) => event.slice('onLanguage:'.length));
    assert.deepEqual([...languages].sort(), [...validate.default].sort());
    assert.deepEqual([...validate.items.enum].sort(), [...SUPPORTED_LANGUAGE_IDS].sort());
    assert.ok(
      !languages.includes('javascript') && !languages.includes('typescript'),
      'plain .js / .ts: only when asked',
    );
  });
});
