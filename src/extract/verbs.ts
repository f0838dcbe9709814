import { createRequire } from 'node:module';
import type { LexiconIndex } from './lexicon.js';

// compromise's prebuilt single file (its `require` entry), not its ESM entry: the same release's code,
// but the ESM entry is 456 modules that every worker thread resolved and compiled at start,
// ~0.15 s of CPU each before its first document. Loaded at the first word pair that needs it: its
// require is 0.24 s of a thread's CPU, and a thread given the answers of earlier runs (see
// carryVerbGuesses) may need none.
let nlp: typeof import('compromise').default | undefined;
function compromise(): typeof import('compromise').default {
  return (nlp ??= createRequire(import.meta.url)('compromise') as typeof import('compromise').default);
}

export type VerbForm = 'base' | 's' | 'ing' | 'ed';

/** The base form of a duty verb and the form it was written in, or null when the word is not one. */
export function lemma(word: string, lex: LexiconIndex): { base: string; form: VerbForm } | null {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  // "re-plan", "co-ordinate", "pre-book", "audio-type", "proof-read", "spot-check": the verb after a prefix.
  const prefixed = /^(re|co|pre|up|cross|double|over|audio|copy|touch|proof|spot|fact|hand|fast|fine|multi)-([a-z]{3,})$/.exec(w);
  if (prefixed && !lex.verbs.has(w) && !lex.irregular.has(w)) {
    const inner = lemma(prefixed[2], lex);
    return inner ? { base: `${prefixed[1]}-${inner.base}`, form: inner.form } : null;
  }
  const irr = lex.irregular.get(w);
  if (irr) return { base: irr, form: w.endsWith('ing') ? 'ing' : w.endsWith('s') ? 's' : w === irr ? 'base' : 'ed' };
  if (lex.verbs.has(w)) return { base: w, form: 'base' };
  const tryBase = (cands: string[], form: VerbForm) => {
    for (const c of cands) if (c.length > 1 && lex.verbs.has(c)) return { base: c, form };
    return null;
  };
  if (w.endsWith('ies')) return tryBase([w.slice(0, -3) + 'y'], 's');
  if (w.endsWith('es')) {
    const r = tryBase([w.slice(0, -2), w.slice(0, -1)], 's');
    if (r) return r;
  }
  if (w.endsWith('s') && !w.endsWith('ss')) return tryBase([w.slice(0, -1)], 's');
  if (w.endsWith('ing')) {
    const stem = w.slice(0, -3);
    const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem;
    return tryBase([stem, stem + 'e', undoubled, stem.endsWith('y') ? stem : stem.replace(/i$/, 'ie')], 'ing');
  }
  if (w.endsWith('ied')) return tryBase([w.slice(0, -3) + 'y'], 'ed');
  if (w.endsWith('ed')) {
    const stem = w.slice(0, -2);
    const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem;
    return tryBase([stem, w.slice(0, -1), undoubled], 'ed');
  }
  return null;
}

/**
 * A lower-case -ing word joined to a gerund ("Washing and drying dishes"): a gerund too, whatever verb the lexicon lacks
 * ("dry"), unless it names a thing ("staffing", "training"). `next` is the word after it, its object.
 */
export function joinedGerund(word: string, next: string, lex: LexiconIndex): VerbGuess {
  const known = lemma(word, lex);
  if (known || !/^\p{Ll}+ing$/u.test(word) || lex.nounGerunds.has(word) || !/^\p{Ll}/u.test(next)) return known;
  const guess = guessVerb(word, next);
  return guess?.form === 'ing' ? guess : null;
}

/** "Tasks may include …": a word before a modal or auxiliary is its subject, not a verb. */
const AUXILIARY = /^(?:may|might|can|could|will|would|shall|should|must|is|are|was|were|include|includes|have|has|do|does)$/i;

/** What guessVerb answers for a word pair: a duty verb's base form and the form it was written in, or null. */
export type VerbGuess = { base: string; form: VerbForm } | null;

/** Pairs this thread asked compromise about (cleared past 5,000 to bound memory). */
const guessed = new Map<string, VerbGuess>();
/** Answers carried over from earlier runs (see carryVerbGuesses); never cleared. */
let carried: ReadonlyMap<string, VerbGuess> = new Map();
/** Answers compromise gave this thread that were not carried: for the caller to keep for later runs. */
let learnt: [string, VerbGuess][] = [];
/** Whether answers are carried (a run with a cache): only then are new ones kept for the caller. */
let carrying = false;
let calls = 0;

