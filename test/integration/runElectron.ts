/**
 * Runs the same integration suites in desktop VS Code through @vscode/test-electron, for
 * machines that can download VS Code (a developer's laptop, public CI). Here, offline, use
 * runCodeServer.ts (what `npm test` runs).
 *
 *   node --import tsx test/integration/runElectron.ts
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuites, ROOT, WORKSPACE } from './build.js';

async function main(): Promise<void> {
  const testsPath = await buildSuites();
  const workspace = path.join(mkdtempSync(path.join(tmpdir(), 'touchpoint-it-')), 'workspace');
  cpSync(WORKSPACE, workspace, { recursive: true });
  await runTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: testsPath,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
