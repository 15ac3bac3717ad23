// `touchpoint`: the CLI bundle (cli.main.js), started through V8's code cache (codeCache.ts),
// with its first lint worker loading beside it (earlyLintWorker.ts).
import * as path from 'node:path';
import { runBundle } from './codeCache.js';
import { mayLintInWorkers, startEarlyLintWorker } from './earlyLintWorker.js';

if (require.main === module && mayLintInWorkers(process.argv.slice(2))) startEarlyLintWorker(__dirname);
runBundle(path.join(__dirname, 'cli.main.js'), require.main === module);
