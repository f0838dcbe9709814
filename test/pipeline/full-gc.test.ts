import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/pipeline/full-gc.js';

describe('collectGarbage', () => {
  it('collects what nothing holds any more, now, and leaves gc exposed to no later context', async () => {
    const exposedBefore = runInNewContext('typeof gc');
    const refs: WeakRef<object>[] = [];
    for (let i = 0; i < 3; i++) {
      const held = (() => new WeakRef({ payload: new Array(10_000).fill(i) }))();
      refs.push(held);
      // A WeakRef's target is kept until the end of the job that made it.
      await new Promise((resolve) => setImmediate(resolve));
      collectGarbage();
      expect(refs.map((r) => r.deref() === undefined)).toEqual(refs.map(() => true));
    }
    expect(runInNewContext('typeof gc')).toBe(exposedBefore);
  });
});
