import { isSpace } from './word-scan.js';

// String idioms that read the whole text with a regex, done without it. They come up in every
// block of every posting (section headings are asked of each paragraph, sentence ends of each period):
// a regex that ends in `$` is tried at every position of the text, and a global replace builds a new
// string even where nothing changes.

/**
 * Where the run of characters of `cls` (a regex for one character, `^…$`) that ends the text starts:
 * text.length when there is none. What `/[…]+$/` finds, read from the end. With the u flag a
 * surrogate pair is one character, as the regex would read it.
 */
export function tailRunStart(text: string, cls: RegExp): number {
  let i = text.length;
  while (i > 0) {
    const low = text.charCodeAt(i - 1);
    const pair = cls.unicode && low >= 0xdc00 && low <= 0xdfff && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
    const n = pair ? 2 : 1;
    if (!cls.test(text.slice(i - n, i))) break;
    i -= n;
  }
  return i;
}

/**
 * `text.replace(/\s+/g, ' ')`: every run of white space one space. A run that is one space already
 * is not replaced, so text spaced as it should be comes back as it is, with no new string built.
 */
export function squeezeSpaces(text: string): string {
  return text.replace(/\s{2,}|[^\S ]/g, ' ');
}

/**
 * The run of non-space characters that ends at `at`, read in the 80 characters before it: what
 * endingAt(/\S*$/u, text, at) gives, without the regex (tried at each of those 80 positions, for
 * every capitalised word of a run-on line).
 */
export function wordBefore(text: string, at: number): string {
  const from = Math.max(0, at - 80);
  let i = at;
  while (i > from && !isSpace(text.charCodeAt(i - 1))) i--;
  return text.slice(i, at);
}
