import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/** English dictionary words, read on first use only (hyphenation decisions need it, most documents do not). */
let dictionary: Set<string> | undefined;

export function isDictionaryWord(word: string): boolean {
  dictionary ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return dictionary.has(word.toLowerCase());
}
