import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/**
 * The English word list (~275k words, one a line), read on first use only: hyphenation decisions
 * need it, most documents do not. Held as the file's text and an open-addressing table of line
 * starts (about 5 MB) rather than a Set of 275k strings (about 21 MB of heap in every worker, which
 * its garbage collector then lets grow by as much again).
 */
interface WordTable {
  text: string;
  /** Line start + 1 per slot; 0 is an empty slot. */
  slots: Uint32Array;
  mask: number;
}

let table: WordTable | undefined;

function hashOf(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end;
}

function load(): WordTable {
  const text = readFileSync(wordListPath, 'utf8');
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  // At least 1.25 slots a word: 2^19 slots (2 MB) for the 274k words, half full.
  let size = 1;
  while (size < lines * 1.25) size <<= 1;
  const t: WordTable = { text, slots: new Uint32Array(size), mask: size - 1 };
  for (let start = 0; start <= text.length; ) {
    const end = lineEnd(text, start);
    // A word listed twice keeps one slot, as a Set would.
    if (!find(t, text, start, end)) {
      let slot = hashOf(text, start, end) & t.mask;
      while (t.slots[slot] !== 0) slot = (slot + 1) & t.mask;
      t.slots[slot] = start + 1;
    }
    start = end + 1;
  }
  return t;
}

/** Whether the word list has the characters from..to of `s` as one of its lines. */
function find(t: WordTable, s: string, from: number, to: number): boolean {
  const n = to - from;
  for (let slot = hashOf(s, from, to) & t.mask; t.slots[slot] !== 0; slot = (slot + 1) & t.mask) {
    const start = t.slots[slot] - 1;
    if (lineEnd(t.text, start) - start === n && same(t.text, start, s, from, n)) return true;
  }
  return false;
}

function same(a: string, at: number, b: string, from: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (a.charCodeAt(at + i) !== b.charCodeAt(from + i)) return false;
  return true;
}

/** Whether the word list has exactly this word (the list is lower case). */
export function isEnglishWord(word: string): boolean {
  table ??= load();
  return find(table, word, 0, word.length);
}

/** Whether the word, lower-cased, is in the English word list. */
export function isDictionaryWord(word: string): boolean {
  return isEnglishWord(word.toLowerCase());
}

/** Whether every word of a phrase, cut at spaces and hyphens ("Non-Medical Prescriber"), is in the English word list. */
export function allDictionaryWords(phrase: string): boolean {
  return phrase.split(/[\s-]+/).every(isDictionaryWord);
}
