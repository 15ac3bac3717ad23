/**
 * TypeScript's compiler, imported here once for the engine. Each module that imported it itself
 * got its own copy of the module's 2,248 names from esbuild's interop (a getter each), six copies
 * a thread at start-up; the engine's modules import it from here instead.
 */
export { default } from 'typescript';
