/**
 * The engine's code, for what the extension host itself computes: the scorecard's data and
 * exports, a review's combined score and history point, the rule list. Loaded the first time one
 * of those is needed, from its own bundle (dist/core.js, esbuild.mjs): loading it costs the host
 * about 90 MB and 0.3 s, which an editor that only shows the server's diagnostics never pays.
 * Everything else the extension imports from core is types.
 */
import * as path from 'node:path';
import type * as Core from '../core/index.js';

let loaded: typeof Core | undefined;

export function core(): typeof Core {
  // From the sources when they run as TypeScript (the unit tests); a path esbuild leaves alone.
  const file = __filename.endsWith('.ts')
    ? path.join(__dirname, '..', 'core', 'index.ts')
    : path.join(__dirname, 'core.js');
  loaded ??= require(file) as typeof Core;
  return loaded;
}
