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
  // which the extension host inherits) runs only vsix.test.js, the bench's memory run only
  // memory.test.js; the normal run, everything else.
  const only = { vsix: 'vsix.test.js', memory: 'memory.test.js' }[process.env.TOUCHPOINT_IT_SUITES ?? ''];
  const special = new Set(['vsix.test.js', 'memory.test.js']);
  for (const file of readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js') && (only ? name === only : !special.has(name)))
    .sort())
    mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration tests failed`)) : resolve()));
  });
}
