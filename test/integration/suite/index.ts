/**
 * Entry point the VS Code test host loads (extensionTestsPath): runs the mocha suites compiled
 * next to this file, in the real extension host. Shared by the code-server and the
 * @vscode/test-electron runners.
 */
import * as path from 'node:path';
import { readdirSync } from 'node:fs';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: false, reporter: 'spec' });
  // The .vsix run (TOUCHPOINT_IT_SUITES=vsix, set by the runner on code-server's environment,
  // which the extension host inherits) runs only vsix.test.js; the normal run, everything else.
  const vsix = process.env.TOUCHPOINT_IT_SUITES === 'vsix';
  for (const file of readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js') && (name === 'vsix.test.js') === vsix)
    .sort())
    mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration tests failed`)) : resolve()));
  });
}
