import { describe, expect, it } from 'vitest';
import { squeezeSpaces, tailRunStart } from '../src/text-runs.js';

// Strings from a small alphabet of the cases that matter: spaces of each kind, the heading and
// period classes, letters in and out of the BMP, lone surrogates, digits.
const ALPHABET = [' ', '  ', '\t', '\n', '\u00a0', '\u2029', ':', '：', '-', '–', '.', 'a', 'Z', 'é', '\u{1d400}', '\ud835', '\udc00', '7', '*'];

function strings(n: number): string[] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  const out = ['', ' ', 'a', '\u{1d400}', 'Skills:', 'e.g.', 'J.', 'Mr.  Smith\t\n'];
  for (let i = 0; i < n; i++) {
    let s = '';
    for (let k = next() % 12; k > 0; k--) s += ALPHABET[next() % ALPHABET.length];
    out.push(s);
  }
  return out;
}

describe('tailRunStart', () => {
  it.each([
    ['[\\s:：\\-–—.]', ''],
    ['[:：\\-–—]', ''],
    ['[\\p{L}.]', 'u'],
  ])('finds what /%s+$/%s finds', (cls, flags) => {
    const whole = new RegExp(`(?:${cls})+$`, flags);
    const one = new RegExp(`^${cls}$`, flags);
    for (const s of strings(5000)) {
      const m = whole.exec(s);
      expect(tailRunStart(s, one), JSON.stringify(s)).toBe(m ? m.index : s.length);
    }
  });
});

describe('squeezeSpaces', () => {
  it('gives what replace(/\\s+/g, " ") gives', () => {
    for (const s of strings(5000)) expect(squeezeSpaces(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, ' '));
  });

  it('returns a well-spaced text as it is', () => {
    expect(squeezeSpaces('one two three')).toBe('one two three');
    expect(squeezeSpaces('one \n two\tthree  ')).toBe('one two three ');
  });
});
