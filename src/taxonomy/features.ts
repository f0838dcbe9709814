import type { TaxonomyConfig } from './options.js';
import { PREPOSITIONS, STOPWORDS, americanize, rawTokens, stem, stripPossessive } from './text.js';
import { agentBase, isOnlyAdjective } from './wordnet.js';
import { perConfig } from '../per-config.js';

/** What one run adds to the lexicon: WordNet synonyms of its head nouns, its own acronyms. */
export interface RunLexicon {
  wordnet: ReadonlyMap<string, string>;
  acronyms: ReadonlyMap<string, string[]>;
}

const NO_RUN_LEXICON: RunLexicon = { wordnet: new Map(), acronyms: new Map() };

/** The domain lexicon, compiled once per config. */
export interface Lexicon {
  abbreviations: Map<string, string[]>;
  /**
   * By first word, the most words of an abbreviation (`abbrevWords`) or a phrase (`phraseWords`) of
   * two words or more that begins with it: the longer lookups at a word no such entry begins with are
   * skipped (they joined a string per length at every word of every text).
   */
  abbrevWords: Map<string, number>;
  /** Written words (space-joined; the first and last in any regular inflection) → the group's canonical words. */
  phrases: Map<string, string[]>;
  phraseWords: Map<string, number>;
  fillers: Set<string>;
  /** Nouns that only classify what follows "of" ("kinds of shower"): there they name nothing. */
  classifiers: Set<string>;
  /** Hyphenated or dotted words the lexicon names: kept whole instead of split. */
  whole: Set<string>;
  /** Every word the lexicon names: left as written, never reduced to an agent noun's verb. */
  words: Set<string>;
  /** Agent nouns become their verbs ("presenter" → "present"): needs WordNet. */
  agents: boolean;
}

