import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/rng.js';
import { topScored } from '../../src/taxonomy/link-scores.js';

describe('topScored: the best candidates without sorting them all', () => {
  it('gives what filtering, sorting (score down, label up) and taking the first n give, ties included', () => {
    const rand = mulberry32(13);
    for (let round = 0; round < 200; round++) {
      const size = Math.floor(rand() * 120);
      // Scores from a few values, so that many tie and the label index decides.
      const scored = Array.from({ length: size }, (_, i) => ({ li: (i * 7919) % 1009, s: Math.floor(rand() * 6) / 5 }));
      const keep = (e: { li: number }) => e.li % 3 !== 0;
      const n = 1 + Math.floor(rand() * 40);
      const expected = [...scored].sort((a, b) => b.s - a.s || a.li - b.li).filter(keep).slice(0, n);
      const li = scored.map((e) => e.li);
      const s = scored.map((e) => e.s);
      // Only the first `count` are read.
      li.push(0);
      s.push(99);
      expect(topScored(li, s, scored.length, (l) => keep({ li: l }), n)).toEqual(expected);
    }
  });
});
