/**
 * How long the property-based suites in this folder run, read once from the environment:
 *
 *   TOUCHPOINT_FUZZ_RUNS  runs of a standard property (default 100); a costly property (a worker
 *                         with jsdom, files on disk) runs a fixed share of it, at least once.
 *   TOUCHPOINT_FUZZ_SEED  fast-check's seed: an integer, or "random" (default: a fixed seed).
 *
 * The unit run (CI) uses the defaults, so it stays fast and a failure there reproduces exactly
 * on any machine. `npm run fuzz` (run.ts) runs many more with a random seed and prints it, so a
 * failure found there can be replayed with the same two variables.
 */
import fc from 'fast-check';

export const DEFAULT_FUZZ_RUNS = 100;
export const DEFAULT_FUZZ_SEED = 13;

function readRuns(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_FUZZ_RUNS;
  const runs = Number(value);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`TOUCHPOINT_FUZZ_RUNS=${value}: use a whole number of runs from 1`);
  return runs;
}

function readSeed(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_FUZZ_SEED;
  if (value === 'random') {
    const seed = Math.floor(Math.random() * 0x7fffffff);
    // Printed once, so a failure can be replayed (run.ts picks and prints its own seed).
    process.stdout.write(`Fuzzing with TOUCHPOINT_FUZZ_SEED=${seed}\n`);
    return seed;
  }
  const seed = Number(value);
  if (!Number.isSafeInteger(seed)) throw new Error(`TOUCHPOINT_FUZZ_SEED=${value}: use an integer or "random"`);
  return seed;
}

export const fuzzRuns = readRuns(process.env.TOUCHPOINT_FUZZ_RUNS);
export const fuzzSeed = readSeed(process.env.TOUCHPOINT_FUZZ_SEED);

/**
 * fast-check parameters for one property: the seed, and `share` of the standard runs (a
 * property that starts a jsdom page run takes 0.1: 10 runs in CI).
 */
export function fuzzParameters<T>(share = 1, extra: Partial<fc.Parameters<T>> = {}): fc.Parameters<T> {
  return { seed: fuzzSeed, numRuns: Math.max(1, Math.round(fuzzRuns * share)), ...extra };
}
