import { createRequire } from 'node:module';
import type { LexiconIndex } from './lexicon.js';

// compromise's prebuilt single file (its `require` entry), not its ESM entry: the same release's code,
// but the ESM entry is 456 modules that every worker thread resolved and compiled at start,
// ~0.15 s of CPU each before its first document.
const nlp = createRequire(import.meta.url)('compromise') as typeof import('compromise').default;

export type VerbForm = 'base' | 's' | 'ing' | 'ed';

/** The base form of a duty verb and the form it was written in, or null when the word is not one. */
export function lemma(word: string, lex: LexiconIndex): { base: string; form: VerbForm } | null {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  // "re-plan", "co-ordinate", "pre-book": the verb after a prefix.
  const prefixed = /^(re|co|pre|up|cross|double|over)-([a-z]{3,})$/.exec(w);
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

/** "Tasks may include …": a word before a modal or auxiliary is its subject, not a verb. */
const AUXILIARY = /^(?:may|might|can|could|will|would|shall|should|must|is|are|was|were|include|includes|have|has|do|does)$/i;

const guessed = new Map<string, { base: string; form: VerbForm } | null>();

/**
 * For a first word the lexicon does not know: ask compromise, reading the line with a subject
 * ("They …"), because on a subject-less line it tags the verb as a noun. Memoized on all the
 * answer depends on: the two words and whether the next one is capitalized (a key without the
 * case made "CAMHS experience" answer for "CAMHS Experience" in whichever document came later).
 */
export function guessVerb(word: string, next: string): { base: string; form: VerbForm } | null {
  const key = `${word.toLowerCase()} ${/^\p{Lu}/u.test(next) ? '^' : ''}${next.toLowerCase()}`;
  if (guessed.has(key)) return guessed.get(key) ?? null;
  let result: { base: string; form: VerbForm } | null = null;
  // A capitalised next word means a Title Case name ("Sales Goals"), not a verb and its object.
  if (/^[a-z][a-z-]{2,}(?:[^s]s|ing|ed)$/i.test(word) && !/^\p{Lu}/u.test(next) && !AUXILIARY.test(next)) {
    const doc = nlp(`They ${word.toLowerCase()} ${next.toLowerCase()}`);
    const term = doc.terms().json()[1] as { terms?: { tags?: string[] }[] } | undefined;
    const tags = term?.terms?.[0]?.tags ?? [];
    if (tags.includes('Verb') && !tags.includes('Modal') && !tags.includes('Copula') && !tags.includes('Auxiliary')) {
      const inf = (doc.verbs().toInfinitive().text().split(/\s+/)[0] ?? '').toLowerCase();
      const form: VerbForm = /ing$/i.test(word) ? 'ing' : /ed$/i.test(word) ? 'ed' : /s$/i.test(word) ? 's' : 'base';
      if (inf && inf !== 'they') result = { base: inf, form };
    }
  }
  if (guessed.size > 5000) guessed.clear();
  guessed.set(key, result);
  return result;
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
export const PREPOSITION = /^(?:with|to|for|on|in|at|by|from|of|about|into|up|out|over)$/i;
/** A modal or an auxiliary after a word: the word is that verb's subject, never an imperative. */
export const SUBJECT_BEFORE = /^(?:will|shall|would|can|could|may|might|must|should|is|are|was|were|has|have|had)$/i;
