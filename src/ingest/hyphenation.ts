import { isEnglishWord } from '../clean/words.js';

/** Words of the document itself, with and without hyphens, to judge a line-end hyphen by. */
export interface DocumentWords {
  plain: Set<string>;
  hyphenated: Set<string>;
}

export function documentWords(lines: string[]): DocumentWords {
  const plain = new Set<string>();
  const hyphenated = new Set<string>();
  for (const line of lines) {
    // A hyphen at the very end of a line is the question, not evidence.
    for (const m of line.replace(/\S+-$/, '').matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
      const w = m[0].toLowerCase();
      if (w.includes('-')) hyphenated.add(w);
      else plain.add(w);
    }
  }
  return { plain, hyphenated };
}

const LINE_END_HYPHEN = /(\p{L}+)[-\u00AD]$/u;
const NEXT_WORD = /^(\p{Ll}+)/u;

/**
 * Joins two visual lines of one paragraph. A line-end hyphen is removed only when the joined word
 * is a word (in the document or the dictionary) and the document never writes it hyphenated;
 * otherwise it is a real compound ("long-term") and stays.
 */
export function joinLines(left: string, right: string, words: DocumentWords): string {
  if (left.endsWith('\u00AD')) return left.slice(0, -1) + right;
  const end = LINE_END_HYPHEN.exec(left);
  const next = NEXT_WORD.exec(right);
  if (!end || !next || !left.endsWith('-')) return `${left} ${right}`;
  const head = end[1].toLowerCase();
  const tail = next[1];
  const joined = head + tail;
  if (words.hyphenated.has(`${head}-${tail}`)) return left + right;
  if (words.plain.has(joined) || isEnglishWord(joined)) return left.slice(0, -1) + right;
  return left + right;
}

/**
 * Joins two lines of a table cell: a column too narrow for a word breaks it without a hyphen ("Qualificatio" / "ns"),
 * which is joined when the word's head is no word and the whole is one.
 */
export function joinCellLines(left: string, right: string, words: DocumentWords): string {
  const head = /(\p{L}+)$/u.exec(left)?.[1].toLowerCase();
  const tail = NEXT_WORD.exec(right)?.[1];
  if (head && tail && !isEnglishWord(head) && (words.plain.has(head + tail) || isEnglishWord(head + tail))) return left + right;
  return joinLines(left, right, words);
}
