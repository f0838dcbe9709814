// What kind of line an item is, before any rule reads it: a list line, English, noise.
import type { Item } from '../types.js';
import { firstMatch, hits } from './context.js';
import type { LexiconIndex } from './lexicon.js';

const CONTACT = /@|https?:\/\/|www\.|\+?\d[\d\s()-]{7,}\d/u;

/** A list line (or a short line without a full stop): read as a name or a task, not as prose. */
export function isListLike(item: Item): boolean {
  if (item.level > 0) return true;
  if (item.text.split(/\s+/).length > 14) return false;
  return !/[.!?。]$/.test(item.text) || (item.text.includes(',') && NAME_LIST.test(item.text));
}

/** "Excel, Power BI and SQL.", "… good IT skills, resilience, the ability to multitask.": names with commas and a full stop, no sentence (parts of one to four words). */
const NAME_PART = String.raw`[^\s,.;:]+(?:\s[^\s,.;:]+){0,3}`;
const NAME_LIST = new RegExp(String.raw`^${NAME_PART}(?:,\s*${NAME_PART})+(?:,?\s(?:and|or)\s${NAME_PART})?\.$`, 'u');

/** English words no other language here uses: an item with them is read as English whatever the document's detected language. */
const ENGLISH_WORDS = /\b(?:the|and|of|to|with|for|you|your|our|we|will|skills|experience|ability|knowledge|years)\b/i;

export function isEnglish(text: string, englishDoc: boolean): boolean {
  return isMostlyLatin(text) && (englishDoc || ENGLISH_WORDS.test(text));
}

const NOT_ASCII = /[^\x00-\x7f]/;

function isMostlyLatin(s: string): boolean {
  // Every letter of an ASCII text is Latin (the common case, without building two strings).
  if (!NOT_ASCII.test(s)) return true;
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return true;
  return letters.replace(/[^A-Za-z\u00C0-\u024F]/g, '').length / letters.length > 0.7;
}

/** A step of the hiring process and its date ("Proposed interview date Tuesday 22 Dec 2026", "This advert closes on 13/12/2026"). */
const PROCESS_STEP = /\b(?:interview(?:s|ing)?|shortlisting|closing|closes|deadline|posted|start date)\b/i;
const DATE =
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/i;

/** What an application holds ("letter of application, current resume, copies of transcripts …"): three kinds make a line about applying. */
const APPLICATION_DOCUMENT = /\b(?:cover(?:ing)? letter|letter of application|application letter|motivation letter|cv|resume|résumé|curriculum vitae|(?:copies|copy) of|transcripts?|credentials|testimonials?|diplomas? and certificates)\b/gi;

/** A cheap look for any application document before counting them. */
const APPLICATION_HINT = /\b(?:cv|resum|résumé|letter|cop(?:y|ies)|transcripts?|credentials|testimonials?|curriculum|diplomas?)/i;

/** A run-on item's own words before a noise phrase: with this many, only the noise phrase on is left unread. */
const RUN_ON_NOISE_WORDS = 25;

/**
 * How much of an item is read: none when it is noise (a contact line, a step of applying, "Send your CV to …"), up to
 * the noise phrase that ends a posting pasted as one line ("… a good customer service attitude how to apply send your CV
 * to …"), else all of it.
 */
export function readableLength(text: string, lex: LexiconIndex): number {
  // (The phrase's place is looked for only in the few items that hold one.)
  const noise = hits(lex.noise, text) ? firstMatch(lex.noise, text) : null;
  if (noise && noise.index > 0) {
    // ("… MS Word and MS Excel [REDACTED] is proud to provide equal employment opportunities …": a shorter run-on item ends
    // where a sentence about the employer opens, its name anonymized.)
    const clause = [...text.slice(0, noise.index).matchAll(ANONYMIZED_SUBJECT)].at(-1);
    const end = text.slice(0, noise.index).trim().split(/\s+/).length >= RUN_ON_NOISE_WORDS ? noise.index : clause?.index;
    if (end) return isNoise(text.slice(0, end), lex) ? 0 : end;
  }
  return isNoise(text, lex) ? 0 : text.length;
}

/** A sentence run on after a lower-case word whose subject is an anonymized name ("… and MS Excel [REDACTED] is proud to …"). */
const ANONYMIZED_SUBJECT = /(?<=\p{Ll}{3})\s(?=(?:<[A-Z]+>\s*|\[REDACTED\]\s*)+(?:is|are|has|have|was|were)\s)/gu;

