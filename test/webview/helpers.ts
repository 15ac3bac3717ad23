/**
 * Helpers for the scorecard page tests: Debian's Chromium through playwright-core, the page
 * served over local HTTP as VS Code would (script and styles from dist/, CSP with a nonce),
 * a stubbed `acquireVsCodeApi` that records what the page posts and its saved state, and
 * scorecard data from real reviews: the sample workspace, and a tiny one that checks little.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  combineReports,
  ConfigLoader,
  defaultConfig,
  lint,
  review,
  scorecardData,
  SCORE_FORMULA_VERSION,
  webviewHtml,
  type ScorecardData,
} from '../../src/core/index.js';
import { discoverFiles } from '../../src/core/discover.js';

export const ROOT = path.join(__dirname, '..', '..');
export const OUTPUT = path.join(ROOT, 'test-output');
const DIST = path.join(ROOT, 'dist');

export { launchChromium as launch } from '../chromium.js';

/** Serves the webview page at / and the built bundles at /dist/…; remembers every request. */
export async function serveWebview(): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  let origin = '';
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (request.url === '/') {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(
        webviewHtml({
          cspSource: origin,
          scriptUri: `${origin}/dist/webview.js`,
          styleUri: `${origin}/dist/webview.css`,
        }),
      );
      return;
    }
    const match = /^\/dist\/(webview\.(?:js|css))$/.exec(request.url ?? '');
    if (!match) {
      // Chromium asks for /favicon.ico on its own; a webview never does.
      response.statusCode = request.url === '/favicon.ico' ? 204 : 404;
      response.end();
      return;
    }
    response.setHeader('content-type', match[1]!.endsWith('.js') ? 'text/javascript' : 'text/css');
    response.end(readFileSync(path.join(DIST, match[1]!)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: `${origin}/`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Opens the webview page with a stub of VS Code's API: posted messages land in
 * `window.__posted`, saved state in `window.__state` (starting from `state`).
 */
export async function openWebview(
  browser: Browser,
  url: string,
  options: { state?: unknown; width?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({
    viewport: { width: options.width ?? 1100, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const problems = watchProblems(page);
  // A string, not a function: the test runner's transpiler adds helpers the page does not have.
  await page.addInitScript(`
    window.__posted = [];
    window.__state = ${JSON.stringify(options.state ?? null)};
    window.acquireVsCodeApi = function () {
      return {
        postMessage: function (message) { window.__posted.push(message); },
        getState: function () { return window.__state; },
        setState: function (state) { window.__state = state; },
      };
    };
  `);
  await page.goto(url);
  await page.waitForFunction(() =>
    ((window as unknown as { __posted: Array<{ type: string }> }).__posted ?? []).some((m) => m.type === 'ready'),
  );
  return { page, problems };
}

/** Console errors, page errors and CSP violations, for tests to assert there are none. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}

/** What the extension does: post the data to the page. */
export async function sendData(page: Page, data: ScorecardData): Promise<void> {
  await page.evaluate((payload) => window.postMessage({ type: 'data', data: payload }, '*'), data);
  await page.waitForFunction((generated) => document.body.dataset.generated === generated, data.generatedAt);
}

export async function posted(page: Page): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(() => (window as unknown as { __posted: Array<Record<string, unknown>> }).__posted);
}

let sample: Promise<ScorecardData> | undefined;

/**
 * The sample workspace, reviewed by the engine (no whole-page run: that is tested elsewhere).
 * Its history has three reviews scored with formula 1 (entries from then carry no formula) and
 * two with the current one, as a workspace reviewed across the change would.
 */
export function sampleData(): Promise<ScorecardData> {
  sample ??= (async () => {
    const root = path.join(ROOT, 'sample');
    const loader = new ConfigLoader();
    const config = await loader.forFile(path.join(root, 'any'));
    const { files } = await discoverFiles([root], config, root);
    const report = await review(
      files.map((file) => ({ path: file })),
      (file) => loader.forFile(file),
    );
    const day = (n: number) => new Date(Date.UTC(2026, 10, n, 12)).toISOString();
    return scorecardData(report, {
      root,
      title: 'sample',
      toolVersion: 'test',
      now: new Date(Date.UTC(2026, 10, 23, 12)),
      history: [
        { date: day(2), overall: 62, areas: report.score.areas, findings: 60 },
        { date: day(9), overall: 71, areas: report.score.areas, findings: 48 },
        { date: day(16), overall: 77, areas: report.score.areas, findings: 40 },
        { date: day(20), overall: 41, areas: report.score.areas, findings: 36, formula: SCORE_FORMULA_VERSION },
        {
          date: day(23),
          overall: report.score.overall,
          areas: report.score.areas,
          findings: report.findingCount,
          formula: SCORE_FORMULA_VERSION,
        },
      ],
    });
  })();
  return sample;
}

export function outputPath(name: string): string {
  mkdirSync(OUTPUT, { recursive: true });
  return path.join(OUTPUT, name);
}

/**
 * A tiny workspace, linted for real: a page with one missing alt text and a one-line component.
 * Feedback and navigation are examined fewer than five times in all: “little checked”.
 */
export function tinyData(): ScorecardData {
  const root = path.join(ROOT, 'tiny');
  const page = lint(
    `<!DOCTYPE html>
<html lang="en">
<head><title>Tiny</title></head>
<body><main><h1>Hello</h1><p>Welcome to the shop.</p><img src="a.png"></main></body>
</html>
`,
    'html',
    defaultConfig(),
    { fileName: path.join(root, 'index.html') },
  );
  const component = lint(
    'export function Pay(props) {\n  return <button {...props}>Pay now</button>;\n}\n',
    'jsx',
    defaultConfig(),
    { fileName: path.join(root, 'Pay.jsx') },
  );
  return scorecardData(combineReports([page, component]), {
    root,
    title: 'tiny',
    toolVersion: 'test',
    now: new Date(Date.UTC(2026, 10, 25, 12)),
  });
}