/** A word that may be a verb in -s, -ing or -ed form, as compromise is asked about it (ASCII letters and hyphens only). */
const VERB_SHAPED = /^[a-z][a-z-]{2,}(?:[^s]s|ing|ed)$/i;

/**
 * For a first word the lexicon does not know: ask compromise, reading the line with a subject
 * ("They …"), because on a subject-less line it tags the verb as a noun. Memoized on all the
 * answer depends on: the two words lowercased, once the pair is one compromise is asked about
 * (the word is letters a-z and hyphens, so its lowercase is the word up to case; the next word is
 * not capitalized and no auxiliary). An earlier key that kept the next word's case made "CAMHS
 * experience" answer for "CAMHS Experience" in whichever document came later; now a capitalized
 * next word is answered before the memo. Being exact, the memo may be carried across runs.
 */
export function guessVerb(word: string, next: string): VerbGuess {
  // A capitalised next word means a Title Case name ("Sales Goals"), not a verb and its object.
  if (!VERB_SHAPED.test(word) || /^\p{Lu}/u.test(next) || AUXILIARY.test(next)) return null;
  const key = `${word.toLowerCase()} ${next.toLowerCase()}`;
  // (undefined: never asked; null: asked, no verb.)
  const known = guessed.has(key) ? guessed.get(key) : carried.get(key);
  if (known !== undefined) return known;
  const result = askCompromise(word, next);
  if (guessed.size > 5000) guessed.clear();
  guessed.set(key, result);
  if (carrying && !carried.has(key)) learnt.push([key, result]);
  return result;
}

function askCompromise(word: string, next: string): VerbGuess {
  calls++;
  const doc = compromise()(`They ${word.toLowerCase()} ${next.toLowerCase()}`);
  const term = doc.terms().json()[1] as { terms?: { tags?: string[] }[] } | undefined;
  const tags = term?.terms?.[0]?.tags ?? [];
  if (!tags.includes('Verb') || tags.includes('Modal') || tags.includes('Copula') || tags.includes('Auxiliary')) return null;
  const inf = (doc.verbs().toInfinitive().text().split(/\s+/)[0] ?? '').toLowerCase();
  const form: VerbForm = /ing$/i.test(word) ? 'ing' : /ed$/i.test(word) ? 'ed' : /s$/i.test(word) ? 's' : 'base';
  return inf && inf !== 'they' ? { base: inf, form } : null;
}

/** Gives this thread the answers of earlier runs (pair -> answer, as verbGuessText writes them). */
export function carryVerbGuesses(entries: Iterable<[string, string]>): void {
  const map = new Map<string, VerbGuess>();
  for (const [pair, text] of entries) map.set(pair, verbGuessOf(text));
  carried = map;
  carrying = true;
}

/** The answers compromise gave since the last call that were not carried over, as [pair, text]. */
export function takeLearntVerbGuesses(): [string, string][] {
  const out = learnt.map(([pair, guess]): [string, string] => [pair, verbGuessText(guess)]);
  learnt = [];
  return out;
}

/** How many times this thread asked compromise (tests and benchmarks). */
export function compromiseCalls(): number {
  return calls;
}

/** An answer as stored: "" for null, else "form base" (a base form has no space: it is one word). */
export function verbGuessText(guess: VerbGuess): string {
  return guess ? `${guess.form} ${guess.base}` : '';
}

function verbGuessOf(text: string): VerbGuess {
  if (!text) return null;
  const space = text.indexOf(' ');
  return { form: text.slice(0, space) as VerbForm, base: text.slice(space + 1) };
}

/** "-ing" form of a base verb, for skills named by what one is able to do ("work to deadlines" → "working to deadlines"). */
export function gerund(base: string, lex: LexiconIndex): string {
  const known = lex.gerunds.get(base);
  if (known) return known;
  if (base === 'be') return 'being';
  if (base.endsWith('ie')) return base.slice(0, -2) + 'ying';
  if (base.endsWith('e') && !/(?:ee|ye|oe)$/.test(base)) return base.slice(0, -1) + 'ing';
  return base + 'ing';
}

/** A preposition after a word: the word is no verb with an object ("Lead Nurse for …"). */
export const PREPOSITION = /^(?:with|to|for|on|in|at|by|from|of|about|into|up|out|over|through)$/i;
/** A modal or an auxiliary after a word: the word is that verb's subject, never an imperative. */
export const SUBJECT_BEFORE = /^(?:will|shall|would|can|could|may|might|must|should|is|are|was|were|has|have|had)$/i;
