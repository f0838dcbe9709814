// What kind of line an item is, before any rule reads it: a list line, English, noise.
import type { Item } from '../types.js';
import { hits } from './context.js';
import type { LexiconIndex } from './lexicon.js';

const CONTACT = /@|https?:\/\/|www\.|\+?\d[\d\s()-]{7,}\d/u;

/** A list line (or a short line without a full stop): read as a name or a task, not as prose. */
export function isListLike(item: Item): boolean {
  if (item.level > 0) return true;
  return !/[.!?。]$/.test(item.text) && item.text.split(/\s+/).length <= 14;
}

/** English words no other language here uses: an item with them is read as English whatever the document's detected language. */
const ENGLISH_WORDS = /\b(?:the|and|of|to|with|for|you|your|our|we|will|skills|experience|ability|knowledge|years)\b/i;

export function isEnglish(text: string, englishDoc: boolean): boolean {
  return isMostlyLatin(text) && (englishDoc || ENGLISH_WORDS.test(text));
}

function isMostlyLatin(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return true;
  return letters.replace(/[^A-Za-z\u00C0-\u024F]/g, '').length / letters.length > 0.7;
}

export function isNoise(text: string, lex: LexiconIndex): boolean {
  return hits(lex.noise, text) || (CONTACT.test(text) && text.split(/\s+/).length < 25);
}

