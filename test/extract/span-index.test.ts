import { describe, expect, it } from 'vitest';
import { SpanIndex } from '../../src/extract/span-index.js';

/** A fixed sequence of pseudo-random integers (xorshift), so that the spans are the same every run. */
function numbers(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % 1000;
  };
}

describe('SpanIndex', () => {
  it('answers as a scan of every span does, nested, touching and overlapping spans included', () => {
    const next = numbers(2463534242);
    const spans = Array.from({ length: 300 }, (_, i) => {
      const start = next();
      return { start, end: start + 1 + (next() % 40), id: i };
    });
    const index = new SpanIndex(spans);
    for (let q = 0; q < 2000; q++) {
      const a = next();
      const b = a + (next() % 60);
      expect(index.overlaps(a, b)).toBe(spans.some((s) => s.start < b && a < s.end));
      const picked = (s: { id: number }) => s.id % 7 === 0;
      expect(index.someStartingIn(a, b, picked)).toBe(spans.some((s) => s.start >= a && s.start <= b && picked(s)));
    }
    expect(new SpanIndex([]).overlaps(0, 10)).toBe(false);
    // Spans that only touch do not overlap; one that starts where another ends is in a range that ends there.
    const touching = new SpanIndex([{ start: 5, end: 10 }, { start: 0, end: 5 }]);
    expect(touching.overlaps(10, 12)).toBe(false);
    expect(touching.overlaps(9, 12)).toBe(true);
    expect(touching.someStartingIn(1, 5, () => true)).toBe(true);
    expect(touching.someStartingIn(6, 9, () => true)).toBe(false);
  });
});
