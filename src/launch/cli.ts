// `touchpoint`: the CLI bundle (cli.main.js), started through V8's code cache (codeCache.ts).
import * as path from 'node:path';
import { runBundle } from './codeCache.js';

runBundle(path.join(__dirname, 'cli.main.js'), require.main === module);
