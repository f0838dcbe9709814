import { describe, expect, it } from 'vitest';
import { hashFeature, itemFeatures, mix, prevLabelFeature, prevLabelFeatures, prevLabelWordFeature, tokenize } from '../../src/extract/tagger-features.js';
import { lexiconIndex } from '../../src/extract/lexicon.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import type { Item } from '../../src/types.js';

/** The regex tokenize reads by hand. */
const TOKEN = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*[+#]*|\S/gu;

function byRegex(text: string) {
  return [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() }));
}

/** The shape as a string, the way the features were first written ("Kotlin" → "Xx", "C++" → "X+"). */
function shape(s: string): string {
  let out = '';
  let last = '';
  for (const ch of s.split('')) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    const c = lower !== upper ? (ch === upper ? 'X' : 'x') : ch >= '0' && ch <= '9' ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

const TEXTS = [
  'Senior .NET / ASP.NET developer: C++, C#, node.js; don’t stop..now x.y. .5 a..b well-being -x- a--b',
  "C++x ..net a.'b O'Neil’s e.g. U.S.A. 3.5+ years #1 ++ Kotlin SQL 2 C++ 'quoted' (brackets) — dash",
  'Café İstanbul ﬁle Ｏ\uff07Neil ½ \u{1d400}\u{1d401}.\u{1d402} \u{1f600}x \ud800ab\udc00 x\u0301y ΣΑΣ σας Ⅳ² ß\u00a0\u3000x\ufeffy',
  '',
];

describe('tagger tokenize', () => {
  it('reads the matches of its regex', () => {
    for (const t of TEXTS) expect(tokenize(t)).toEqual(byRegex(t));
  });
  it('agrees with the regex next to every BMP code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const t = `a${ch}b .${ch}x'${ch} ${ch}-${ch}+ ${ch}${ch}#`;
      expect(tokenize(t)).toEqual(byRegex(t));
    }
  });
});

describe('tagger features', () => {
  const pipeline = loadPipeline();
  const fc = { lex: lexiconIndex(pipeline.extract), matcher: null };
  const item: Item = { text: '', start: 0, end: 0, level: 1 };

  it('hash the shape and the affixes as hashFeature hashes their strings', () => {
    // Shape, Suffix2, Prefix3 and Suffix3 are a token's 3rd to 6th features; each is mix(template, hash).
    for (const t of TEXTS.slice(0, 3)) {
      const tokens = tokenize(t);
      const { ids, offsets } = itemFeatures({ text: t, item: { ...item, text: t, end: t.length }, section: 'requirements' }, tokens, fc);
      tokens.forEach((tok, i) => {
        const own = Array.from(ids.subarray(offsets[i], offsets[i + 1]));
        const l = tok.lower;
        expect(own[2]).toBe(mix(3, hashFeature(shape(tok.text))));
        expect(own[3]).toBe(mix(6, hashFeature(l.slice(-2))));
        if (l.length > 3) expect(own.slice(4, 6)).toEqual([mix(4, hashFeature(l.slice(0, 3))), mix(5, hashFeature(l.slice(-3)))]);
      });
    }
  });

  it("give the previous label's features one at a time as prevLabelFeatures gives them", () => {
    for (const prev of [0, 1, 4, 8]) {
      for (const word of [0, 1, 0x7fffffff, 0x80000000, 0xffffffff, hashFeature('data')]) {
        const [a, b] = prevLabelFeatures(prev, word);
        expect([prevLabelFeature(prev) >>> 0, prevLabelWordFeature(prev, word) >>> 0]).toEqual([a, b]);
        expect(a).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
