import { describe, expect, it } from 'vitest';
import { LETTERS, UPPER, hasWords, isInClass, scanWords } from '../../src/word-scan.js';

/** What the scanner stands in for: the words of /[\p{L}\p{N}]+/gu, each hashed with FNV-1a. */
function byRegex(text: string): number[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
    return h >>> 0;
  });
}

function scanned(text: string): number[] {
  const out: number[] = [];
  scanWords(text, (h) => {
    out.push(h);
  });
  return out;
}

describe('scanWords', () => {
  const texts = [
    '',
    'Senior .NET developer, 5+ years (C#/SQL).',
    'Café-Bar İstanbul straße ǅemal ½ ² ٣٤ 中文 ⅫⅢ',
    // a combining mark is not a letter: it splits the word, as in the regex
    'e\u0301cole na\u0308ive',
    // astral letters and digits count, an emoji does not; lone surrogates are no letters
    '\u{1d400}\u{1d401} x\u{1f600}y \ud800ab\udc00cd \ud835',
    'zero\u200bwidth\u00a0space\ttab\nline',
  ];
  it('finds the words the regex finds, with the same hashes', () => {
    for (const t of texts) expect(scanned(t)).toEqual(byRegex(t));
  });
  it('agrees with the regex on every BMP code unit between two letters', () => {
    for (let c = 0; c < 0x10000; c += 7) {
      const t = `a${String.fromCharCode(c)}b ${String.fromCharCode(c)}`;
      expect(scanned(t)).toEqual(byRegex(t));
    }
  });
  it('gives each word its place in the text', () => {
    const spans: string[] = [];
    const text = 'Café-Bar, x\u{1d400}y  42';
    scanWords(text, (_h, start, end) => {
      spans.push(text.slice(start, end));
    });
    expect(spans).toEqual(text.match(/[\p{L}\p{N}]+/gu));
  });
  it('reads runs of letters alone when asked', () => {
    const text = 'abc123 Café ½ x\u{1d400}y 4\u{1d7ce}';
    const spans: string[] = [];
    scanWords(text, (_h, start, end) => {
      spans.push(text.slice(start, end));
    }, LETTERS);
    expect(spans).toEqual(text.match(/\p{L}+/gu));
  });
  it('hasWords counts up to the limit', () => {
    expect(hasWords('one two three', 3)).toBe(true);
    expect(hasWords('one two three', 4)).toBe(false);
    expect(hasWords('', 0)).toBe(true);
    expect(hasWords('a\u{1d400} b', 2)).toBe(true);
  });
  it('UPPER is \\p{Lu}, for every BMP code unit and for capitals outside the BMP', () => {
    const lu = /^\p{Lu}$/u;
    for (let c = 0; c < 0x10000; c++) expect(isInClass(UPPER, c)).toBe(c < 0xd800 || c > 0xdfff ? lu.test(String.fromCharCode(c)) : false);
    for (const cp of [0x1d400, 0x1d41a, 0x10400, 0x10428, 0x1e900, 0x1e922, 0x1f600]) expect(isInClass(UPPER, cp)).toBe(lu.test(String.fromCodePoint(cp)));
  });
});
