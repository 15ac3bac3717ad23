// `touchpoint-language-server`: the language server's bundle (server.main.js), started through
// V8's code cache (codeCache.ts).
import * as path from 'node:path';
import { runBundle } from './codeCache.js';

runBundle(path.join(__dirname, 'server.main.js'), require.main === module);
