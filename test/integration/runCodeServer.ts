/**
 * Runs the integration suites in real VS Code without downloading VS Code: code-server 4.99.4
 * (VS Code 1.99's server and web workbench, installed from the npm registry by
 * scripts/ensure-test-deps.mjs) opened in Debian's headless Chromium through playwright-core.
 * The workbench loads the extension from this folder and the suites from out/integration,
 * reports every log line through `codeAutomationLog` and the result through
 * `codeAutomationExit`, as VS Code's own browser integration tests do. A suite that logs
 * `TOUCHPOINT_SCREENSHOT <name>` gets a screenshot in test-output/<name>.png; those the docs
 * show (DOCS_SCREENSHOTS) are copied to docs/images, as the webview suite does with its own.
 *
 * With `--vsix`, the extension is packaged (`vsce package`), installed into code-server with
 * `--install-extension`, and only suite/vsix.test.ts runs, from an empty host extension.
 * With `--memory <folder> <figures.json>` (the bench), only suite/memory.test.ts runs, on that
 * folder as the workspace, and writes the extension host's memory figures.
 *
 *   node --import tsx test/integration/runCodeServer.ts [--vsix | --memory <folder> <figures.json>]
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { format } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium } from '../chromium.js';
import { buildSuites, ROOT, WORKSPACE } from './build.js';

const CODE_SERVER_ENTRY = path.join(
  ROOT,
  '.vscode-test',
  'code-server',
  'node_modules',
  'code-server',
  'out',
  'node',
  'entry.js',
);
const SCREENSHOTS = path.join(ROOT, 'test-output');
/** Screenshots the docs show (docs/editors.md, docs/scorecard.md), retaken by every run. */
const DOCS_SCREENSHOTS = new Set(['problems-panel', 'scorecard-vscode']);
const RUN_LIMIT_MS = 10 * 60_000;
/** The memory run reviews thousands of files. */
const MEMORY_RUN_LIMIT_MS = 40 * 60_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(port: number, server: ChildProcess): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`code-server exited with code ${server.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('code-server did not become healthy within 60 s');
}

interface RunMode {
  readonly vsix: boolean;
  /** The bench's memory run: the workspace to open and where the figures go. */
  readonly memory?: { readonly workspace: string; readonly out: string };
}

async function main({ vsix, memory }: RunMode): Promise<number> {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'ensure-test-deps.mjs')], { stdio: 'inherit' });
  const testsPath = await buildSuites();
  const scratch = mkdtempSync(path.join(tmpdir(), 'touchpoint-it-'));
  const extensionsDir = path.join(scratch, 'extensions');
  let developmentPath = ROOT;
  if (vsix) {
    const packaged = path.join(ROOT, 'out', 'touchpoint.vsix');
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: 'inherit' });
    execFileSync(
      process.execPath,
      [CODE_SERVER_ENTRY, '--extensions-dir', extensionsDir, '--install-extension', packaged],
      {
        stdio: 'inherit',
      },
    );
    developmentPath = path.join(__dirname, 'host');
  }
  // No auto save, VS Code's own default: code-server saves edited files after a second
  // (`afterDelay`), which wrote a test's half-done edit to disk whenever a step took longer than
  // that. No type checking of the fixtures (they import packages not installed there): the
  // screenshots show Touchpoint's problems, not TypeScript's.
  mkdirSync(path.join(scratch, 'user-data', 'User'), { recursive: true });
  const userSettings = {
    'files.autoSave': 'off',
    'typescript.validate.enable': false,
    'javascript.validate.enable': false,
  };
  writeFileSync(path.join(scratch, 'user-data', 'User', 'settings.json'), `${JSON.stringify(userSettings, null, 2)}\n`);
  const workspace = memory ? memory.workspace : path.join(scratch, 'workspace');
  if (!memory) cpSync(WORKSPACE, workspace, { recursive: true }); // tests may edit files: never the fixtures
  mkdirSync(SCREENSHOTS, { recursive: true });
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [
      CODE_SERVER_ENTRY,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-workspace-trust',
      '--disable-update-check',
      '--user-data-dir',
      path.join(scratch, 'user-data'),
      '--extensions-dir',
      extensionsDir,
      workspace,
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      // The extension host inherits this environment: it tells the suites which run this is.
      env: {
        ...process.env,
        TOUCHPOINT_IT_SUITES: vsix ? 'vsix' : memory ? 'memory' : 'all',
        TOUCHPOINT_REPOSITORY: ROOT,
        ...(memory ? { TOUCHPOINT_MEMORY_OUT: memory.out } : {}),
      },
    },
  );
  const serverLog: string[] = [];
  server.stdout!.on('data', (chunk: Buffer) => serverLog.push(chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => serverLog.push(chunk.toString()));
  const browser = await launchChromium();
  try {
    await waitForHealth(port, server);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const remote = (file: string) => `vscode-remote://127.0.0.1:${port}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(developmentPath)],
      ['extensionTestsPath', remote(testsPath)],
      ['skipWelcome', 'true'],
    ];
    let finish: (code: number) => void = () => undefined;
    const finished = new Promise<number>((resolve) => (finish = resolve));
    const screenshots: Array<Promise<unknown>> = [];
    // The workbench calls it with a level and the console arguments.
    await page.exposeFunction('codeAutomationLog', (level: string, args: unknown) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      process.stdout.write(`${level === 'error' ? '[error] ' : ''}${line}\n`);
      const click = /TOUCHPOINT_CLICK (\{.*\})/.exec(line);
      if (click) screenshots.push(clickFor(page, JSON.parse(click[1]!) as ClickRequest));
      const marker = /TOUCHPOINT_SCREENSHOT (\S+)/.exec(line);
      if (marker)
        screenshots.push(
          page.screenshot({ path: path.join(SCREENSHOTS, `${marker[1]}.png`) }).then(() => {
            const name = marker[1]!;
            process.stdout.write(`[runner] saved test-output/${name}.png\n`);
            if (DOCS_SCREENSHOTS.has(name) && !memory && !vsix)
              copyFileSync(path.join(SCREENSHOTS, `${name}.png`), path.join(ROOT, 'docs', 'images', `${name}.png`));
          }),
        );
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    const limit = memory ? MEMORY_RUN_LIMIT_MS : RUN_LIMIT_MS;
    const timeout = new Promise<number>((resolve) =>
      setTimeout(() => {
        process.stderr.write(`[runner] no result after ${limit / 60_000} minutes\n`);
        resolve(1);
      }, limit).unref(),
    );
    const code = await Promise.race([finished, timeout]);
    await Promise.all(screenshots);
    return code;
  } catch (error) {
    process.stderr.write(`[runner] ${error instanceof Error ? error.stack : String(error)}\n${serverLog.join('')}\n`);
    return 1;
  } finally {
    await browser.close();
    server.kill();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * A click a suite asks for (`TOUCHPOINT_CLICK {"in":"webview"|"workbench","selector":…}`): the
 * extension host cannot click the UI, the browser driving it can. Inside webviews (nested
 * iframes) the first frame that has the selector gets the click, looked for again until it
 * takes (20 s at most). The suite checks the effect.
 */
interface ClickRequest {
  readonly in: 'webview' | 'workbench';
  readonly selector: string;
}

async function clickFor(page: Page, request: ClickRequest): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const frames =
      request.in === 'workbench' ? [page.mainFrame()] : page.frames().filter((f) => f !== page.mainFrame());
    for (const frame of frames) {
      const target = await frame.$(request.selector).catch(() => null);
      if (!target) continue;
      // The scorecard may draw itself again between finding the element and clicking it (a
      // report arrived): the element found is then gone, and the next look finds the new one.
      const clicked = await target.click({ timeout: 2_000 }).then(
        () => true,
        (error: Error) => {
          process.stdout.write(
            `[runner] click on ${request.selector} failed, trying again: ${error.message.split('\n')[0]}\n`,
          );
          return false;
        },
      );
      if (!clicked) continue;
      process.stdout.write(`[runner] clicked ${request.selector} in the ${request.in}\n`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  process.stdout.write(`[runner] nothing to click: ${request.selector} in the ${request.in}\n`);
}

const memoryAt = process.argv.indexOf('--memory');
main({
  vsix: process.argv.includes('--vsix'),
  memory:
    memoryAt >= 0
      ? { workspace: path.resolve(process.argv[memoryAt + 1]!), out: path.resolve(process.argv[memoryAt + 2]!) }
      : undefined,
}).then(
  (code) => {
    process.stdout.write(`[runner] integration tests ${code === 0 ? 'passed' : `failed (exit code ${code})`}\n`);
    process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`[runner] ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
