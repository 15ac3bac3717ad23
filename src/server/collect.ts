/**
 * A full garbage collection, asked for once after a workspace review: the review's report (a
 * 5,000-file review's is hundreds of MB as it arrives from its thread) is garbage once answered,
 * but an idle server may go on holding it for minutes, as V8 collects when it allocates. V8's
 * `gc` is reached through its flag, set at run time, in a fresh context; where that is not
 * possible nothing happens (and the memory goes at the next collection).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
