// The inline headings of a line that runs a posting's parts together (see inline.ts): known heading words in
// capitals, before a colon, in Title Case before a capitalised word, in sentence case, and a run-in heading of a section
// that gives no mentions (a job board's fields joined into one line: inline-fields.ts).
import { colonMatches, runChars } from './colon-matches.js';
import { classifyAsWritten, type HeadingIndex } from './lexicon.js';
import { isShouted } from '../shouted.js';
import { isInClass, UPPER } from '../word-scan.js';

/** Where a line is cut: a heading or a bullet, and where the piece after it starts. */
export interface Cut {
  at: number;
  /** Where the piece's text starts (after a bullet glyph or heading). */
  from: number;
  kind: 'bullet' | 'heading' | 'field';
}

export const hasColon = (s: string): boolean => s.includes(':') || s.includes('：');

/** "Industry Knowledge: …", "Computer Skills: …" name a competency; "… Nurse Responsibilities: …" opens a section. */
const NAMED_COMPETENCY = new Set(['skills', 'education', 'experience']);
const SPACES = /[ \t]*/y;
const CAP_WORD = /[\p{Lu}][\p{L}'’]*(?:[/-][\p{L}]+)*|&|\/|and|of|the|to|for|our|your|we|you|in/uy;
const SMALL = /^(?:&|\/|and|of|the|to|for|our|your|we|you|in)$/;

const WORD_OR_JOINER = /^[\p{L}\p{N}'’-]$/u;

/** Whether the code point before `i` is a letter, a digit, an apostrophe or a hyphen. */
export function afterWordChar(s: string, i: number): boolean {
  if (i === 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122) || c === 39 || c === 45;
  const pair = c >= 0xdc00 && c <= 0xdfff && i >= 2 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff;
  return WORD_OR_JOINER.test(s.slice(pair ? i - 2 : i - 1, i));
}

/**
 * Where the next capital (\p{Lu}, by code point) is from `i`, or -1: what /\p{Lu}/gu finds from there, read
 * through a table per character (the regex's Unicode class cost more than the rest of the search). `i`
 * may be just after a capital's first code unit: a low surrogate is no capital.
 */
export function nextCapital(s: string, i: number): number {
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) {
      if (isInClass(UPPER, c)) return i;
      continue;
    }
    const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    if (d >= 0xdc00 && d <= 0xdfff) {
      if (isInClass(UPPER, (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000)) return i;
      i++;
    }
  }
  return -1;
}

const CAPS_LINE = /^[\p{Lu}\p{N}\s,.&/'’-]+$/u;
/** A field's short value before: "Required No: 2 ", "Sex: Female ". */
const FIELD_VALUE_BEFORE = /[:：]\s*[\p{L}\p{N}.,/-]+(?:\s+[\p{L}\p{N}.,/-]+){0,2}\s+$/u;
/** A possessive just before: "the organization's Code of Conduct" names a thing in the sentence. */
const AFTER_POSSESSIVE = /\p{L}['’]s\s+$/u;
/** One-word headings of a requirement's category. */
const CATEGORY_WORDS = String.raw`Education|Experience|Skills|Qualifications?|Competenc(?:e|ies)|Knowledge|Attitudes?|Abilities`;
const CATEGORY_HEADING = new RegExp(`^(?:${CATEGORY_WORDS})$`, 'u');
const CATEGORY_PHRASE_BEFORE = /(?:\d|\b(?:years?|yrs|months?|work|working|relevant|professional|previous|prior|total|practical|field|of|and|&|or|your|our|their))\s+$/i;
const CATEGORY_HEADING_BEFORE_CAPITAL = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(?:${CATEGORY_WORDS})\s+(?=[\p{Lu}\p{N}])`, 'gu');
/** A word that opens a heading without naming it: "Job Requirements" is the heading "Requirements". */
const FILLER_OPENS = /^(?:job|key|main|essential|minimum|general|additional|required)$/i;

/** Heading words that also end an item ("Good Communication Skill", "3 years Experience"). */
const ITEM_HEAD = /^(?:skills?|experience|knowledge|abilit(?:y|ies))$/i;

/**
 * "… Good Communication Skill Salary: As per company scale": a heading word that closes an item (the word before it,
 * `previous`, ends in a letter or digit), before a heading of another kind the lexicon knows as written; that heading
 * opens at its own first word.
 */
export function closesItem(phrase: string, previous: string, index: HeadingIndex): boolean {
  const words = phrase.split(/\s+/);
  if (words.length < 2 || !ITEM_HEAD.test(words[0]) || !/[\p{L}\p{N}]$/u.test(previous)) return false;
  const kind = index.classifyLeading(phrase);
  return words.slice(1).some((_, j) => {
    const rest = classifyAsWritten(index, words.slice(j + 1).join(' '));
    return rest !== null && rest !== kind;
  });
}

/** One capitalised word and the line's end. */
const LAST_WORD = /^\s+\p{Lu}[\p{L}\p{N}'’-]*\s*$/u;

/** A field label's last word and its colon after a heading word ("Educational | Level:"). */
const LABEL_AFTER = /^\s+\p{Lu}\p{Ll}+\s*[:：]\s*/u;
/** "Years of", "Level of", "Related work" just before a label's heading word. */
const LABEL_LEAD = /(?:^|\s)(\p{Lu}\p{Ll}+\s+of\s+|(?:Relevant|Related|Professional|Previous|Prior|Practical|Total|Minimum|Overall|Required)\s+(?:work|working|job|field|industry)\s+)$/u;

/**
 * Inline headings: a run of capitalised words whose opening words are a heading the lexicon knows,
 * written in capitals, or before a colon, or (two words or more, in Title Case) before a capitalised
 * word. "Knowledge in auditing" is not one: a heading is not followed by a lower-case word.
 */
export function headings(local: string, index: HeadingIndex, cuts: Cut[]): void {
  const first = local.search(/\S/);
  const last = local.trimEnd().length;
  // In a line typed in capitals every word is capitalised: only a colon ends a heading there.
  const shouted = isShouted(local);
  // "… Education BSc in Nursing Experience Two years … Skills Communication …": one-word category headings run
  // together, two or more before a capital, are headings wherever they stand.
  let categoryRun: boolean | undefined;
  let skipTo = 0;
  // The capitals where no letter, digit, apostrophe or hyphen comes before: /(?<![\p{L}\p{N}'’-])\p{Lu}/gu,
  // with the lookbehind asked only of each capital (tried at every position, it cost more).
  for (let head0 = nextCapital(local, 0); head0 >= 0; head0 = nextCapital(local, head0 + 1)) {
    if (afterWordChar(local, head0)) continue;
    if (head0 < skipTo) continue;
    CAP_WORD.lastIndex = head0;
    const head = CAP_WORD.exec(local);
    if (!head || !index.isHeadingWord(head[0])) continue;
    const words: { w: string; end: number }[] = [];
    let at = head0;
    while (words.length < 9) {
      CAP_WORD.lastIndex = at;
      const w = CAP_WORD.exec(local);
      if (!w) break;
      words.push({ w: w[0], end: at + w[0].length });
      at += w[0].length;
      SPACES.lastIndex = at;
      const sp = SPACES.exec(local)?.[0].length ?? 0;
      if (local[at + sp] === ':' || local[at + sp] === '：') break;
      at += sp;
      if (sp === 0) break;
    }
    // Every word of a heading is a heading word: only the run's opening heading words can hold one.
    let known = 0;
    while (known < words.length && index.isHeadingWord(words[known].w)) known++;
    while (known > 0 && SMALL.test(words[known - 1].w)) known--;
    const atStart = head0 === first;
    const before = local.slice(Math.max(0, head0 - 40), head0);
    // Longest prefix that is a heading.
    for (let k = known; k >= 1; k--) {
      const phrase = local.slice(head0, words[k - 1].end);
      if (SMALL.test(words[k - 1].w) || /^(?:the|our|your|a|an|what|key|main)$/i.test(words[k - 1].w)) continue;
      const after = local.slice(words[k - 1].end, words[k - 1].end + 40);
      const colon = /^\s*[:：]\s*/.exec(after);
      const nextCap = /^\s+(?:[·•●▪◦§➢➤►*-]\s*)?[\p{Lu}\p{N}"“(]/u.test(after) || words[k - 1].end >= last;
      const titled = k >= 2 && nextCap;
      // A heading ends before a colon, or before a capital (Title Case words, or a one-word heading in
      // capitals): asked before the lexicon, which most runs of capitalised words in prose are not in.
      const caps = phrase.replace(/[^\p{L}]/gu, '').length >= 4 && phrase === phrase.toUpperCase();
      // (Not before a person specification's verdict, "Qualifications Essential criteria" is one heading; nor the end of
      // a phrase, "3 Year Work Experience".)
      const categoryHeading =
        !shouted &&
        k === 1 &&
        nextCap &&
        CATEGORY_HEADING.test(phrase) &&
        !/^\s+(?:Essential|Desirable)\b/.test(after) &&
        !CATEGORY_PHRASE_BEFORE.test(before) &&
        (categoryRun ??= (local.match(CATEGORY_HEADING_BEFORE_CAPITAL)?.length ?? 0) >= 2);
      if (!(colon || categoryHeading || (!shouted && (titled || (nextCap && caps))))) continue;
      // ("Professional Certification Reimbursement" in a list of benefits: one more capitalised word to the line's end
      // ends a name, it is no section's text.)
      if (!colon && !categoryHeading && LAST_WORD.test(local.slice(words[k - 1].end))) continue;
      const kind = index.classifyLeading(phrase);
      if (!kind) continue;
      const bulletNext = /^\s*[·•●▪◦§➢➤►]/u.test(after);
      // Inside a run of capitalised words ("Home Care Nurse Responsibilities: …") a heading starts there only
      // before a colon or a bullet, or as a known phrase; never the last words of a proficiency line ("Level
      // Working Knowledge:").
      const inRun = /(?:^|\s)\p{Lu}[\p{Ll}'’-]*\s+$/u.test(before);
      const opens =
        atStart ||
        categoryHeading ||
        /[.:;!?)\]·•●▪§]\s*$/u.test(before) ||
        /(?:^|\s)\p{Ll}[\p{Ll}'’-]*\s+$/u.test(before) ||
        // After a field's short value ("Required No: 2 Job Requirements …"), or a date's year ("Shortlisting date 25 November 2026 Person Specification …").
        FIELD_VALUE_BEFORE.test(before) ||
        /\b(?:19|20)\d\d\s+$/.test(before) ||
        // After a word in capitals, unless a determiner makes it part of a name ("the NMC Code of Conduct").
        (/\p{Lu}{2,}\s+$/u.test(before) && !/(?:^|\s)(?:the|a|an|of|our|your|their|its)\s+\p{Lu}{2,}\s+$/iu.test(before)) ||
        (inRun && (bulletNext || (k >= 2 && (index.classifyExact(phrase) !== null || (FILLER_OPENS.test(words[0].w) && index.classifyExact(local.slice(words[0].end, words[k - 1].end).trim()) !== null)))) && !NAMED_COMPETENCY.has(kind)) ||
        (inRun && colon !== null && !NAMED_COMPETENCY.has(kind) && index.level(`${/(?:\p{Lu}[\p{Ll}'’-]*\s+)+$/u.exec(before)?.[0] ?? ''}${phrase}:`) === null);
      if (!opens) continue;
      // "… the organization's Code of Conduct Human Resources …": after a possessive a heading's words are a
      // name in the sentence.
      if (!colon && AFTER_POSSESSIVE.test(before)) continue;
      // "Sound knowledge of the Data Protection Act …", "… in line with Health and Safety …": after a
      // determiner or a preposition a Title Case run is the object of the sentence, not a heading.
      if (!colon && /(?:^|\s)(?:the|this|these|those|of|with|in|on|to|for|about|under|by)\s+$/i.test(before)) continue;
      const end = words[k - 1].end + (colon ? colon[0].length : 0);
      // A heading that is the whole line is left to the line rules, and so is a line in capitals that ends
      // with one ("COMMUNICATION AND RELATIONSHIP SKILLS", a job description's factor heading).
      if (end >= last && (atStart || (caps && CAPS_LINE.test(local.slice(first, head0))))) {
        skipTo = local.length;
        break;
      }
      // "Job Requirement Educational Level: BA in …": the run's last word opens a field's label with the capitalised word
      // before a colon after it; the heading ends before that word, and the label is a heading of its own.
      const label = !colon && k >= 2 ? LABEL_AFTER.exec(after) : null;
      if (label && index.classifyLeading(local.slice(head0, words[k - 2].end)) !== null) {
        const labelEnd = words[k - 1].end + label[0].length;
        cuts.push({ at: head0, from: words[k - 2].end, kind: 'heading' }, { at: words[k - 1].end - words[k - 1].w.length, from: labelEnd, kind: 'heading' });
        skipTo = labelEnd;
        break;
      }
      // "… related fields Years of Experience: 1 year …", "… in Accounting Related work Experience: 2 years": a capitalised
      // word and "of", or a qualifier and "work", before a label's heading word open it.
      const lead = colon ? LABEL_LEAD.exec(before) : null;
      const at = lead && !cuts.some((c) => c.at < head0 && head0 - lead[1].length < c.from) ? head0 - lead[1].length : head0;
      cuts.push({ at, from: end, kind: 'heading' });
      skipTo = end;
      break;
    }
  }
}

/** A category word, or "Attributes", which only such a list joins ("Skills and Attributes"). */
const LISTED_CATEGORY = `(?:${CATEGORY_WORDS}|Attributes)`;
const CATEGORY_LIST = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(${LISTED_CATEGORY}(?:,\s+${LISTED_CATEGORY})*,?\s+(?:and|&)\s+${LISTED_CATEGORY})\s+(?=[\p{Lu}\p{N}])`,
  'gu',
);
/** What every list holds: a plain test before the list's regex, which opens with a lookbehind tried at every position. */
const LIST_JOINER = new RegExp(` (?:and|&) ${LISTED_CATEGORY}`);

/**
 * "… reports Knowledge, Skills and Abilities Strong …", "… in Nursing Skills and Attributes Good …": category words in
 * Title Case joined into one list, before a capitalised word, are one heading where a line runs a posting's parts
 * together (headings() reads a run of capitalised words up to a comma). Not after a determiner or a preposition, nor
 * after a count or a qualifier ("the Knowledge, Skills and Abilities …", "relevant Skills and Experience …" are the
 * sentence's).
 */
export function categoryListHeadings(local: string, index: HeadingIndex, cuts: Cut[]): void {
  if (!LIST_JOINER.test(local)) return;
  for (const m of local.matchAll(CATEGORY_LIST)) {
    const at = m.index;
    const end = at + m[1].length;
    const before = local.slice(Math.max(0, at - 40), at);
    if (OBJECT_BEFORE.test(before) || CATEGORY_PHRASE_BEFORE.test(before) || AFTER_POSSESSIVE.test(before)) continue;
    if (cuts.some((c) => c.at < end && at < c.from) || index.classifyLeading(m[1]) === null) continue;
    cuts.push({ at, from: end, kind: 'heading' });
  }
}

const COLON_HEADING = /(?:^|(?<=[.!?;)]\s{1,3}))(\p{L}[\p{L}'’ /&-]{1,48}?)\s*[:：](?:\s+(?=\S)|\s*$)/gu;
/** A heading in sentence case before a colon, after a lower-case word: "… at mealtimes Person specification: …". */
const MID_COLON_HEADING = /(?<=\p{Ll}\s{1,3})(\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{L}'’/&-]*){1,4})\s*[:：](?:\s+(?=\S)|\s*$)/gu;
/** What may stand before the colon in a COLON_HEADING match (see colonMatches). */
const COLON_HEADING_RUN = runChars("' /&-");

/**
 * "Your responsibilities: Oversee …", "… offices. What we're looking for in candidates: Extensive …": a
 * known heading before a colon at the start of a line or a sentence, whatever its case; after a lower-case word
 * (the end of a line run together with it) one in sentence case ("… at mealtimes Person specification: …").
 */
export function colonHeadings(local: string, index: HeadingIndex, cuts: Cut[]): void {
  if (!hasColon(local)) return;
  // (Also at the end of a line: "… big data tools (ETL processes etc.) Job benefits:" opens the list below it.)
  for (const m of [...colonMatches(local, COLON_HEADING, COLON_HEADING_RUN), ...colonMatches(local, MID_COLON_HEADING, COLON_HEADING_RUN)]) {
    const phrase = m[1].trim();
    if (!index.isHeadingWord(phrase.split(/\s+/)[0])) continue;
    if (cuts.some((c) => c.kind === 'heading' && c.at <= m.index && m.index < c.from)) continue;
    // "Essential criteria:" is a heading phrase as written, though it opens with a filler word ("Essential skills" reads as "skills").
    if (phrase.split(/\s+/).length > 7 || classifyAsWritten(index, phrase) === null || index.field(phrase) !== null) continue;
    cuts.push({ at: m.index, from: m.index + m[0].length, kind: 'heading' });
  }
}

/** A run-on line is at least this long: a shorter line with a heading's words is a line of its own. */
export const RUN_ON_CHARS = 120;
/** A capitalised word followed by a lower-case one: where a heading written in sentence case may open. */
const SENTENCE_CASE_OPENING = /\p{Lu}\p{Ll}+(?=\s\p{Ll})/uy;
/** A word and the white space after it, read in turn from a position. */
const WORD_AND_SPACE = /(\S+)(\s+|$)/y;
/** Words that make a run of heading words a clause ("You will work", "What we need"), not a section's name. */
const CLAUSE_WORD = /^(?:you|we|our|your|us|will|have|has|do|need|bring|get|can|is|are|it|to|how|why|what|who|about|in|this|join)$/i;
const POSSESSIVE = /^(?:your|our)$/i;
/** Before these a run of words is the object of a sentence. */
const OBJECT_BEFORE = /(?:^|\s)(?:the|this|these|those|a|an|of|with|in|on|to|for|about|under|by|and|or|our|your|their|its)\s+$/i;

/** A capitalised word just before a heading (see sentenceCaseHeadings). */
const CATEGORY_BEFORE = /(?<=^|\s)(\p{Lu}\p{Ll}+)\s+$/u;

/** Whether a heading may open at `at`: at the line's first word, after a sentence's end, or after a word that is no determiner or preposition. */
function opensAt(local: string, at: number, first: number): boolean {
  const before = local.slice(Math.max(0, at - 40), at);
  return (
    at === first ||
    /[.:;!?)]\s*$/u.test(before) ||
    (/(?:^|\s)[\p{Ll}\p{N}][\p{L}\p{N}'’-]*\s+$/u.test(before) && !OBJECT_BEFORE.test(before)) ||
    // After a field's short value ("Sex: Female Key competencies required …"), as in headings().
    FIELD_VALUE_BEFORE.test(before)
  );
}

/**
 * "… minimum 2 years Key competencies required Strong communication skills …", "… under pressure Duties and
 * responsibilities Prepare reports …": a posting pasted as one line names its parts in sentence case too. A
 * capitalised heading word and lower-case heading words after it open a section where they name one (a noun
 * phrase: no pronoun or verb, "You will work" is a clause), come after the end of a sentence or a word that is
 * no determiner or preposition, and a capitalised word follows them.
 */
export function sentenceCaseHeadings(local: string, index: HeadingIndex, cuts: Cut[]): void {
  if (local.length < RUN_ON_CHARS) return;
  const first = local.search(/\S/);
  for (let at = nextCapital(local, 0); at >= 0; at = nextCapital(local, at + 1)) {
    if (afterWordChar(local, at)) continue;
    SENTENCE_CASE_OPENING.lastIndex = at;
    const m = SENTENCE_CASE_OPENING.exec(local);
    if (!m || !index.isHeadingWord(m[0])) continue;
    if (cuts.some((c) => c.kind === 'heading' && c.at <= at && at < c.from)) continue;
    const words: RegExpExecArray[] = [];
    WORD_AND_SPACE.lastIndex = at;
    for (let w = WORD_AND_SPACE.exec(local); w && words.length < 6; w = WORD_AND_SPACE.exec(local)) {
      // ("… and adaptable Why join our team? Regular virtual meetings …": a heading asked as a question ends at its mark.)
      const asked = words.length > 0 && /^\p{Ll}+\?$/u.test(w[1]);
      const word = asked ? w[1].slice(0, -1) : w[1];
      const joiner = word === '/' || word === '&';
      if (words.length > 0 && !joiner && !/^\p{Ll}+$/u.test(word)) break;
      if (!joiner && !index.isHeadingWord(word)) break;
      words.push(w);
      if (asked) break;
    }
    for (let k = words.length; k >= 2; k--) {
      const last = words[k - 1];
      if (SMALL.test(last[1]) || /^(?:the|a|an|or|with|from|on|at|as|by|key|main)$/i.test(last[1])) continue;
      const end = last.index + last[1].length;
      // (At the line's end too: "… maintain analysis tools Your qualifications" heads the lines below it.)
      // (Or before a dash that marks the section's first item: "… 4 years for Diploma Main responsibilities - Provide …".)
      // (Not a clause's: "Who are we looking for? - We are …" is as often a question of the text.)
      const capitalNext = /^\s+(?:[·•●▪◦§➢➤►]\s*)?\p{Lu}/u.test(local.slice(end, end + 4)) || !local.slice(end).trim();
      const bulletNext = !capitalNext && /^\s+[-–—*]\s+\p{Lu}/u.test(local.slice(end, end + 5)) && !words.slice(0, k).some((w) => CLAUSE_WORD.test(w[1]));
      if (!capitalNext && !bulletNext) continue;
      const exact = index.classifyExact(local.slice(at, end)) !== null;
      // "Your qualifications", "Our offer": a possessive before a heading the lexicon knows names that section.
      const owned = POSSESSIVE.test(words[0][1]) && index.classifyExact(local.slice(words[1].index, end)) !== null;
      // A whole heading of three words or more that the lexicon knows opens even after a capitalised word ("… Microsoft
      // Office Employer certification / accreditation badges Disability …"), as does one with a pronoun, which no name
      // holds ("… Principal DevOps Engineer About us We make …").
      const whole = exact && (k >= 3 || words.slice(0, k).some((w) => CLAUSE_WORD.test(w[1])));
      const opens = opensAt(local, at, first) || ((whole || (exact && bulletNext)) && !OBJECT_BEFORE.test(local.slice(Math.max(0, at - 40), at)));
      // "… 600,000 people Working for our organisation County Hospitals …", "Documents to download": with a pronoun or a
      // verb among its words a run of heading words is a clause, unless the lexicon knows the whole phrase.
      if (words.slice(owned ? 1 : 0, k).some((w) => CLAUSE_WORD.test(w[1]))) {
        // ("… our team. You will be HCPC registered …": a heading that opens with "you" opens a sentence as often.)
        if (!exact || !opens || /^you\b/i.test(words[0][1])) continue;
        cuts.push({ at, from: end, kind: 'heading' });
        break;
      }
      // "Qualifications Essential criteria Registered Nurse …": a person specification's table read as one line
      // names each criterion's category before a label that names no section alone, and the category opens the heading.
      const alone = index.classifyLeading(local.slice(at, end)) !== null;
      const category = alone ? null : CATEGORY_BEFORE.exec(local.slice(Math.max(0, at - 30), at));
      const from = category && index.isHeadingWord(category[1]) && opensAt(local, at - category[0].length, first) ? at - category[0].length : at;
      if (alone ? !opens : from === at || index.classifyLeading(local.slice(from, end)) === null) continue;
      cuts.push({ at: from, from: end, kind: 'heading' });
      break;
    }
  }
}

/** A person specification's verdict label before a criterion: "Essential Care Certificate …", "Desirable criteria NVQ …". */
const VERDICT = /(?<![\p{L}\p{N}'’-])(?:Essential|Desirable)(?:\s+criteria)?(?=\s+(?:[·•●▪◦§➢➤►]\s*)?[\p{Lu}\p{N}])/gu;

/**
 * "… continuing professional development Desirable Non-medical prescribing qualification …": a person
 * specification's columns read as one line put each verdict before its criteria, after the last word of the criterion
 * before, whatever its case. Only in a line that has both verdicts, and not after a determiner or a preposition.
 */
export function verdictLabels(local: string, index: HeadingIndex, cuts: Cut[]): void {
  if (local.length < RUN_ON_CHARS || !local.includes('Essential') || !local.includes('Desirable')) return;
  const found = [...local.matchAll(VERDICT)];
  if (!found.some((m) => m[0].startsWith('E')) || !found.some((m) => m[0].startsWith('D'))) return;
  for (const m of found) {
    if (cuts.some((c) => c.kind === 'heading' && c.at <= m.index && m.index < c.from)) continue;
    const before = local.slice(Math.max(0, m.index - 40), m.index);
    if (OBJECT_BEFORE.test(before)) continue;
    // ("… Mental Health Act and Care Act Skills Essential Enthusiastic …": the criteria's category opens the heading.)
    const category = CATEGORY_BEFORE.exec(before);
    const at = category && index.classifyLeading(category[1]) !== null ? m.index - category[0].length : m.index;
    cuts.push({ at, from: m.index + m[0].length, kind: 'heading' });
  }
}

/** Sections that give no mentions: a posting writes their headings as a run-in phrase too. */
const RUN_IN_KINDS = new Set(['benefits', 'apply', 'company', 'legal']);
const RUN_IN_TEXT_WORDS = 5;

/**
 * "Whats in it for you A job in a growing …", "How to apply Please send …": a line that opens with the
 * whole heading of a section that gives no mentions, in sentence case, runs on into that section's
 * text (its punctuation lost). The next word must be capitalised: "What we offer is …" is a sentence.
 */
export function openingHeadings(local: string, index: HeadingIndex, cuts: Cut[]): void {
  const first = local.search(/\S/);
  if (first < 0 || cuts.some((c) => c.kind === 'heading' && c.at <= first && first < c.from)) return;
  // The heading's words and enough after them to tell a run-in heading (the rest of a long block is not read).
  const words: RegExpExecArray[] = [];
  const re = /\S+/g;
  re.lastIndex = first;
  for (let m = re.exec(local); m && words.length < 7 + RUN_IN_TEXT_WORDS; m = re.exec(local)) words.push(m);
  for (let k = Math.min(7, words.length - 1); k >= 2; k--) {
    // What follows is the section's text, a sentence at least: a short line is a heading of its own.
    if (words.length - k < RUN_IN_TEXT_WORDS) continue;
    // (The capital first: in running text the next word seldom has one, and then no heading is looked up.)
    if (!/^\p{Lu}/u.test(words[k][0])) continue;
    const end = words[k - 1].index + words[k - 1][0].length;
    const kind = index.classifyExact(local.slice(first, end));
    if (!kind || !RUN_IN_KINDS.has(kind)) continue;
    cuts.push({ at: first, from: end, kind: 'heading' });
    return;
  }
}

