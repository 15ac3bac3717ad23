/**
 * `npm run fuzz`: the fuzz suites of this folder, longer than in the unit run and with a new
 * random seed each time, printed first so a failure can be replayed:
 *
 *   TOUCHPOINT_FUZZ_SEED=<seed> TOUCHPOINT_FUZZ_RUNS=<runs> npm run fuzz
 *
 * Both variables may be given to change the defaults (5,000 runs of a standard property);
 * further arguments go to mocha (`npm run fuzz -- --grep cache`).
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const runs = process.env.TOUCHPOINT_FUZZ_RUNS || '5000';
const requested = process.env.TOUCHPOINT_FUZZ_SEED;
const seed = !requested || requested === 'random' ? String(Math.floor(Math.random() * 0x7fffffff)) : requested;
process.stdout.write(
  `Fuzzing with seed ${seed}, ${runs} runs per property. Replay: TOUCHPOINT_FUZZ_SEED=${seed} TOUCHPOINT_FUZZ_RUNS=${runs} npm run fuzz\n`,
);

const root = path.join(__dirname, '..', '..', '..');
const result = spawnSync(
  process.execPath,
  [
    require.resolve('mocha/bin/mocha.js'),
    '--no-config',
    '--require',
    'tsx/cjs',
    '--extension',
    'ts',
    '--timeout',
    '0',
    '--reporter',
    './test/reporter.cjs',
    ...process.argv.slice(2),
    'test/unit/fuzz/*.test.ts',
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, TOUCHPOINT_FUZZ_RUNS: runs, TOUCHPOINT_FUZZ_SEED: seed } },
);
process.stdout.write(`Seed ${seed}, ${runs} runs per property.\n`);
process.exit(result.status ?? 1);