function splitWord(token: string, whole: Set<string>): string[] {
  const t = stripPossessive(token);
  if (whole.has(t) || whole.has(t.replace(/s$/, '')) || !/[-.']/.test(t)) return [americanize(t)];
  return t.split(/[-.']/).filter(Boolean).map(americanize);
}

const ARTICLES = new Set(['a', 'an', 'the']);

export const lexiconOf = perConfig((config: TaxonomyConfig): Lexicon => {
  const { groups, abbreviations, fillers, classifiers } = config.synonymsData;
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
  const fillerSet = new Set(fillers.flatMap((f) => rawTokens(f).map((t) => americanize(stripPossessive(t)))));
  const surface = (text: string) => rawTokens(text).flatMap((t) => splitWord(t, whole));
  // Fillers go before phrases are matched, so that "maintain strong relationships" meets
  // "maintain relationships"; entries are read the same way. So do articles, which name nothing
  // ("work with teams" is "work with a team").
  const content = (text: string) => surface(text).filter((w) => !fillerSet.has(w) && !ARTICLES.has(w));
  const abbrevMap = new Map<string, string[]>();
  for (const [k, v] of Object.entries(abbreviations)) {
    const key = rawTokens(k).join(' ');
    abbrevMap.set(key, surface(v));
  }
  // Matched on written words, not stems: a stem match would also catch unrelated words that
  // stem alike ("customs" and "customer" are both "custom").
  const phrases = new Map<string, string[]>();
  for (const group of groups) {
    const canonical = content(group[0]);
    for (const entry of group) {
      const seq = content(entry);
      // An entry with a filler in it would, once the filler is gone, stand for a plainer phrase
      // ("new business" for "business"): such entries are left out.
      if (!seq.length || seq.length !== surface(entry).filter((w) => !ARTICLES.has(w)).length) continue;
      // Both ends inflect: "works as part of a team", "solving problems".
      const firsts = seq.length > 1 ? inflections(seq[0]) : [''];
      const middle = seq.slice(1, -1);
      for (const first of firsts) {
        for (const last of inflections(seq[seq.length - 1])) {
          const key = (seq.length > 1 ? [first, ...middle, last] : [last]).join(' ');
          // First group wins on a clash, so the file reads top-down.
          if (!phrases.has(key)) phrases.set(key, canonical);
        }
      }
    }
  }
  const words = new Set<string>();
  for (const key of phrases.keys()) for (const w of key.split(' ')) words.add(w);
  return {
    words,
    agents: config.wordnet.enabled,
    abbreviations: abbrevMap,
    abbrevWords: longestFrom(abbrevMap.keys()),
    phrases,
    phraseWords: longestFrom(phrases.keys()),
    fillers: fillerSet,
    classifiers: new Set(classifiers),
    whole,
  };
});

/** Per first word, the most words of a key (space-joined words) of two or more that begins with it. */
function longestFrom(keys: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const key of keys) {
    const words = key.split(' ');
    if (words.length > 1 && words.length > (out.get(words[0]) ?? 0)) out.set(words[0], words.length);
  }
  return out;
}

/** A word's regular inflections, so that a lexicon entry matches "clients" and "liaising" too. */
function inflections(word: string): string[] {
  const out = new Set([word, `${word}s`, `${word}es`, `${word}ing`, `${word}ed`, `${word}d`]);
  if (word.endsWith('e')) {
    out.add(`${word.slice(0, -1)}ing`);
    out.add(`${word.slice(0, -1)}ed`);
  }
  if (/[^aeiou]y$/.test(word)) {
    out.add(`${word.slice(0, -1)}ies`);
    out.add(`${word.slice(0, -1)}ied`);
  }
  if (/^[a-z]*[^aeiou][aeiou][bdglmnprt]$/.test(word) && word.length <= 5) {
    out.add(`${word}${word.at(-1)}ing`);
    out.add(`${word}${word.at(-1)}ed`);
  }
  return [...out];
}

let surfaceMemos = new WeakMap<Lexicon, Map<string, string>>();

/** Drops the kept surface words (a run frees them with its reference data; they are read again on next use). */
export function forgetSurfaceWords(): void {
  surfaceMemos = new WeakMap();
}
/** Texts whose surface words are kept per lexicon: a run's distinct variants are ~20,000 on 5,000 postings. */
const MAX_SURFACE_MEMO = 100_000;
/** Between a text's kept words (a text with a word that holds it, or an empty word, is not kept). */
const WORD_SEPARATOR = '\0';

/**
 * Surface words after abbreviation expansion, possessives and hyphen splitting. The reduce reads each
 * variant's words four or five times (its acronyms, its WordNet head, its terms, the linker's terms
 * and shape): each text's are kept, once per lexicon, as one string (an array of word strings per
 * text took ~27 MB of the reduce's heap on 5,000 postings with 25,000 distinct wordings, four times
 * the joined words), and each call gets its own array.
 */
export function surfaceWords(text: string, lex: Lexicon): string[] {
  let memo = surfaceMemos.get(lex);
  if (!memo) surfaceMemos.set(lex, (memo = new Map()));
  const kept = memo.get(text);
  if (kept !== undefined) return kept === '' ? [] : kept.split(WORD_SEPARATOR);
  const words = readSurfaceWords(text, lex);
  if (memo.size < MAX_SURFACE_MEMO && words.every((w) => w !== '' && !w.includes(WORD_SEPARATOR))) memo.set(text, words.join(WORD_SEPARATOR));
  return words;
}

function readSurfaceWords(text: string, lex: Lexicon): string[] {
  const raw = rawTokens(text);
  const out: string[] = [];
  for (let i = 0; i < raw.length; ) {
    let matched = false;
    for (let n = Math.min(lex.abbrevWords.get(raw[i]) ?? 1, raw.length - i); n >= 1; n--) {
      const exp = lex.abbreviations.get(n === 1 ? raw[i] : raw.slice(i, i + n).join(' '));
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

/** A classifier before "of" ("types of wood", "a range of stakeholders"): what follows is what is meant. */
const classifies = (words: string[], i: number, lex: Lexicon) => lex.classifiers.has(words[i]) && words[i + 1] === 'of';

/** The word a phrase is about: the last content word before its first preposition (after a classifier's "of"). */
export function headWord(words: string[], lex: Lexicon): string | undefined {
  let head: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (head && PREPOSITIONS.has(w)) break;
    if (!STOPWORDS.has(w) && !lex.fillers.has(w) && !classifies(words, i, lex) && /^[a-z]{3,}$/.test(w)) head = w;
  }
  return head;
}

/** A quality asked of a person: a few words, each but fillers and function words an adjective ("resilient", "hard-working", "energetic and reliable"). */
export function namesQuality(text: string, lex: Lexicon): boolean {
  const tokens = rawTokens(text).map((t) => americanize(stripPossessive(t)));
  const words = tokens.filter((w) => !STOPWORDS.has(w) && !lex.fillers.has(w));
  // A compound adjective ending in a participle is written with a space as often as with its hyphen ("hard working",
  // "service minded"); "accounts receivable" is no compound.
  if (tokens.length === 2 && words.length === 2 && /(?:ed|ing|en)$/.test(words[1]) && isOnlyAdjective(words.join('-'))) return true;
  return words.length > 0 && words.length <= 3 && words.every(isOnlyAdjective);
}

/**
 * A WordNet synonym, unless it is a word of the domain lexicon: the lexicon would then map it on
 * ("construction" → "building" → "develop").
 */
function viaWordnet(word: string, run: RunLexicon, lex: Lexicon): string | undefined {
  const c = run.wordnet.get(word);
  return c !== undefined && !lex.words.has(c) ? c : undefined;
}

/**
 * A phrase's content terms: abbreviations expanded, WordNet and domain synonyms mapped to one
 * canonical form, stems instead of inflections, fillers and function words dropped. In order of
 * appearance, without repeats; similarity treats them as a set, so word order does not matter.
 */
export function analyze(text: string, lex: Lexicon, run: RunLexicon = NO_RUN_LEXICON): string[] {
  const words = surfaceWords(text, lex)
    .flatMap((w) => run.acronyms.get(w) ?? [w])
    .filter((w, i, all) => !lex.fillers.has(w) && !ARTICLES.has(w) && !classifies(all, i, lex))
    .map((w) => (lex.words.has(w) ? w : (viaWordnet(w, run, lex) ?? (lex.agents ? agentBase(w.replace(/^([a-z]{4,})ships?$/, '$1')) : w))));
  const seq: { surface: string; s: string }[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = false;
    for (let n = Math.min(lex.phraseWords.get(words[i]) ?? 1, words.length - i); n >= 1; n--) {
      const canon = lex.phrases.get(n === 1 ? words[i] : words.slice(i, i + n).join(' '));
      if (canon) {
        for (const c of canon) seq.push({ surface: c, s: stem(c) });
        i += n;
        matched = true;
        break;
      }
    }
    if (!matched) {
      seq.push({ surface: words[i], s: stem(words[i]) });
      i++;
    }
  }
  const terms: string[] = [];
  for (const { surface, s } of seq) {
    if (STOPWORDS.has(surface) || PREPOSITIONS.has(surface) || lex.fillers.has(surface) || s.length < 2 || /^[\d.,+%]+$/.test(s)) continue;
    if (!terms.includes(s)) terms.push(s);
  }
  return terms;
}

const analyses = new WeakMap<RunLexicon, WeakMap<Lexicon, Map<string, string[]>>>();

/**
 * `analyze` for one run: each distinct text analysed once, however many stages read it (grouping,
 * ids, the categories' neighbour votes, each mention's id at export). The arrays are shared:
 * callers read them, never change them. Kept as long as the run's lexicon is.
 */
export function analyzeInRun(text: string, lex: Lexicon, run: RunLexicon): string[] {
  let byLex = analyses.get(run);
  if (!byLex) analyses.set(run, (byLex = new WeakMap()));
  let memo = byLex.get(lex);
  if (!memo) byLex.set(lex, (memo = new Map()));
  let terms = memo.get(text);
  if (!terms) memo.set(text, (terms = analyze(text, lex, run)));
  return terms;
}

/** The order-free identity of a phrase: its sorted distinct terms. */
export function termKey(terms: string[]): string {
  return [...terms].sort().join(' ');
}
