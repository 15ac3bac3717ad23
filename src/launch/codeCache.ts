/**
 * Starts a bundle (the CLI, its lint workers) through V8's code cache, as Node 22's
 * `module.enableCompileCache()` does for modules: the 8 MB bundle (TypeScript's parser is most
 * of it) took 0.5–0.7 s of CPU to compile and start in every process and every worker thread,
 * more than linting a hundred files; with the cache, about half that.
 *
 * The cache is V8's own data, kept in the system's temporary folder (never beside the user's
 * files), one file per bundle, Node version and build of the bundle; V8 checks it against its
 * version and flags and refuses a cache that does not fit, and then (or when there is none) the
 * bundle is compiled as usual and the cache written when the thread ends, or earlier when the
 * bundle asks (`pendingCodeCache`). Anything that goes wrong with the cache only costs that time:
 * the bundle still runs. `TOUCHPOINT_CODE_CACHE=0` turns it off. No import of the engine here:
 * this file is bundled alone, in front of it (and into the bundles that call pendingCodeCache).
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Script } from 'node:vm';

/** Where the cache of `bundle` lives: its name, size and build time, and this Node's version. */
function cacheFile(bundle: string): string {
  const stat = statSync(bundle);
  const key = createHash('sha256')
    .update([bundle, stat.size, stat.mtimeMs, process.version, process.arch].join('\0'))
    .digest('hex')
    .slice(0, 16);
  return path.join(tmpdir(), 'touchpoint-code-cache', `${path.basename(bundle, '.js')}-${key}.v8`);
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Caches kept per bundle: each build, Node version and install place makes a cache of its own
 * (2–5 MB), so the newest few stay (several installs on one machine keep theirs) and older ones
 * go when a new one is written; 45 builds in a day had left 171 MB here.
 */
const CACHES_PER_BUNDLE = 4;

function writeCache(file: string, script: Script): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    // Written whole under another name, then renamed: a reader never sees half a cache.
    const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, file);
    pruneCaches(file);
  } catch {
    // A read-only or full temporary folder: the next start compiles again, nothing else.
  }
}

/** A cache file's name: the bundle's, then its key (cacheFile). */
const CACHE_NAME = /^(.*)-[0-9a-f]{16}\.v8$/;

/** Removes the caches of the same bundle beyond the newest CACHES_PER_BUNDLE (this one is the newest). */
function pruneCaches(file: string): void {
  const folder = path.dirname(file);
  const bundle = CACHE_NAME.exec(path.basename(file))?.[1];
  if (bundle === undefined) return;
  const others = readdirSync(folder)
    .filter((entry) => CACHE_NAME.exec(entry)?.[1] === bundle && path.join(folder, entry) !== file)
    .map((entry) => path.join(folder, entry))
    .map((entry) => ({ entry, at: statSync(entry, { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.at - a.at);
  for (const { entry } of others.slice(CACHES_PER_BUNDLE - 1)) rmSync(entry, { force: true });
}

const WRITE = Symbol.for('touchpoint.codeCache.write');
type Holder = { [WRITE]?: () => void };

/**
 * The cache of the bundle running on this thread, to be written now, or undefined when it needs
 * no writing (a cache was read, or caching is off). V8 writes into a cache the functions that
 * have bytecode when it is made, and over a long run it drops the bytecode of the functions it
 * has not run for a while (start-up, reading the config): a lint worker's cache written when a
 * 1,615-file run ended held 2.4 MB and made the next one-file run slower than no cache at all
 * (0.75–0.82 s against 0.64 s; 0.47 s with a cache written after a short run). So a bundle that
 * runs long writes its cache once it has run what a run needs (`src/cli/lintWorker.ts`,
 * `src/server/server.ts`). Called again, or at the thread's end, it writes nothing more.
 */
export function pendingCodeCache(): (() => void) | undefined {
  return (globalThis as Holder)[WRITE];
}

/**
 * Runs `bundle` (a CommonJS file) as Node would: with its own `module`, `require` (resolving
 * from the bundle's folder), `__filename` and `__dirname`, and `require.main === module` when
 * it stands for the program's main module (`isMain`). Returns what the bundle exports.
 */
export function runBundle(bundle: string, isMain: boolean): unknown {
  const bytes = readFileSync(bundle);
  // The build makes the bundles ASCII (esbuild.mjs): read as Latin-1, that is a plain copy.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const enabled = process.env.TOUCHPOINT_CODE_CACHE !== '0';
  const file = enabled ? cacheFile(bundle) : undefined;
  const cachedData = file ? readCache(file) : undefined;
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
  if (file && (cachedData === undefined || script.cachedDataRejected)) {
    // Once the bundle has run (when it asks, else when the thread ends), the cache holds the
    // functions that ran, not only the top level.
    const holder = globalThis as Holder;
    const write = () => {
      if (holder[WRITE] !== write) return;
      delete holder[WRITE];
      writeCache(file, script);
    };
    holder[WRITE] = write;
    process.once('exit', write);
  }
  const module = new Module(bundle);
  module.filename = bundle;
  const require = createRequire(bundle) as NodeJS.Require & { main: NodeJS.Module | undefined };
  if (isMain) require.main = module;
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, require, module, bundle, path.dirname(bundle));
  module.loaded = true;
  return module.exports;
}
