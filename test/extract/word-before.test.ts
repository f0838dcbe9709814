import { describe, expect, it } from 'vitest';
import { endingAt } from '../../src/extract/context.js';
import { wordBefore } from '../../src/text-runs.js';

describe('wordBefore', () => {
  it('gives what endingAt(/\\S*$/u) gives, for every kind of white space, surrogates and long words', () => {
    const pieces = ['a', 'Bc', ' ', '\t', '\n', '\u00a0', '\u2003', '\u2028', '\u3000', '\ufeff', '\u200b', '😀', 'é', ',', 'x'.repeat(50), ''];
    let seed = 3;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    for (let t = 0; t < 3000; t++) {
      let s = '';
      for (let k = rand(10); k >= 0; k--) s += pieces[rand(pieces.length)];
      for (let at = 0; at <= s.length; at++) expect(wordBefore(s, at), JSON.stringify([s, at])).toBe(endingAt(/\S*$/u, s, at)![0]);
    }
  });
});
