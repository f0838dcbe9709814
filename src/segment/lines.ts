import type { CleanBlock } from '../types.js';
import type { HeadingIndex } from './lexicon.js';
import { squeezeSpaces, tailRunStart } from '../text-runs.js';

export interface FieldValue {
  field: 'title' | 'company' | 'other';
  value: string;
}

/** What one block is, before it is placed in a section. */
export type LineShape =
  | { type: 'heading'; heading: string; explicit: boolean }
  | { type: 'field'; field: 'title' | 'company' | 'other'; name: string; value: string; more: FieldValue[] }
  | { type: 'level'; level: string }
  | { type: 'competency'; name: string }
  | { type: 'body' };

// Leftovers of markup and numbering that clean may leave on a heading line ("**Education:**", "3. Duties", "II. Requirements").
const NUMBERING = /^(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVXivx]{1,5}|[A-Ha-h])[.)]\s+|\d{1,2}(?:\.\d{1,2})+\s+)/;
/** One character of the run that closes a heading line. */
const TRAILING = /^[\s:：\-–—.]$/;

/** The heading text without markup remnants, numbering and trailing colon/dash. */
export function headingText(text: string): string {
  let t = text.trim().replace(/^#+\s*/, '');
  t = t.replace(/^(\*\*|__)(.*?)\1\s*([:：\-–—]?)\s*$/u, '$2$3').replace(/^\*\*|\*\*$/g, '');
  t = t.replace(NUMBERING, '');
  return squeezeSpaces(t.slice(0, tailRunStart(t, TRAILING))).trim();
}

const SENTENCE_END = /[.!?;,。！？]["”')]?$/u;

export function shapeOf(block: CleanBlock, index: HeadingIndex, maxHeadingWords: number): LineShape {
  const text = block.text.trim();
  if (text === '') return { type: 'body' };
  if (block.kind === 'heading') {
    const h = headingText(text);
    return { type: 'heading', heading: h || text, explicit: true };
  }
  const level = index.level(text.replace(/^\*\*|\*\*$/g, ''));
  if (level) return { type: 'level', level };

  const field = fieldLine(text, index);
  if (field) return field;

  const comp = competencyName(text, index);
  if (comp) return { type: 'competency', name: comp };

  const h = headingText(text);
  if (block.kind === 'list-item') {
    // "3. Duties", "II. Requirements" arrive as numbered list items: a heading when the words are a known heading, nothing more.
    // "2. COMMUNICATION AND RELATIONSHIP SKILLS": a job description's numbered factor, in capitals, naming a known heading anywhere.
    // (Under a bullet, "- 2 YEARS OF RELEVANT EXPERIENCE" in a list typed in capitals is an item.)
    const numbered = /[\p{L}\p{N}]/u.test(block.marker ?? '');
    if (h && h.split(/\s+/).length <= 5 && !SENTENCE_END.test(text) && (index.classifyExact(h) !== null || (numbered && isAllCaps(h) && !isAcronymList(h, index) && index.classify(h) !== null))) {
      return { type: 'heading', heading: h, explicit: true };
    }
    return { type: 'body' };
  }
  if (block.kind !== 'paragraph') return { type: 'body' };
  if (!h) return { type: 'body' };
  // "Now let's talk about perks and compensation", "Benefits/perks listed below may vary …": a line that points to
  // the benefits that follow.
  if (h.length <= 300 && /\b(?:perks|benefits)\b/i.test(h) && /\b(?:below|let['’]?s talk about|here(?:['’]s| is| are))\b/i.test(h) && h.split(/\s+/).length <= 3 * maxHeadingWords) {
    return { type: 'heading', heading: h, explicit: true };
  }
  if (h.length > 80) return { type: 'body' };
  const words = h.split(/\s+/).length;
  // "In return for your hard work we offer the following benefits:-": a line that only introduces the list of
  // what the employer offers opens that section, however long.
  if (words <= 2 * maxHeadingWords && /\b(?:the following|as follows|include)\b[^:：]*[:：]\s*[-–—]?\s*$/iu.test(text) && !/[.;!?]\s/.test(h) && index.classify(h) === 'benefits') {
    return { type: 'heading', heading: h, explicit: true };
  }
  if (words > maxHeadingWords) return { type: 'body' };
  // "Why join us?", "What's in it for you?", "Why work for us?": a known heading asked as a question.
  if (/\?$/.test(text) && words <= 6 && (index.classifyExact(h.replace(/\?$/, '')) ?? index.classifyLeading(h.replace(/\?$/, ''))) !== null) {
    return { type: 'heading', heading: h.replace(/\?$/, ''), explicit: true };
  }
  // A colon in the middle means "Name: value", handled above or plain prose. (A colon at the end may have a stray full
  // stop after it: "Personal profile & qualifications:.")
  if (/[:：]\s*\S/u.test(text.replace(/^\*\*.*?\*\*/, '').replace(/[:：]\**\s*\.?\s*$/u, ''))) return { type: 'body' };
  const explicit =
    /[:：\-–—]\**\s*\.?\s*$/u.test(text) ||
    /^#+\s/.test(text) ||
    /^(\*\*|__).+\1[:：]?$/u.test(text) ||
    (NUMBERING.test(text) && index.classify(h) !== null) ||
    (isAllCaps(h) && !isAcronymList(h, index) && !isCapsRequirement(text, h));
  if (explicit && !SENTENCE_END.test(h)) return { type: 'heading', heading: h, explicit: true };
  // An unmarked short line is a heading only when the lexicon knows it ("Responsibilities", "职位描述").
  const bare = h.replace(/\s*\([^)]*\)\s*/g, ' ').trim().split(/\s+/).length;
  if (!SENTENCE_END.test(text) && bare <= 6 && (index.classifyLeading(h) ?? index.classifyExact(h)) !== null && /^[\p{Lu}\p{Lo}]/u.test(h)) {
    return { type: 'heading', heading: h, explicit: false };
  }
  return { type: 'body' };
}

