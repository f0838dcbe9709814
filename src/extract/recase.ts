import { isEnglishWord } from '../clean/words.js';
import type { LexiconIndex } from './lexicon.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’]*/gu;
/** After "IT" these make it the pronoun ("IT IS MANDATORY"), not information technology. */
const PRONOUN_NEXT = /^\s+(?:IS|WAS|WILL|WOULD|HAS|CAN|MAY|MUST|SHOULD)\b/;

/**
 * An item typed in capitals written as a sentence is, for the rules to read: English words in lower case, a
 * language with its capital ("ENGLISH" → "English"), other words (acronyms, "B.ED") as they are, the first
 * word capitalised. Every character keeps its place, so spans read in the recased text are spans of the original.
 */
export function recase(text: string, lex: LexiconIndex): string {
  let out = '';
  let at = 0;
  let first = true;
  for (const m of text.matchAll(WORD)) {
    out += text.slice(at, m.index);
    const w = m[0];
    const lower = lowerInPlace(w);
    let word = w;
    if (lex.languages.has(lower)) word = w[0] + lower.slice(1);
    // (The word list has no word of one letter: "A" is the article, "I" stays.)
    else if (w === 'A' || (/^\p{L}+$/u.test(w) && isEnglishWord(lower) && !(w === 'IT' && !PRONOUN_NEXT.test(text.slice(m.index + 2))))) word = lower;
    if (first && word[0].toUpperCase().length === 1) word = word[0].toUpperCase() + word.slice(1);
    first = false;
    out += word;
    at = m.index + w.length;
  }
  return out + text.slice(at);
}

/** Lower case character by character, keeping any character whose lower case is longer ("İ"). */
function lowerInPlace(w: string): string {
  let s = '';
  for (const ch of w) {
    const l = ch.toLowerCase();
    s += l.length === ch.length ? l : ch;
  }
  return s;
}
