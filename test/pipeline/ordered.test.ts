import { describe, expect, it } from 'vitest';
import { batches, forEachOrdered } from '../../src/pipeline/ordered.js';

async function* numbers(n: number) {
  for (let i = 0; i < n; i++) yield i;
}

describe('forEachOrdered', () => {
  it('consumes results in input order whatever order they finish in', async () => {
    const seen: number[] = [];
    let running = 0;
    let maxRunning = 0;
    await forEachOrdered(
      numbers(40),
      { concurrency: 4, window: 8 },
      async (i) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        await new Promise((r) => setTimeout(r, (i * 7) % 5));
        running--;
        return i * 10;
      },
      (out, i) => {
        expect(out).toBe(i * 10);
        seen.push(i);
      },
    );
    expect(seen).toEqual([...Array(40).keys()]);
    expect(maxRunning).toBeLessThanOrEqual(4);
    expect(maxRunning).toBeGreaterThan(1);
  });

  it('never holds more than the window while a slow item blocks the line', async () => {
    let started = 0;
    let maxAhead = 0;
    let consumed = 0;
    await forEachOrdered(
      numbers(30),
      { concurrency: 3, window: 5 },
      async (i) => {
        started++;
        maxAhead = Math.max(maxAhead, started - consumed);
        await new Promise((r) => setTimeout(r, i === 0 ? 30 : 1));
        return i;
      },
      () => {
        consumed++;
      },
    );
    expect(consumed).toBe(30);
    expect(maxAhead).toBeLessThanOrEqual(5);
  });

  it('rejects once, with the first error, when the work cannot go on, and starts no more items', async () => {
    let started = 0;
    const run = forEachOrdered(
      numbers(100),
      { concurrency: 2, window: 4 },
      async (i) => {
        started++;
        await new Promise((r) => setTimeout(r, 5));
        if (i >= 3) throw new Error(`lost at ${i}`);
        return i;
      },
      () => undefined,
    );
    await expect(run).rejects.toThrow('lost at 3');
    expect(started).toBeLessThan(10);
  });

  it('handles an empty source', async () => {
    let calls = 0;
    await forEachOrdered(numbers(0), { concurrency: 2, window: 4 }, async () => calls++, () => undefined);
    expect(calls).toBe(0);
  });
});

describe('batches', () => {
  it('groups consecutive items, the last group shorter', async () => {
    const out: number[][] = [];
    for await (const b of batches(numbers(10), 4)) out.push(b);
    expect(out).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]);
  });
});
