/**
 * The extension host loads no engine code: the extension's bundle holds the language client and
 * Touchpoint's light modules only; the engine (TypeScript's parser, axe-core, the rules: about
 * 90 MB of the host's memory when it was loaded there) runs in the language server, which also
 * draws the scorecard, its exports and the rule list.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = path.join(__dirname, '..', '..', '..');

describe('extension: what the extension host loads on activation', function () {
  this.timeout(60_000);

  it('bundles no engine code: core only through its light modules, no TypeScript, axe-core or jsdom', async () => {
    const result = await esbuild.build({
      entryPoints: [path.join(ROOT, 'src', 'extension', 'extension.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
      write: false,
      metafile: true,
      logLevel: 'silent',
      loader: { '.json': 'json' },
      absWorkingDir: ROOT,
    });
    const inputs = Object.keys(result.metafile.inputs);
    const fromCore = inputs.filter((input) => input.startsWith('src/core/')).sort();
    // The export formats' names (the webview protocol), the scorecard page's shell, relative
    // paths, the languages read, the docs address: no engine code behind them.
    assert.deepEqual(fromCore, [
      'src/core/docsBase.ts',
      'src/core/formats/catalog.ts',
      'src/core/formats/html.ts',
      'src/core/parse/languages.ts',
      'src/core/paths.ts',
    ]);
    const heavy = inputs.filter((input) => /node_modules\/(typescript|axe-core|jsdom|parse5)\//.test(input));
    assert.deepEqual(heavy, []);
  });
});
