// The words of a text as /[\p{L}\p{N}]+/gu (or /\p{L}+/gu) reads them: runs of a character class,
// by code point, without the regex. The duplicate checks (of blocks in clean, of postings in
// summarize) and the function-word language test read every posting's whole text this way, and the
// regex's Unicode classes cost more than what is done with the words (in summarize, more than the
// MinHash itself).

/** A character class, its answers kept per character as they are asked for. */
interface CharClass {
  /** Per BMP code unit: 0 not asked yet, 1 in the class, 2 not. ASCII is filled up front. */
  bmp: Uint8Array;
  astral: Map<number, boolean>;
  /** The class as a one-character regex (with the u flag), asked once per character. */
  re: RegExp;
}

function charClass(re: RegExp, ascii: (c: number) => boolean): CharClass {
  const bmp = new Uint8Array(0x10000);
  for (let c = 0; c < 128; c++) bmp[c] = ascii(c) ? 1 : 2;
  return { bmp, astral: new Map(), re };
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** [\p{L}\p{N}]: letters and digits. */
export const WORD_CHARS = charClass(/^[\p{L}\p{N}]$/u, (c) => isAsciiLetter(c) || (c >= 48 && c <= 57));
/** \p{L}: letters. */
export const LETTERS = charClass(/^\p{L}$/u, isAsciiLetter);
/** \p{Lu}: capitals. */
export const UPPER = charClass(/^\p{Lu}$/u, (c) => c >= 65 && c <= 90);

function inClass(cls: CharClass, c: number): boolean {
  let v = cls.bmp[c];
  // A lone surrogate is no letter (as a code point of its own, it matches no class).
  if (v === 0) cls.bmp[c] = v = c < 0xd800 || c > 0xdfff ? (cls.re.test(String.fromCharCode(c)) ? 1 : 2) : 2;
  return v === 1;
}

function pointInClass(cls: CharClass, cp: number): boolean {
  let v = cls.astral.get(cp);
  if (v === undefined) cls.astral.set(cp, (v = cls.re.test(String.fromCodePoint(cp))));
  return v;
}

/** Whether a code point is in the class. */
export function isInClass(cls: CharClass, cp: number): boolean {
  return cp < 0x10000 ? inClass(cls, cp) : pointInClass(cls, cp);
}

/**
 * Calls `word(h, start, end)` for each word in order (a run of `cls`, letters and digits unless
 * told), `h` the 32-bit FNV-1a of its code units (what fnv1a of the matched string gives),
 * `start`-`end` its place in the text. Stops early when `word` returns false.
 */
export function scanWords(text: string, word: (hash: number, start: number, end: number) => boolean | void, cls: CharClass = WORD_CHARS): void {
  const n = text.length;
  let h = 0;
  let inWord = false;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let w: boolean;
    let low = -1;
    if (c < 0xd800 || c > 0xdbff) w = inClass(cls, c);
    else {
      const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        low = d;
        w = pointInClass(cls, (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000);
      } else w = false;
    }
    if (w) {
      if (!inWord) {
        h = 0x811c9dc5;
        inWord = true;
        start = i;
      }
      h = Math.imul(h ^ c, 0x01000193);
      if (low >= 0) h = Math.imul(h ^ low, 0x01000193);
    } else if (inWord) {
      inWord = false;
      if (word(h >>> 0, start, i) === false) return;
    }
    if (low >= 0) i++;
  }
  if (inWord) word(h >>> 0, start, n);
}

/** Whether the text has at least `min` words. */
export function hasWords(text: string, min: number): boolean {
  let count = 0;
  if (min <= 0) return true;
  scanWords(text, () => ++count < min);
  return count >= min;
}

/** Code units of the letter or digit that starts at `i` (a code point boundary), 0 if none does. */
export function wordAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return isInClass(WORD_CHARS, c) ? 1 : 0;
  const d = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  if (d < 0xdc00 || d > 0xdfff) return 0;
  return isInClass(WORD_CHARS, (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000) ? 2 : 0;
}

/** The end of the run of letters and digits from `i`. */
export function runEnd(text: string, i: number): number {
  for (let l = wordAt(text, i); l > 0; l = wordAt(text, i)) i += l;
  return i;
}

/** `\s` of a regex: the code units it matches (there is no space outside the BMP). */
export function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
