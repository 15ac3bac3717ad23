/**
 * The scorecard page's HTML, for both homes: the standalone report (the `html` format: script,
 * styles and data inline) and the VS Code webview (script and styles loaded from the
 * extension's dist/ folder through webview URIs, the data sent by message). Both get a strict
 * Content-Security-Policy: nothing loads except what carries this page's nonce, no remote
 * content, no inline event handlers.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ScorecardData } from '../scorecard.js';

export interface WebviewAssets {
  /** The webview's `cspSource` (VS Code), allowed for the script and style files. */
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUri: string;
}

export interface InlineAssets {
  readonly script: string;
  readonly style: string;
}

export function createNonce(): string {
  return randomBytes(18).toString('base64');
}

/** The VS Code webview page; the data arrives by message after the page says it is ready. */
export function webviewHtml(assets: WebviewAssets, nonce = createNonce()): string {
  return shell(
    contentSecurityPolicy(nonce, assets.cspSource),
    'Touchpoint scorecard',
    `<link rel="stylesheet" nonce="${nonce}" href="${escapeAttribute(assets.styleUri)}">`,
    `<script nonce="${nonce}" src="${escapeAttribute(assets.scriptUri)}"></script>`,
  );
}

/** The standalone report: one file, the data embedded, works offline and from file://. */
export function standaloneHtml(data: ScorecardData, assets: InlineAssets, nonce = createNonce()): string {
  return shell(
    contentSecurityPolicy(nonce),
    `Touchpoint scorecard: ${escapeText(data.title)}`,
    `<style nonce="${nonce}">\n${assets.style.replace(/<\/style/gi, '<\\/style')}\n</style>`,
    `<script type="application/json" id="touchpoint-data">${embedJson(data)}</script>\n<script nonce="${nonce}">\n${assets.script.replace(/<\/script/gi, '<\\/script')}\n</script>`,
  );
}

/** Nothing loads but this page's own nonce'd script and styles (and, in VS Code, its bundle files). */
function contentSecurityPolicy(nonce: string, bundleSource?: string): string {
  const bundle = bundleSource ? `${bundleSource} ` : '';
  return [
    "default-src 'none'",
    `img-src ${bundle}data:`,
    `style-src ${bundle}'nonce-${nonce}'`,
    ...(bundleSource ? [`font-src ${bundleSource}`] : []),
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function shell(csp: string, title: string, head: string, scripts: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${head}
</head>
<body>
<div id="app"></div>
${scripts}
</body>
</html>
`;
}

/** JSON inside a script element: nothing in it can close the element or start a comment. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/**
 * The built page script and styles (dist/webview.js, dist/webview.css), for the standalone
 * report. The bundles sit next to this code's own bundle; from sources (tests), in dist/.
 */
export function readInlineAssets(): InlineAssets {
  const candidates = [__dirname, path.resolve(__dirname, '../../../dist')];
  for (const dir of candidates) {
    const script = path.join(dir, 'webview.js');
    if (existsSync(script))
      return { script: readFileSync(script, 'utf8'), style: readFileSync(path.join(dir, 'webview.css'), 'utf8') };
  }
  throw new Error(`The scorecard page is not built (no webview.js in ${candidates.join(' or ')}): run npm run build`);
}