/** "Main Duties and Responsibilities": every word but small ones capitalised. */
export function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && words.every((w) => /^[\p{Lu}\p{Lo}]/u.test(w) || /^(?:and|or|of|the|to|for|in|on|&|a|an|with)$/.test(w));
}

/** "HTML & SCSS", "TCP/IP DNS": short acronyms that name tools, none of them a heading's word. */
function isAcronymList(s: string, index: HeadingIndex): boolean {
  const words = s.split(/[\s/&,+]+/).filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && words.every((w) => w.replace(/[^\p{L}]/gu, '').length <= 4 && !index.isHeadingWord(w));
}

/**
 * "EXPERIENCE OF WORKING IN A WAREHOUSE IS ESSENTIAL.", "GOOD COMMUNICATION SKILLS": a requirement typed in capitals, not
 * a heading: a sentence of four words or more with its full stop, a verdict on what it names, or a grade before it.
 */
function isCapsRequirement(text: string, h: string): boolean {
  return (/\.\s*$/.test(text) && h.split(/\s+/).length >= 4) || CAPS_VERDICT.test(h) || CAPS_GRADE.test(h);
}
const CAPS_VERDICT = /\b(?:IS|ARE)\s+(?:(?:HIGHLY|VERY|ALSO)\s+)?(?:ESSENTIAL|REQUIRED|DESIRABLE|PREFERRED|AN ADVANTAGE|A MUST|A PLUS)\b/;
const CAPS_GRADE = /^(?:GOOD|EXCELLENT|STRONG|PROVEN|SOUND|SOLID|GREAT|OUTSTANDING|EXCEPTIONAL|DEMONSTRABLE|EFFECTIVE)\s/;

function isAllCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

const FIELD = /^\**\s*([\p{L}][\p{L} .'’/-]{0,40}?)\s*\**\s*[:：]\s*\**\s*(\S.*?)\s*$/u;

function fieldLine(
  text: string,
  index: HeadingIndex,
): { type: 'field'; field: 'title' | 'company' | 'other'; name: string; value: string; more: FieldValue[] } | null {
  // (Every field has its colon: a line without one is not tried.)
  const m = text.includes(':') || text.includes('：') ? FIELD.exec(text) : null;
  if (!m) return null;
  const field = index.field(m[1]);
  if (!field) return null;
  // Field lines joined into one ("Job Title : Account Manager Company Name : Acme Ltd."): split at the next known field name.
  const parts = splitFields(m[2], index);
  const value = parts[0].value;
  // A field's value is a few words: a line whose last value runs on holds the posting's text too, and is read as text.
  if (value === '' || parts.some((p) => p.value.split(/\s+/).length > 12)) return null;
  return { type: 'field', field, name: m[1], value, more: parts.slice(1) };
}

const NEXT_FIELD = /\s+\**\s*([\p{L}][\p{L} .'’/-]{0,40}?)\s*\**\s*[:：]\s*\**\s*/gu;

function splitFields(raw: string, index: HeadingIndex): FieldValue[] {
  const out: FieldValue[] = [];
  let current: 'title' | 'company' | 'other' = 'other';
  let from = 0;
  NEXT_FIELD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NEXT_FIELD.exec(raw)) !== null) {
    // The name is the longest known field name ending right before the colon ("… Manager Company Name :").
    const words = m[1].split(/\s+/);
    let found: 'title' | 'company' | 'other' | null = null;
    let nameStart = -1;
    for (let k = 0; k < words.length && !found; k++) {
      const f = index.field(words.slice(k).join(' '));
      if (f) {
        found = f;
        nameStart = m.index + m[0].indexOf(m[1]) + words.slice(0, k).join(' ').length + (k > 0 ? 1 : 0);
      }
    }
    if (!found) continue;
    out.push({ field: current, value: tidyValue(raw.slice(from, nameStart)) });
    current = found;
    from = m.index + m[0].length;
  }
  out.push({ field: current, value: tidyValue(raw.slice(from)) });
  return out;
}

function tidyValue(s: string): string {
  return squeezeSpaces(s.replace(/\*+/g, '')).trim();
}

// "Customer Focus: Knowledge of …", "Negotiation Skills - Conducts positive negotiations".
const COMPETENCY = /^([\p{Lu}][\p{L}&/,'’ -]{1,60}?)\s*(?:[:：]|\s[-–—]|(?<=[\p{L}])[-–—](?=\s))\s+(?!(?:und|oder|and|or|bzw|et|y|и)\s)([\p{Lu}\p{Lo}"“'‘(].*)$/u;

function competencyName(text: string, index: HeadingIndex): string | null {
  const m = COMPETENCY.exec(text.trim());
  if (!m) return null;
  const name = m[1].trim().replace(/[,-]+$/, '');
  const words = name.split(/\s+/);
  if (words.length > 6 || words.length === 0) return null;
  if (m[2].split(/\s+/).length < 3) return null;
  if (index.field(name)) return null;
  // Names are title-like: most words capitalised or joined by small words ("Planning and Organising").
  const small = new Set(['and', 'of', 'to', 'for', 'in', '&', 'the', 'with', 'on', '/']);
  const capitalised = words.filter((w) => /^[\p{Lu}]/u.test(w)).length;
  const rest = words.filter((w) => !/^[\p{Lu}]/u.test(w) && !small.has(w.toLowerCase())).length;
  if (rest > 0 && words.length > 1 && capitalised < 2) return null;
  if (words.length > 2 && rest > 1) return null;
  return name;
}
