import type { ExtractConfig } from './options.js';
import { perConfig } from '../per-config.js';
import { firstMatch, guarded } from './context.js';
import { registerPhraseScan } from './phrase-scan.js';

/** Indexes over the extraction lexicon, built once per config object. */
export interface LexiconIndex {
  verbs: Set<string>;
  irregular: Map<string, string>;
  notDuty: Set<string>;
  /** Verbs that are more often nouns before another noun ("contact notes", "report templates"). */
  nounVerbs: Set<string>;
  /** -ing forms that are mostly nouns ("marketing", "accounting"): no second task after a gerund. */
  nounGerunds: Set<string>;
  /** -ing forms that double a consonant ("plan" → "planning"), read from the irregular table. */
  gerunds: Map<string, string>;
  responsible: RegExp;
  /** The same patterns with a phrase after their noun ("Your main tasks as a warehouse worker are to …"): see responsibility. */
  responsibleModified: RegExp;
  modifiers: RegExp;
  skillHead: RegExp;
  ability: RegExp;
  dropAdverbs: RegExp;
  knowledgeCue: RegExp;
  levelWords: Map<string, string>;
  qualities: RegExp;
  /** The qualities named in two words, lower case ("physically fit", "team player"): looked up, not scanned for. */
  qualityPairs: Set<string>;
  knowledgeTerms: RegExp;
  knowledgeTermsExact: RegExp;
  degrees: RegExp;
  degreesExact: RegExp;
  degreeLevels: Map<string, string>;
  certifications: RegExp;
  /** The last words of the certificates the lexicon names in more than one word ("licence" of "driving licence"). */
  certificationEnds: Set<string>;
  certificationsExact: RegExp;
  /** Words that make a number of years an experience requirement in a sentence. */
  experienceWords: RegExp;
  noise: RegExp;
  nonSkills: Set<string>;
  offers: RegExp;
  /** A posting's next field run on after a span ("… work experience Place of work: Bole", "… Bonus: DevOps"). */
  fieldInside: RegExp;
  foreignKnowledge: RegExp;
  foreignModifiers: RegExp;
  /** Spoken languages: "Fluency in English" is a skill, not knowledge. */
  languages: Set<string>;
  /** The same languages as names to find in a text (the vocabulary lacks some: "Amharic", "Afaan Oromo"). */
  languageNames: RegExp;
}

export const lexiconIndex: (config: ExtractConfig) => LexiconIndex = perConfig(build);

/** Whether a lexicon pattern matches the whole phrase. */
export function namesWhole(re: RegExp, phrase: string): boolean {
  const m = firstMatch(re, phrase);
  return m !== null && m.index === 0 && m[0].length === phrase.length;
}

/** Whether the whole phrase is a quality the lexicon names ("listening", "eye for detail"). */
export function isQuality(phrase: string, lex: LexiconIndex): boolean {
  return namesWhole(lex.qualities, phrase);
}

/** Whether a phrase of two words is a quality the lexicon names ("physically fit"): a set lookup, no scan. */
export function isQualityPair(phrase: string, lex: LexiconIndex): boolean {
  return lex.qualityPairs.has(phrase.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' '));
}

/** Whether the whole phrase is a subject or tool the lexicon knows ("Excel", "pivot tables"). */
export function isKnowledgeTerm(phrase: string, lex: LexiconIndex): boolean {
  return namesWhole(lex.knowledgeTerms, phrase);
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One regex matching any of the phrases as whole words, longest first; flexible about spaces and hyphens. */
export function phraseRe(phrases: string[], flags = 'giu'): RegExp {
  // ("Health & Safety" is the lexicon's "health and safety".)
  const written = phrases.flatMap((p) => (/ and /i.test(p) ? [p, p.replace(/ and /gi, ' & ')] : [p]));
  const distinct = [...new Set(written.map((p) => p.trim()).filter((p) => p !== ''))].sort((a, b) => b.length - a.length);
  const alts = distinct.map((p) => escapeRe(p).replace(/\\?[ -]+/g, '[\\s\\-]+').replace(/'/g, "['’]"));
  if (alts.length === 0) return /(?!)/gu;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, flags);
  // The context helpers (matches, hits, firstMatch) run it only where the phrases' trie says it may match.
  registerPhraseScan(re, distinct);
  return re;
}

/** A responsibility pattern that is a noun and its verb ("duties include", "role is to", "tasks will be to"). */
const NOUN_THEN_VERB = /^(\p{L}+) ((?:will|would|could|may|are|is|include|includes|involve|involves)\b.*)$/u;
/**
 * What may follow such a noun before its verb: "of the role", "as a warehouse worker", "in this post"; or the noun's
 * relative pronoun ("a varied role which includes …", "duties that involve …").
 */
const POST_MODIFIER = String.raw`(?:\s+(?:of|as|for|in|within|at|on)\s+(?:[^\s,.;:!?()]+\s+){1,5}?|\s+(?:which|that)\s+)`;

/**
 * The lexicon's noun-and-verb responsibility patterns, a phrase that qualifies the noun between them: a noun's verbs in
 * one group after one copy of the phrase's pattern (a regex's compiled code is kept per thread: one copy per pattern
 * took 25 MB of a run's two workers).
 */
function modifiedNounPatterns(patterns: string[]): RegExp {
  const verbsOf = new Map<string, Set<string>>();
  for (const p of patterns) {
    const m = NOUN_THEN_VERB.exec(p.trim().toLowerCase());
    if (!m) continue;
    const noun = escapeRe(m[1]);
    if (!verbsOf.has(noun)) verbsOf.set(noun, new Set());
    verbsOf.get(noun)!.add(escapeRe(m[2]).replace(/\\?[ -]+/g, '[\\s\\-]+'));
  }
  if (verbsOf.size === 0) return /(?!)/gu;
  const alts = [...verbsOf].map(([noun, verbs]) => `${noun}${POST_MODIFIER}(?:${[...verbs].sort((a, b) => b.length - a.length).join('|')})`);
  // (Asked of most sentences: tried only after a noun of theirs and a preposition or relative pronoun.)
  const guard = new RegExp(`\\b(?:${[...verbsOf.keys()].join('|')})\\s+(?:of|as|for|in|within|at|on|which|that)\\s`, 'i');
  return guarded(new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'giu'), guard);
}

