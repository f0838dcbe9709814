// The verb a line or clause opens with: what tells a task ("Coordinates delivery …") from a name or a subject.
import { firstMatch } from './context.js';
import type { LexiconIndex } from './lexicon.js';
import { guessVerb, lemma, SUBJECT_BEFORE, type VerbForm } from './verbs.js';

const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;
/** Words in "-ly" that are adjectives before a noun ("annual and quarterly work plans", "timely reports"), not adverbs. */
const LY_ADJECTIVE = /^(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|early|timely|friendly|elderly|costly|likely|orderly|only|lovely|lively|holy|ugly)$/i;

/** The nouns of a qualification, which a field of study or work comes before. */
const FIELD_OF = /^(?:degrees?|diplomas?|background|qualifications?|certificates?|certifications?|licen[cs]es?|registration|experience|graduates?|students?)$/i;

export interface LeadingVerb {
  base: string;
  form: VerbForm;
  /** Local offsets of the verb word. */
  start: number;
  end: number;
}

/** The verb a line starts with ("Coordinates delivery …", "Effectively manage …"), or null. */
export function leadingVerb(text: string, from: number, lex: LexiconIndex): LeadingVerb | null {
  WORD.lastIndex = from;
  const words: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while (words.length < 4 && (m = WORD.exec(text)) !== null) words.push(m);
  if (words.length === 0) return null;
  // Only spaces or an opening quote before the first word.
  if (/[^\s"“'(]/u.test(text.slice(from, words[0].index))) return null;
  let k = 0;
  // Leading adverbs ("Effectively manage", "Proactively identify").
  while (k < 2 && k < words.length - 1 && /ly$/i.test(words[k][0]) && !LY_ADJECTIVE.test(words[k][0]) && !lex.verbs.has(words[k][0].toLowerCase())) k++;
  const w = words[k];
  // ("Plan's corporate policies", "Let's not forget …": a possessive or a contraction, no imperative.)
  if (!w || /['’]s$/i.test(w[0])) return null;
  // ("… nutrition, and WASH outcomes": a word in capitals in a sentence that is not is an acronym; a line typed in
  // capitals is read recased.)
  if (/^\p{Lu}{2,}$/u.test(w[0]) && /\p{Ll}/u.test(text)) return null;
  const next = words[k + 1]?.[0] ?? '';
  // (Compromise, behind guessVerb, takes milliseconds a call: it is not asked of a word ending in "-ed", whose
  // guess could only be a past participle, refused just below.)
  // (Nor of a word in capitals the lexicon does not know as a verb: an acronym, "SMSTS", "SSSTS".)
  const v = lemma(w[0], lex) ?? (k === 0 && /^\p{Lu}(?!\p{Lu})/u.test(w[0]) && !/ed$/i.test(w[0]) ? guessVerb(w[0], next) : null);
  // Past participles open qualifications and names ("Registered Nurse", "Proven track record"), not duties.
  if (!v || v.form === 'ed' || (lex.notDuty.has(v.base) && !heldTask(v.base, text, w.index + w[0].length, lex))) return null;
  // "Engineering degree", "Nursing experience": a gerund before the noun of a qualification names its field.
  if (v.form === 'ing' && FIELD_OF.test(next)) return null;
  // "Account monitoring", "Sales reports": a noun used as a verb only when the next word could not be its object.
  // ("Provides and receives routine information", "Takes and records observations": a verb of the same form after
  // "and", written in lower case, makes both verbs.)
  if (v.form === 's' && /^(?:of|and|&)$/i.test(next) && !(/^and$/i.test(next) && /^\p{Ll}/u.test(words[k + 2]?.[0] ?? '') && words.length > k + 3 && lemma(words[k + 2][0], lex)?.form === 's')) return null;
  // "Place of employment", "Support of …": a word that is mostly a noun, before "of", is one; "will take place in …" is no task.
  if (v.form === 'base' && ((next.toLowerCase() === 'of' && lex.nounVerbs.has(v.base)) || (v.base === 'place' && /\btakes?\s+$/i.test(text.slice(Math.max(0, w.index - 8), w.index))))) return null;
  // "Interviews will be held on …", "Reports are produced monthly", "The Practice Nurse will work …": a word before a
  // modal or an auxiliary is its subject; an imperative is never followed by one.
  if (SUBJECT_BEFORE.test(next)) return null;
  // "Working hours are Monday to Friday", "Training sessions are held …": the word and the noun after it are the
  // subject, unless the verb takes a clause ("Ensure reports are submitted on time").
  if (SUBJECT_BEFORE.test(words[k + 2]?.[0] ?? '') && /^\p{L}+$/u.test(next) && !CLAUSE_VERB.test(v.base)) return null;
  // "Safeguarding Ethics Acme Relief is committed to …": a capitalised word that opens a Title Case run before a
  // finite verb names that verb's subject.
  if (TITLE_RUN_SUBJECT.test(text.slice(w.index, w.index + 120))) return null;
  return { base: v.base, form: v.form, start: w.index, end: w.index + w[0].length };
}

/** "hold a caseload / a budget / regular meetings" is a task; "hold a degree / NMC registration / a licence" is a qualification. */
function heldTask(base: string, text: string, from: number, lex: LexiconIndex): boolean {
  if (base !== 'hold') return false;
  const object = /^\s+(?:(?:a|an|the|your|their|own|regular|weekly|monthly)\s+)*[\p{L}-]+(?:\s+[\p{L}-]+){0,3}/u.exec(text.slice(from, from + 80))?.[0] ?? '';
  // "hold others accountable": a verb with an adjective complement describes a behaviour, not a task.
  return object !== '' && !/\b(?:valid|current|full|clean|relevant|recognised|recognized|professional|appropriate|accountable|responsible)\b/i.test(object) &&
    !firstMatch(lex.certifications, object) && !firstMatch(lex.certificationsExact, object) && !firstMatch(lex.degrees, object) && !firstMatch(lex.degreesExact, object);
}

/** Verbs whose object may be a clause with its own verb ("Ensure staff are trained", "Check stocks are rotated"). */
const CLAUSE_VERB = /^(?:ensure|make|check|verify|confirm|see|determine|establish|ascertain|demonstrate|show|prove|assure|guarantee|monitor|audit|review)$/i;

/** "Safeguarding Ethics Acme Relief has …", "Training Needs Analysis Reports are …": a Title Case run before a finite verb is its subject. */
export const TITLE_RUN_SUBJECT = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|\[[^\]\s]*\]|&|of|and)){1,6}\s+(?:is|are|was|were|has|have|had|will|shall)\b/u;
