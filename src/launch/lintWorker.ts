// One of the CLI's lint worker threads: its bundle (lintWorker.main.js), through V8's code cache.
import * as path from 'node:path';
import { runBundle } from './codeCache.js';

runBundle(path.join(__dirname, 'lintWorker.main.js'), true);
