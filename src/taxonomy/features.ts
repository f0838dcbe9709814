import type { TaxonomyConfig } from './options.js';
import { PREPOSITIONS, STOPWORDS, rawTokens, stem, stripPossessive } from './text.js';

/** A content term of a phrase: a canonical stem, and whether it sits in a complement ("… with clients"). */
export interface Term {
  t: string;
  comp: boolean;
}

/** The domain lexicon, compiled once per config. */
interface Lexicon {
  abbreviations: Map<string, string[]>;
  maxAbbrev: number;
  /** Stem sequence (space-joined) → canonical stems. */
  phrases: Map<string, string[]>;
  maxPhrase: number;
  fillers: Set<string>;
  /** Hyphenated or dotted words the lexicon names: kept whole instead of split. */
  whole: Set<string>;
}

const lexicons = new WeakMap<TaxonomyConfig, Lexicon>();

function splitWord(token: string, whole: Set<string>): string[] {
  const t = stripPossessive(token);
  if (whole.has(t) || !/[-.']/.test(t)) return [t];
  return t.split(/[-.']/).filter(Boolean);
}

export function lexiconOf(config: TaxonomyConfig): Lexicon {
  let lex = lexicons.get(config);
  if (lex) return lex;
  const { groups, abbreviations, fillers } = config.synonymsData;
  const whole = new Set<string>();
  const noteWhole = (text: string) => {
    for (const tok of rawTokens(text)) if (/[-.']/.test(tok)) whole.add(stripPossessive(tok));
  };
  for (const g of groups) g.forEach(noteWhole);
  fillers.forEach(noteWhole);
  for (const [k, v] of Object.entries(abbreviations)) {
    noteWhole(k);
    noteWhole(v);
  }
  const stems = (text: string) => rawTokens(text).flatMap((t) => splitWord(t, whole)).map(stem);
  const abbrevMap = new Map<string, string[]>();
  let maxAbbrev = 1;
  for (const [k, v] of Object.entries(abbreviations)) {
    const key = rawTokens(k).join(' ');
    abbrevMap.set(key, rawTokens(v));
    maxAbbrev = Math.max(maxAbbrev, key.split(' ').length);
  }
  const phrases = new Map<string, string[]>();
  let maxPhrase = 1;
  for (const group of groups) {
    const canonical = stems(group[0]);
    for (const entry of group) {
      const seq = stems(entry);
      if (!seq.length) continue;
      const key = seq.join(' ');
      // First group wins on a clash, so the file reads top-down.
      if (!phrases.has(key)) phrases.set(key, canonical);
      maxPhrase = Math.max(maxPhrase, seq.length);
    }
  }
  lex = {
    abbreviations: abbrevMap,
    maxAbbrev,
    phrases,
    maxPhrase,
    fillers: new Set(fillers.flatMap((f) => rawTokens(f).map(stripPossessive))),
    whole,
  };
  lexicons.set(config, lex);
  return lex;
}

/** Surface words after abbreviation expansion, possessives and hyphen splitting. */
export function surfaceWords(text: string, lex: Lexicon): string[] {
  const raw = rawTokens(text);
  const out: string[] = [];
  for (let i = 0; i < raw.length; ) {
    let matched = false;
    for (let n = Math.min(lex.maxAbbrev, raw.length - i); n >= 1; n--) {
      const exp = lex.abbreviations.get(raw.slice(i, i + n).join(' '));
      if (exp) {
        out.push(...exp);
        i += n;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out.push(...splitWord(raw[i], lex.whole));
      i++;
    }
  }
  return out;
}

/** The word a phrase is about: the last content word before its first preposition. */
export function headWord(words: string[], lex: Lexicon): string | undefined {
  let head: string | undefined;
  for (const w of words) {
    if (head && PREPOSITIONS.has(w)) break;
    if (!STOPWORDS.has(w) && !lex.fillers.has(w) && /^[a-z]{3,}$/.test(w)) head = w;
  }
  return head;
}

/**
 * A phrase's content terms: abbreviations expanded, WordNet and domain synonyms mapped to one
 * canonical form, stems instead of inflections, fillers and function words dropped. Word order
 * is kept only to mark complements; similarity treats the terms as a set.
 */
export function analyze(text: string, lex: Lexicon, wordnet: ReadonlyMap<string, string>): Term[] {
  const words = surfaceWords(text, lex).map((w) => wordnet.get(w) ?? w);
  const stems = words.map(stem);
  const seq: { surface: string; s: string }[] = [];
  for (let i = 0; i < stems.length; ) {
    let matched = false;
    for (let n = Math.min(lex.maxPhrase, stems.length - i); n >= 1; n--) {
      const canon = lex.phrases.get(n === 1 ? stems[i] : stems.slice(i, i + n).join(' '));
      if (canon) {
        for (const c of canon) seq.push({ surface: c, s: c });
        i += n;
        matched = true;
        break;
      }
    }
    if (!matched) {
      seq.push({ surface: words[i], s: stems[i] });
      i++;
    }
  }
  const terms: Term[] = [];
  const seen = new Map<string, Term>();
  let content = false;
  let comp = false;
  for (const { surface, s } of seq) {
    if (PREPOSITIONS.has(surface)) {
      if (content) comp = true;
      continue;
    }
    if (STOPWORDS.has(surface) || lex.fillers.has(surface) || s.length < 2 || /^[\d.,+%]+$/.test(s)) continue;
    content = true;
    const prev = seen.get(s);
    if (prev) {
      if (!comp) prev.comp = false;
      continue;
    }
    const term = { t: s, comp };
    seen.set(s, term);
    terms.push(term);
  }
  return terms;
}

/** The order-free identity of a phrase: its sorted distinct terms. */
export function termKey(terms: Term[]): string {
  return terms
    .map((x) => x.t)
    .sort()
    .join(' ');
}
