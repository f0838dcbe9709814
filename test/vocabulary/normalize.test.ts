import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/vocabulary/index.js';

/** The regex tokenize reads by hand. */
const TOKEN = /(?<![\p{L}\p{N}])\.?[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*[+#]*/gu;

function byRegex(text: string) {
  return [...text.matchAll(TOKEN)].map((m) => ({
    norm: m[0].normalize('NFKC').toLowerCase().replace(/['’]/g, ''),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

describe('tokenize', () => {
  it('reads the matches of its regex', () => {
    const texts = [
      'Senior .NET / ASP.NET developer: C++, C#, node.js; don’t stop..now x.y. .5 a..b',
      "C++x ..net a.'b O'Neil’s e.g. U.S.A. 3.5+ years #1 ++",
      'Café İstanbul ﬁle Ｏ\uff07Neil ½ \u{1d400}\u{1d401}.\u{1d402} \u{1f600}x \ud800ab\udc00 x\u0301y',
      '',
    ];
    for (const t of texts) expect(tokenize(t)).toEqual(byRegex(t));
  });
  it('agrees with the regex next to every BMP code unit', () => {
    for (let c = 0; c < 0x10000; c += 3) {
      const ch = String.fromCharCode(c);
      const t = `a${ch}b .${ch}x'${ch} ${ch}.${ch}+`;
      expect(tokenize(t)).toEqual(byRegex(t));
    }
  });
});
