import { describe, expect, it } from 'vitest';
import { BandTable } from '../../src/pipeline/band-table.js';

describe('BandTable', () => {
  it('gives every posting filed under a key, newest first, through growth and colliding slots', () => {
    const table = new BandTable();
    const expected = new Map<number, number[]>();
    // Keys that share their low bits land in one slot and must still be told apart.
    const keys = Array.from({ length: 3000 }, (_, i) => ((i % 700) << 12) | (i % 3));
    keys.forEach((key, posting) => {
      table.add(key, posting);
      expected.set(key, [posting, ...(expected.get(key) ?? [])]);
    });
    for (const [key, postings] of expected) expect([...table.get(key)]).toEqual(postings);
    expect([...table.get(0xfffffff)]).toEqual([]);
  });
});
