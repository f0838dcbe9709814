import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

/**
 * A full garbage collection of the main thread's heap, now. V8 collects when the heap grows past a
 * limit set at the last collection: after the reduce drops its reference data (~100 MB for the
 * bundled vocabulary), that garbage stayed in the heap until the exports and the report had
 * allocated up to the limit, and the run's memory peaked there (375 MB on 5,000 real postings; with
 * this collection the run's end stays under 270 MB, ~70 ms). `--expose-gc` is read only when a context is made: V8 takes it at
 * any time (unlike a flag read while code runs, see test/pipeline/pool-flags.test.ts), and it is
 * turned off again once this context has its `gc`.
 */
export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    try {
      gc = runInNewContext('gc') as () => void;
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  }
  gc();
}
