// Bundles Touchpoint's faces. The extension is built for Node (cjs) with `vscode` external;
// the CLI is built with nothing external, so a stray `vscode` import in the engine fails the
// CLI build at once. The whole-page axe worker keeps jsdom external (it breaks when bundled)
// and reads axe-core's browser bundle from node_modules. The scorecard page is built for the
// browser (webview.js + webview.css), with no source map: the standalone report inlines it.
import { readFileSync, writeFileSync } from 'node:fs';
import * as esbuild from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  loader: { '.json': 'json' },
  // Some dependencies ship ESM that reads import.meta.url; give the cjs bundle a real one.
  define: { 'import.meta.url': '__importMetaUrl', TOUCHPOINT_VERSION: JSON.stringify(version) },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

// The bundles behind a launcher: whitespace and syntax minified (names kept, for readable stack
// traces), and pure ASCII, which Node reads into a string in half the time of UTF-8. esbuild
// escapes non-ASCII text in strings but leaves regular expressions as written, so the rest is
// escaped here: \uXXXX means the same character in a regular expression, a string, a comment
// and an identifier.
const asciiOnly = {
  name: 'ascii-only',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length > 0) return;
      const file = build.initialOptions.outfile;
      const text = readFileSync(file, 'utf8');
      const escaped = text.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
      if (escaped !== text) writeFileSync(file, escaped);
    });
  },
};
const compact = { minifyWhitespace: true, minifySyntax: true, plugins: [asciiOnly] };
const launcher = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'info' };

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The CLI and its lint workers (--workers): each a small launcher that starts the bundle
  // behind it through V8's code cache (src/launch/codeCache.ts).
  { ...common, ...compact, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.main.js' },
  { ...launcher, entryPoints: ['src/launch/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  {
    ...common,
    ...compact,
    entryPoints: ['src/cli/lintWorker.ts'],
    outfile: 'dist/lintWorker.main.js',
    external: ['jsdom'],
  },
  { ...launcher, entryPoints: ['src/launch/lintWorker.ts'], outfile: 'dist/lintWorker.js' },
  // The language server (`touchpoint-language-server`; the extension starts it as its own process).
  { ...common, ...compact, entryPoints: ['src/server/main.ts'], outfile: 'dist/server.main.js' },
  {
    ...launcher,
    entryPoints: ['src/launch/server.ts'],
    outfile: 'dist/server.js',
    banner: { js: '#!/usr/bin/env node' },
  },
  { ...common, entryPoints: ['src/core/axe/pageWorker.ts'], outfile: 'dist/pageWorker.js', external: ['jsdom'] },
  // The language server's workspace review runs in this worker, off the server's thread.
  { ...common, entryPoints: ['src/server/reviewWorker.ts'], outfile: 'dist/reviewWorker.js' },
  // The scorecard page (browser): loaded by the webview, inlined into the CLI's HTML report.
  {
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    sourcemap: false,
    minify: production,
    logLevel: 'info',
    entryPoints: { webview: 'src/webview/main.ts' },
    outdir: 'dist',
  },
  {
    bundle: true,
    minify: production,
    logLevel: 'info',
    entryPoints: { webview: 'media/scorecard.css' },
    outdir: 'dist',
  },
];

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