function isNoise(text: string, lex: LexiconIndex): boolean {
  if (hits(lex.noise, text)) return true;
  const words = () => text.split(/\s+/).length;
  if (CONTACT.test(text) && words() < 25) return true;
  if (PROCESS_STEP.test(text) && DATE.test(text) && words() <= 12) return true;
  // (not a long run-on item, whose requirements would go with it)
  return APPLICATION_HINT.test(text) && words() <= 60 && new Set(text.match(APPLICATION_DOCUMENT)?.map((d) => d.toLowerCase())).size >= 3;
}

/**
 * Policy boilerplate (mentions.md: never a mention): what every member of staff must do ("All staff are
 * required to adhere to …", "All employees have a responsibility to safeguard …", "Employees must be aware of the
 * responsibilities placed on them under the Health and Safety at Work Act 1974 …"), or the post holder's duty to comply
 * with the employer's policies or the law ("The post holder must comply with the Trust's Health and Safety policies …",
 * "The post holder is responsible for ensuring they comply with the Trust's infection control policies").
 */
const POLICY =
  /^(?:(?:all|every)\s+(?:trust\s+|our\s+)?(?:staff|employees?|members? of staff|colleagues|workers|post ?holders)|(?:employees|staff|members of staff)\s+(?:must|are required to|are expected to|have a (?:duty|responsibility))|everyone|(?:the\s+)?(?:post ?holder|job ?holder|employee)\s+(?:must|will|is required to|is expected to|shall|is responsible for ensuring (?:that )?(?:they|he|she|he\/she|s\/he)|has a (?:duty|responsibility) to)\s+(?:\w+\s+){0,2}?(?:comply|adhere|abide|observe|follow|maintain\s+(?:the\s+)?confidentiality)\b(?=.*\b(?:polic(?:y|ies)|procedures|legislation|regulations|act|standing orders|code of conduct)\b))\b/i;

/**
 * What the employer stands for ("The Trust is committed to safeguarding …", "We are committed to equal
 * opportunities", "Safeguarding Ethics Acme is committed to ensuring …"): a commitment made by anyone but the
 * candidate ("You are committed to …", "We are seeking a nurse who is committed to …" ask it of the candidate).
 */
const COMMITMENT = /^(?![^.]*\b(?:you|seeking|looking for|recruiting|to recruit|to appoint)\b)[^.]{0,80}?\b(?:is|are)\s+(?:\w+ly\s+)?committed\s+to\b/i;

/**
 * "This post is subject to the Rehabilitation of Offenders Act …", "The appointment will be subject to a DBS check",
 * "All offers of employment are subject to satisfactory references …": a condition of the offer (mentions.md).
 */
const CONDITION =
  /^(?:(?:this|the|all|any|every|our)\s+)+(?:[\p{L}-]+\s+){0,2}?(?:post|role|position|job|appointment|vacancy|offers?|employment|appointments)(?:\s+[\p{L}-]+){0,3}?\s+(?:is|will be|are|may be)\s+(?:also\s+)?(?:made\s+)?subject\s+to\b/iu;

export function isPolicy(text: string): boolean {
  return POLICY.test(text) || COMMITMENT.test(text) || CONDITION.test(text);
}

/** A short line that only names the paragraph below it ("Health and Safety", "Confidentiality"). */
export function isCaption(text: string): boolean {
  return text.split(/\s+/).length <= 6 && !/[.!?:;,]$/.test(text) && /^\p{Lu}/u.test(text);
}

/**
 * The caption of a policy paragraph: not a list line, nor a criterion ("- IT skills", "IT skills" ending a
 * person specification that the policy sentences follow).
 */
export function isPolicyCaption(item: Item, text: string): boolean {
  return item.level === 0 && isCaption(text) && !CRITERION.test(text);
}

const CRITERION = /\b(?:skills?|experience|knowledge|abilit(?:y|ies)|qualifications?|qualified|degree|registration|registered|licen[cs]e)\b/i;

/**
 * A caption over a group of sentences ("Training and supervision" above "1. To supervise the work of …"): a short
 * line without a full stop whose next item is a sentence (it ends with one) or sits deeper. A list whose lines are
 * all written without full stops has no captions by this test, nor has a run of such lines whose last one ends
 * the paragraph ("• Record observations • Keep accurate records • Support patients."): a caption follows a
 * sentence or opens its section.
 */
export function isGroupCaption(items: Item[], texts: string[], i: number): boolean {
  const next = items[i + 1];
  if (!next || !isCaption(texts[i]) || texts[i].split(/\s+/).length > 4) return false;
  if (next.level > items[i].level) return true;
  return /[.!?]$/.test(texts[i + 1]) && (i === 0 || items[i - 1].level !== items[i].level || /[.!?:]$/.test(texts[i - 1]));
}
