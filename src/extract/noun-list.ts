import { addMention, type ItemContext } from './context.js';
import { leadingVerb, type LeadingVerb } from './leading-verb.js';
import { joinedGerund, PREPOSITION, type VerbGuess } from './verbs.js';

/** "stock control", "order processing", "data entry": a verb-like word before a noun of action is a noun too. */
const ACTION_NOUN_AFTER = /^\s+(?:\p{Ll}+(?:ion|ment|ing|ance|ence)|control|entry)(?=$|[\s,;.])/u;
export const actionNounAfter = (text: string, at: number): boolean => ACTION_NOUN_AFTER.test(text.slice(at, at + 40));

/** A word that names an activity or a piece of work ("replenishment", "laundry", "control"), as a task's head noun does. */
const ACTION_HEAD = /(?:ion|ment|ing|ance|ence|ry|ice|ure|al|sis|control|care|support|aid|work|duties|tasks)$/i;
/** Whether a word names an activity or a piece of work (ACTION_HEAD). */
export const namesActivity = (word: string): boolean => ACTION_HEAD.test(word);

const CLAUSE_WORD = /\b(?:you|we|they|he|she|it|our|your|their|this|these|will|shall|must|should|can|may|is|are|was|were|be|has|have|for|to|include|includes|involve|involves|responsible|accountable)\b/i;

/** What a requirement is named by ("Planning, presentation and time skills", "Experience coaching and mentoring …"): no task. */
const REQUIREMENT_WORD = /^(?:skills?|abilit(?:y|ies)|experience|knowledge|understanding|awareness|qualifications?|attitude)$/i;

/** A preposition's complement inside a list item ("training of medical", "maintenance of systems"). */
const COMPLEMENT = /\s(?:of|for|to|with|in|on|at|from|into|across)\s/i;

/**
 * Two nouns that name one task: a word after a compound shares its first word ("Bug tracking and resolution",
 * "Medication administration and prompting"), and a noun alone before one is no task of its own ("Companionship and
 * light housework").
 */
const pairIsOne = (a: string, b: string): boolean => !/\s/.test(b) || (!/\s/.test(a) && !/ing$/i.test(a));

/**
 * The rest of a list of tasks named by nouns, from the comma after its first task (or the whole list): each item a
 * duty when every item is a short lower-case noun phrase ("merchandising", "cash handling"), not a place, a name or
 * a manner ("in Kenya, Uganda and Tanzania", "on time and within budget"). Whether it found such a list.
 *
 * `line`: the list is a whole line under a duties heading ("Stock replenishment, merchandising and till operation"):
 * its first item may open the line with a capital, and it is a list of tasks only when that item names one by a noun
 * (not "Cleaning rooms, corridors and bathrooms", whose gerund's objects follow; a verb-like first word is a noun only
 * when the lexicon's nounVerbs say it names a thing), no item follows a gerund's object, no later item has a
 * complement the earlier ones share ("Monitoring and maintenance of systems"), one item is no gerund
 * (gerunds alone share their object, "Planning, organising and delivering training", read as verbs), and one item's
 * head names an activity (not "Day shifts, weekends and bank holidays").
 */
export function nounList(ctx: ItemContext, from: number, to: number, confidence: number, line = false): boolean {
  const { text, lex } = ctx;
  // (Examples after the last task are not tasks: "… and chronic disease management including asthma and COPD reviews".)
  const tail = /^([^.;:]*?)(?:,?\s+(?:including|such as|e\.g\.)\s[^.;:]*)?\s*\.?\s*$/.exec(text.slice(from, to));
  if (!tail) return false;
  // ("Responsible for validating and cleansing datasets", "You will handle cash, stock and …": a clause, not a list of nouns.)
  if (line && CLAUSE_WORD.test(tail[1])) return false;
  const items: [number, number, string][] = [];
  let nouns = 0;
  let activities = 0;
  let objectBefore = false;
  let bareGerundBefore = false;
  let complementBefore = false;
  for (const m of tail[1].matchAll(/[^,]+/g)) {
    for (const part of m[0].split(/^\s*(?:and|or)\s+|\s+(?:and|or)\s+/i)) {
      const item = part.trim();
      if (item === '') continue;
      const words = item.split(/\s+/);
      const first = line && items.length === 0;
      if (words.length > 4 || !(/^\p{Ll}/u.test(item) || (first && /^\p{Lu}\p{Ll}/u.test(item))) || PREPOSITION.test(words[0]) || /\d/.test(item)) return false;
      // (Requirements by their head or lead word, and a list that trails off, "… reporting financial and others", are no tasks.)
      if (line && (REQUIREMENT_WORD.test(words[0]) || REQUIREMENT_WORD.test(words[words.length - 1]) || /^(?:others?|etc|more|similar)$/i.test(item))) return false;
      // ("Washing and drying dishes": after a gerund alone, an -ing word the lexicon lacks is a gerund too, and shares its object.)
      const lead = leadingVerb(item, 0, lex);
      const joined: VerbGuess = !lead && bareGerundBefore && words.length > 1 ? joinedGerund(words[0], words[1], lex) : null;
      const v: LeadingVerb | null = joined ? { ...joined, start: 0, end: words[0].length } : lead;
      // (Not a gerund and its object: "evaluating training" is a task, "stock control" a noun.)
      const compound = v !== null && v.form !== 'ing' && words.length === 2 && actionNounAfter(item, v.end);
      if (v && v.form !== 'ing' && !compound) return false;
      // ("Provide coaching and mentoring", "Administer medication, injections …": a verb that names no thing leads its objects.)
      if (first && v && (compound ? !lex.nounVerbs.has(v.base) : words.length > 1)) return false;
      // ("Excellent development and career possibilities", "… and a result-oriented working environment": what a post
      // offers is praised or counted, a task is named bare.)
      if (line && (/^(?:a|an|excellent|exciting|flexible|great|competitive|attractive|generous)\s/i.test(item) || lex.modifiers.test(item))) return false;
      // ("Developing, implementing and maintaining policies and procedures": what follows a gerund's object is more of it.)
      if (line && objectBefore) return false;
      // ("Monitoring and maintenance of systems": the last noun's complement is the earlier ones' too, one task.)
      if (line && items.length > 0 && COMPLEMENT.test(item)) return false;
      // ("the education and training of medical, nursing and pharmacy staff": after a noun's complement the commas list
      // the complement's words, not tasks.)
      if (complementBefore) return false;
      objectBefore = v?.form === 'ing' && words.length > 1;
      bareGerundBefore = v?.form === 'ing' && words.length === 1;
      complementBefore = COMPLEMENT.test(item);
      if (!v || compound) nouns++;
      if (ACTION_HEAD.test(words[words.length - 1])) activities++;
      const start = text.indexOf(item, from + m.index);
      // ("answering the phone" is the task "answer the phone"; "merchandising" alone names it as a noun does.)
      items.push([start, start + item.length, v?.form === 'ing' && words.length > 1 ? `${v.base}${item.slice(v.end)}` : item]);
    }
  }
  if (line && (items.length < 2 || nouns === 0 || activities === 0 || (items.length === 2 && pairIsOne(text.slice(items[0][0], items[0][1]), text.slice(items[1][0], items[1][1]))))) return false;
  for (const [a, b, normalized] of items) addMention(ctx, 'duty', a, b, normalized, confidence);
  return items.length > 0;
}
