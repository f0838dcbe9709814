// A job board's header joined into one line ("Job Title: … Location: … Salary: …", "Date posted 12 November 2026 Band
// Band 5 Salary £29,970"): each field's name is a heading of its own (see inline.ts).
import { colonMatches, runChars } from './colon-matches.js';
import { afterWordChar, closesItem, hasColon, nextCapital, RUN_ON_CHARS, type Cut } from './inline-headings.js';
import type { HeadingIndex } from './lexicon.js';

/** A job board's header joined into one line holds at least this many "Name:" fields and headings. */
const JOINED_FIELDS = 3;

const NAME_BEFORE_COLON = /(?<=\s|^)(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,2})\s*[:：]\s*/gu;

/** What may stand before the colon in a NAME_BEFORE_COLON match (see colonMatches). */
const NAME_RUN = runChars('-');

const CAPITALISED = /(?<=\s)\p{Lu}[\p{Ll}-]+/gu;

/**
 * "Compensation: £75k | Equity Job type: Full-time Experience level: Lead Role: Frontend Developer
 * Technologies reactjs node.js Job description: …": a job board's fields run together. Each field and
 * heading it names opens its own part (the tags after "Technologies" are not the pay), whether or not
 * a colon follows it.
 */
export function joinedFields(local: string, index: HeadingIndex, cuts: Cut[]): void {
  // Fields are found by their colons (NAME_BEFORE_COLON): none, no fields.
  if (!hasColon(local)) return;
  const found: Cut[] = [];
  const known = (words: string[]) => {
    // The longest run of last words that names a field or a heading ("Full-time Experience level" → "Experience level").
    for (let k = 0; k < words.length; k++) {
      const name = words.slice(k).join(' ');
      if (/^\p{Lu}/u.test(name) && (index.field(name) !== null || index.classifyLeading(name) !== null) && !(k > 0 && closesItem(name, words[k - 1], index))) return k;
    }
    return -1;
  };
  for (const m of colonMatches(local, NAME_BEFORE_COLON, NAME_RUN)) {
    const words = m[1].split(/\s+/);
    const k = known(words);
    if (k < 0) continue;
    const at = m.index + words.slice(0, k).join(' ').length + (k > 0 ? 1 : 0);
    // After a bullet the fields are apart already.
    // (The last character before it but spaces: a pattern anchored at the end of all the text before it was quadratic.)
    if (/[·•●▪◦§➢➤►]$/u.test(local.slice(0, at).trimEnd().slice(-1))) continue;
    // A field ("Company Name: Acme") starts a line of its own; a heading ("Experience level:") a section, and
    // so does a job board's "Role:" (its category of jobs, not the posting's title).
    const field = index.field(words.slice(k).join(' '));
    found.push(field !== null && field !== 'title' ? { at, from: at, kind: 'bullet' } : { at, from: m.index + m[0].length, kind: 'heading' });
  }
  if (found.length < JOINED_FIELDS) return;
  // "Technologies reactjs node.js": a heading before lower-case tags, with no colon.
  for (const m of local.matchAll(CAPITALISED)) {
    const rest = local.slice(m.index + m[0].length);
    if (/^\s*[:：]/.test(rest) || /^\s+\p{Ll}[\p{Ll}-]*\s*[:：]/u.test(rest)) continue;
    // Tags: lower-case names up to the next capital, none a word of a sentence ("Experience engaging partners and …").
    const tags = /^\s+([^\p{Lu}]*)/u.exec(rest)?.[1] ?? '';
    if (!tags || /\b(?:in|of|with|and|or|the|a|an|to|for|on|at|as|is|are|from|by|will|should|must|required|preferred)\b|[.;!?](?:\s|$)/i.test(tags)) continue;
    if (index.classifyExact(m[0]) === null || index.field(m[0]) !== null) continue;
    const from = m.index + m[0].length + /^\s+/.exec(rest)![0].length;
    found.push({ at: m.index, from, kind: 'heading' });
  }
  for (const c of found) if (!cuts.some((x) => x.kind === 'heading' && x.at <= c.at && c.at < x.from)) cuts.push(c);
}

/** A field's name in sentence case before its value: "Date posted 12 November 2026", "Band Band 5", "Salary £29,970". */
const FIELD_NAME = /\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?(?=\s+[\p{Lu}\p{N}£$€])/uy;

/** Words of a field's value at most, between two fields of a header. */
const FIELD_VALUE_WORDS = 8;

/**
 * "Staff Nurse Date posted 12 November 2026 Pay scheme Agenda for change Band Band 5 Salary £29,970 …": a job
 * board's header pasted without its colons or line breaks. Three known field names or more in a row, each value a
 * few words, open a field each (the text before them is the title line).
 */
export function colonlessFields(local: string, index: HeadingIndex, cuts: Cut[]): void {
  if (local.length < RUN_ON_CHARS) return;
  const found: number[] = [];
  // (Read at each capital that opens a word, as headings() does: a regex tried at every position cost more.)
  for (let at = nextCapital(local, 0); at >= 0; at = nextCapital(local, at + 1)) {
    if (afterWordChar(local, at)) continue;
    FIELD_NAME.lastIndex = at;
    const m = FIELD_NAME.exec(local);
    if (!m) continue;
    const space = m[0].search(/\s/);
    if (index.field(m[0]) === null && (space < 0 || index.field(m[0].slice(0, space)) === null)) continue;
    if (!cuts.some((c) => c.kind === 'heading' && c.at <= at && at < c.from)) found.push(at);
  }
  let run: number[] = [];
  const flush = () => {
    if (run.length >= JOINED_FIELDS) for (const at of run) cuts.push({ at, from: at, kind: 'field' });
    run = [];
  };
  for (const at of found) {
    if (run.length > 0 && local.slice(run[run.length - 1], at).trim().split(/\s+/).length > FIELD_VALUE_WORDS + 2) flush();
    run.push(at);
  }
  flush();
}
