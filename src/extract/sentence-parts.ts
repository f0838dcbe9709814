// The parts of one item: its sentences, and the parts of a run-on line whose items lost their separators.
import { perText } from './context.js';
import { isKnowledgeTerm, isQuality, namesWhole, type LexiconIndex } from './lexicon.js';
import { lemma, PREPOSITION, SUBJECT_BEFORE } from './verbs.js';
import { wordBefore } from '../text-runs.js';
import { allDictionaryWords } from '../clean/words.js';

/** Words that open a new requirement or task when a run-on line continues without punctuation. */
const OPENER = /^(?:be|one|two|three|four|five|six|seven|eight|nine|ten|ability|abilities|able|knowledge|experience|experienced|good|very|excellent|strong|proven|demonstrated|demonstrable|minimum|min|at|proficiency|proficient|competence|competency|competent|familiarity|familiar|understanding|must|should|bachelor'?s?|master'?s?|degree|bsc|ba|ma|msc|mba|phd|diploma|fluency|fluent|willingness|willing|capacity|commitment|evidence|full|current|sound|solid|thorough|advanced|basic|working|previous|relevant|computer|effective|outstanding|exceptional|high|self|team|attention|skills?|certified|certificate|license|licence|member|membership)$/i;
/** Openers that never continue a name: after a capitalised word ("… Health and Social Care Previous experience …") they open a part too. */
const NEVER_IN_NAME = /^(?:ability|able|previous|evidence|willingness|demonstrable|demonstrated|proven|excellent)$/i;
// After a possessive ("our client's Research subscriptions") or "that" ("Ensure that Plan International contributes …")
// comes a noun or a clause's subject, never a new item.
const NOT_BEFORE_OPENER = /(?:^|[\s/])(?:least|than|the|a|an|of|to|for|in|on|with|by|and|or|our|your|their|its|at|from|as|&|nor|that)$|\p{L}['’]s$/iu;

/**
 * The spaces before a capitalised word in a run-on line; what must come before them (a lower-case
 * letter, a digit, a closing bracket or quote, a comma: /(?<=[\p{Ll}\d)\]"”’',])/u) is asked of each
 * match (BEFORE_PART) instead of in a lookbehind tried at every position. A match is a whole run of
 * spaces (the lookahead needs a capital after it), so no later start in the run is passed over.
 */
const PART_BREAK = /\s+(?=(\p{Lu}[\p{Ll}'’]+(?:-\p{Ll}+)*)\s+(\S+))/gu;
const BEFORE_PART = /^[\p{Ll}\d)\]"”’',]$/u;
const EQUIVALENT_END = /(?<=\bor (?:an? )?equivalent(?: (?:qualification|experience))?\)?)\s+(?=\p{Lu})/gu;

/** Nouns a field's or a unit's name heads ("Social Work degree", "Customer Service team"). */
const NAME_HEAD = /^(?:degrees?|diplomas?|qualifications?|certificates?|apprenticeships?|courses?|programmes?|teams?|departments?)$/i;

/** The code point that ends at `i` ('' at the start). */
function charBefore(s: string, i: number): string {
  if (i === 0) return '';
  const c = s.charCodeAt(i - 1);
  const pair = c >= 0xdc00 && c <= 0xdfff && i >= 2 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff;
  return s.slice(pair ? i - 2 : i - 1, i);
}

const partsWith = new WeakMap<LexiconIndex, [(text: string) => [number, number][], (text: string) => [number, number][]]>();

/** sentenceParts of an item's text, read once per document: the generic reading and the duties rule both ask. */
export function itemParts(text: string, lex: LexiconIndex, needs = false): readonly [number, number][] {
  let parts = partsWith.get(lex);
  if (!parts) partsWith.set(lex, (parts = [(t) => sentenceParts(t, lex), (t) => sentenceParts(t, lex, true)]));
  return perText(parts[needs ? 1 : 0], text);
}

/** "… financial reports Other finance and administration areas as needed": a determiner or a pronoun opens no criterion. */
const DETERMINER = /^(?:other|any|all|some|each|every|such|this|these|those|that|our|your|their|its|we|you|it|they|he|she|i)$/i;
/** Words after which a capitalised word goes on with the same phrase. */
const FUNCTION_WORD = /^(?:and|or|nor|of|to|in|on|at|by|for|with|from|as|the|a|an|is|are|be|was|were|will|can|may|must|should|would|could|that|which|who|if|when|where|while|than|then|also|etc)$/i;

/**
 * "… manage a caseload Car driver with access to a vehicle", "… HCPC registration Post-graduate training in …": in a
 * list of what is needed that lost its separators (a person specification pasted as one line), an ordinary word
 * written with a capital after a noun, and followed by a word of its own phrase, opens the next criterion. Not after
 * an adjective ("excellent Customer service skills", "clinical Supervision"), a gerund ("using Word processing") or a
 * small word.
 */
function opensCriterion(word: string, before: string, next: string, lex: LexiconIndex): boolean {
  if (!/^\p{Ll}[\p{Ll}-]{2,}$/u.test(before) || FUNCTION_WORD.test(before) || /(?:ly|ing|ed|al|ive|ful|ous|ic|able|ible|ent|ant|ary)$/.test(before)) return false;
  if (lex.modifiers.test(`${before} `) || isQuality(before, lex)) return false;
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(next) || FUNCTION_WORD.test(next)) return false;
  return !DETERMINER.test(word) && allDictionaryWords(word);
}

const LAST_WORDS = /(?:\S+\s+)?\S+\s+\S+$/u;

/** Whether the text's last two or three words are a subject the lexicon knows ("Machine Learning", "Natural Language Processing"). */
function knownNameEndsWith(text: string, lex: LexiconIndex): boolean {
  // (Read on the text's tail: tried from every position of a long item, the pattern costs its length squared.)
  const tail = text.length > 200 ? text.slice(-200) : text;
  const inTail = LAST_WORDS.exec(tail);
  const last = (inTail && (inTail.index > 0 || tail === text) ? inTail : LAST_WORDS.exec(text))?.[0] ?? '';
  const two = /\S+\s+\S+$/u.exec(last)?.[0] ?? '';
  return (two !== '' && isKnowledgeTerm(two, lex)) || (last !== two && isKnowledgeTerm(last, lex));
}

/**
 * Sentences inside one item ("Coordinate and lead periodic account reviews. Identify potential client
 * projects."), and the parts of a run-on line whose items lost their separators ("… related fields Good
 * knowledge of … controls Knowledge in auditing …"): a capitalised opener (a duty verb, "Knowledge",
 * "Excellent", a degree) after a lower-case word starts a new part.
 */
export function sentenceParts(text: string, lex?: LexiconIndex, needs = false): [number, number][] {
  const cuts: [number, number][] = [];
  const re = /[.!?](?=\s+[\p{Lu}])|:(?=\s+[\p{Ll}])/gu;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (/\b(?:e\.g|i\.e|etc|inc|ltd|co|vs|no)$/i.test(text.slice(from, m.index))) continue;
    cuts.push([m.index, m.index + 1]);
    from = m.index + 1;
  }
  // A run-on line is long: a short one has nothing to split.
  if (lex && text.length > 60) {
    // After a comma too ("… equipment/furniture supplies, Lead needs assessments …, Prepare reports …").
    for (const r of text.matchAll(PART_BREAK)) {
      const at = r.index;
      if (!BEFORE_PART.test(charBefore(text, at))) continue;
      if (NOT_BEFORE_OPENER.test(text.slice(Math.max(0, at - 6), at))) continue;
      // "a Level 3 Diploma in …", "Band 5 Staff Nurse": a level's number is followed by what it grades.
      if (/\b(?:level|grade|band)\s+\d{1,2}$/i.test(text.slice(Math.max(0, at - 10), at))) continue;
      const [, word, next] = r;
      // After a capitalised word ("The Charge Nurse leads …", "Registered Nurse with …") the word may be part of a name.
      const before = wordBefore(text, at);
      // ("… a renewed driving License and 2 years …": the word ends the name of a certificate the lexicon knows.)
      if (lex.certificationEnds.has(word.toLowerCase()) && namesWhole(lex.certifications, `${before} ${word}`)) continue;
      // ("… with Machine Learning pipeline implementation": the word ends the name of a subject the lexicon knows.)
      if (/^\p{Lu}/u.test(before) && knownNameEndsWith(text.slice(0, at + 1 + word.length), lex)) continue;
      // A language ends a requirement ("fluent in English Competence in using technology …"); it is no part of a name.
      const afterName = /^\p{Lu}/u.test(before) && !lex.languages.has(before.toLowerCase());
      // After a comma only a task opens ("…, Lead needs assessments"), not a field of a list ("Business, Marketing or …").
      // (Under a needs heading, a requirement's opening word too: "… as a receptionist, Fluency in English …, Computer
      // literacy"; not a field's first word, "Business, Computer Science or …".)
      if (text[at - 1] === ',' && !(needs && !afterName && OPENER.test(word) && /^\p{Ll}/u.test(next))) {
        const v = lemma(word, lex);
        if (afterName || !v || (v.form !== 'base' && v.form !== 's') || lex.notDuty.has(v.base) || /^\p{Lu}/u.test(next)) continue;
      }
      // ("… part of a team Kind and patient": a quality the lexicon knows opens a list of qualities.)
      const opener = (OPENER.test(word) && (!afterName || NEVER_IN_NAME.test(word))) || (!afterName && /^(?:and|or|&)$/.test(next) && isQuality(word.toLowerCase(), lex));
      if (!opener && !(needs && opensCriterion(word, before, next, lex))) {
        // "The Practice Nurse will …": a word before a modal is the subject's last word; "… the Sister/Charge Nurse when
        // competent": a task's verb is followed by its object, not by "when/where/if".
        if (/^\p{Lu}/u.test(next) || SUBJECT_BEFORE.test(next) || /^(?:when|whenever|where|if|unless|until|because|while|whilst|who|which|whose)$/i.test(next)) continue;
        // "… by contractors Regularly review construction schedules …": an adverb before a task's verb opens it.
        const adverb = /ly$/i.test(word) && !afterName && lemma(next, lex)?.form === 'base';
        const v = adverb ? lemma(next, lex) : lemma(word, lex);
        if (!v || v.form === 'ed' || lex.notDuty.has(v.base)) continue;
        // ("Capacity Building skills", "Team Building activities": a gerund after a capitalised word ends a name before its head noun.)
        if (afterName && v.form === 'ing' && /^(?:skills?|techniques|abilities|activities|programmes?|programs?|processes|management)$/i.test(next)) continue;
        // A name's acronym or year, in brackets or not, follows its last word ("Mental Health Nurse (RMN)", "the Mental
        // Health Act (1983)", "the Data Protection Act 2018"): that word is no verb. After a Title Case word, nor is a word mostly a noun
        // ("Disclosure and Barring Service check"), nor one before "and" and no second verb ("the Mental Capacity
        // Act and safeguarding …", "the Mental Health Act and the Code of Practice", unlike "… Manager Review and
        // update …").
        // After a Title Case word, nor does a word before a participle ("… Mental Health Nurse looking for …").
        if (afterName && (v.form === 's' || PREPOSITION.test(next) || /^(?:s|ing)$/.test(lemma(next, lex)?.form ?? '') || /^\(?[\p{Lu}\d]/u.test(next))) continue;
        // (Nor before the noun a field's name heads: "a Social Work degree", "a Business Management qualification".)
        if (afterName && NAME_HEAD.test(next.replace(/[.,;:!?)]+$/, ''))) continue;
        if (/^\p{Lu}\p{Ll}+$/u.test(before)) {
          // ("the Mental Health Act assessments": "Act" after a Title Case word ends a law's name, unless "act as/on …".)
          if (lex.nounVerbs.has(v.base) || (v.base === 'act' && !/^(?:as|on|upon|in|for|with)$/i.test(next))) continue;
          if (/^(?:and|or|&)$/i.test(next) && lemma(/^\s*\S+\s+\S+\s+([\p{L}-]+)/u.exec(text.slice(at))?.[1] ?? '', lex)?.form !== 'base') continue;
        }
      }
      cuts.push([at, at + r[0].length]);
    }
    // "BSc Physiotherapy or equivalent HCPC registration …": "or equivalent" ends a criterion, whatever is written next.
    // (Its lookbehind is tried at every position: only in a text that has the word.)
    if (text.includes('equivalent')) for (const r of text.matchAll(EQUIVALENT_END)) cuts.push([r.index, r.index + r[0].length]);
    cuts.sort((x, y) => x[0] - y[0]);
  }
  const out: [number, number][] = [];
  from = 0;
  for (const [a, b] of cuts) {
    if (a < from) continue;
    out.push([from, a]);
    from = b;
  }
  out.push([from, text.length]);
  return out.map(([x, y]) => {
    while (x < y && /\s/.test(text[x])) x++;
    while (y > x && /\s/.test(text[y - 1])) y--;
    return [x, y] as [number, number];
  }).filter(([x, y]) => y > x);
}
