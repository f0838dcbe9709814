import { type Lexicon, surfaceWords } from './features.js';
import { STOPWORDS } from './text.js';
import { isDictionaryWord } from './wordnet.js';

const ACRONYM = /^[a-z]{2,6}$/;

function initials(words: string[]): string {
  return words.map((w) => w[0]).join('');
}

/**
 * Acronyms a corpus defines by using both forms: "IFRS" and "international financial reporting
 * standards", "WMS" and "warehouse management systems". A word is read as the acronym of a
 * phrase of the corpus whose initials it spells (with or without its function words). Ordinary
 * words that happen to spell some initials are left alone unless the phrase is frequent.
 */
export function corpusAcronyms(texts: { text: string; count: number }[], lex: Lexicon): Map<string, string[]> {
  const expansions = new Map<string, { words: string[]; count: number }>();
  const offer = (key: string, words: string[], count: number) => {
    const cur = expansions.get(key);
    if (!cur || count > cur.count || (count === cur.count && words.join(' ') < cur.words.join(' '))) expansions.set(key, { words, count });
  };
  const candidates = new Set<string>();
  for (const { text, count } of texts) {
    const words = surfaceWords(text, lex);
    for (const w of words) if (ACRONYM.test(w) && !STOPWORDS.has(w) && !lex.words.has(w) && !lex.fillers.has(w)) candidates.add(w);
    if (words.length < 2 || words.length > 6 || !words.every((w) => /^[a-z]+$/.test(w))) continue;
    offer(initials(words), words, count);
    const content = words.filter((w) => !STOPWORDS.has(w));
    if (content.length >= 2 && content.length < words.length) offer(initials(content), words, count);
  }
  const out = new Map<string, string[]>();
  for (const w of [...candidates].sort()) {
    // A plural acronym ("KPIs") spells its singular's initials; two letters and an s ("CSS", "AWS") is
    // an acronym of its own far more often than the plural of a two-letter one.
    const exp = expansions.get(w) ?? (w.length > 3 && w.endsWith('s') ? expansions.get(w.slice(0, -1)) : undefined);
    if (!exp || exp.words.includes(w)) continue;
    // Two letters, or an ordinary word, spell some initials by chance too often to trust one phrase.
    if (exp.count < 2 && (w.length < 3 || isDictionaryWord(w))) continue;
    out.set(w, exp.words);
  }
  return out;
}