/**
 * Where a sentence says what the role is responsible for: a pattern of the lexicon ("Duties include", "Responsible
 * for"), else one whose noun a phrase qualifies ("The main duties of the post holder are to …").
 */
export function responsibility(sentence: string, lex: LexiconIndex): RegExpExecArray | null {
  return firstMatch(lex.responsible, sentence) ?? firstMatch(lex.responsibleModified, sentence);
}

function build(config: ExtractConfig): LexiconIndex {
  const w = config.words;
  const irregular = new Map(Object.entries(w.irregularVerbs).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()]));
  const gerunds = new Map<string, string>();
  for (const [form, base] of irregular) if (form.endsWith('ing')) gerunds.set(base, form);
  const degreeLevels = new Map<string, string>();
  for (const [k, v] of Object.entries(w.degrees)) degreeLevels.set(k.toLowerCase().replace(/’/g, "'"), v);
  for (const [k, v] of Object.entries(w.degreesExact)) degreeLevels.set(k, v);
  return {
    verbs: new Set(w.dutyVerbs.map((v) => v.toLowerCase())),
    irregular,
    notDuty: new Set(w.notDutyVerbs.map((v) => v.toLowerCase())),
    nounVerbs: new Set(w.nounVerbs.map((v) => v.toLowerCase())),
    nounGerunds: new Set(w.nounGerunds.map((v) => v.toLowerCase())),
    gerunds,
    responsible: phraseRe(w.responsiblePatterns),
    responsibleModified: modifiedNounPatterns(w.responsiblePatterns),
    modifiers: new RegExp(`^(?:(?:${w.skillModifiers.map(escapeRe).sort((a, b) => b.length - a.length).join('|')})[\\s,]+(?:and\\s+)?)+`, 'iu'),
    skillHead: phraseRe(w.skillHeads),
    ability: phraseRe(w.abilityCues),
    dropAdverbs: phraseRe(w.dropAdverbs),
    knowledgeCue: phraseRe(w.knowledgeCues),
    levelWords: new Map(Object.entries(w.levelWords).map(([k, v]) => [k.toLowerCase(), v])),
    qualities: phraseRe(w.qualities),
    qualityPairs: new Set(w.qualities.map((q) => q.trim().toLowerCase().replace(/’/g, "'")).filter((q) => /^\S+ \S+$/.test(q))),
    knowledgeTerms: phraseRe(w.knowledgeTerms),
    knowledgeTermsExact: phraseRe(w.knowledgeTermsExact, 'gu'),
    degrees: phraseRe(Object.keys(w.degrees)),
    degreesExact: phraseRe(Object.keys(w.degreesExact), 'gu'),
    degreeLevels,
    certifications: phraseRe(w.certifications),
    certificationEnds: new Set(w.certifications.filter((c) => /\s/.test(c.trim())).map((c) => c.trim().split(/\s+/).pop()!.toLowerCase())),
    certificationsExact: phraseRe(w.certificationsExact, 'gu'),
    experienceWords: phraseRe(w.experienceWords),
    noise: phraseRe(w.noise),
    nonSkills: new Set(w.nonSkills.map((s) => s.toLowerCase())),
    offers: phraseRe(w.offers),
    // (Every label ends with a colon: a text with none has no label.)
    fieldInside: guarded(new RegExp(`(?<=[\\p{L}\\p{N}.)\\]])\\s(?=(?:${w.fieldLabels.map(escapeRe).join('|')})\\b[\\p{L} /]{0,20}?\\s?:\\s)`, 'u'), /:/),
    foreignKnowledge: phraseRe(w.foreignKnowledgeCues),
    languages: new Set(w.languages.map((l) => l.toLowerCase())),
    languageNames: phraseRe(w.languages),
    foreignModifiers: new RegExp(`^(?:(?:${w.foreignModifiers.map(escapeRe).sort((a, b) => b.length - a.length).join('|')})\\s+)+`, 'iu'),
  };
}

/** A degree's level by its name as written ("Master’s degree", "A-Levels", "GCSE"), or undefined when it names none. */
export function degreeLevelOf(name: string, lex: LexiconIndex): string | undefined {
  return lex.degreeLevels.get(name.toLowerCase().replace(/’/g, "'").replace(/[\s-]+/g, ' ')) ?? lex.degreeLevels.get(name);
}
