import type { Item, Mention, MentionKind, QualificationFields, Section } from '../types.js';
import { isQuality, type LexiconIndex } from './lexicon.js';
import type { ExtractConfig } from './options.js';
import { scanMatches, scanOf, wordStarts, type WordStarts } from './phrase-scan.js';
import { squeezeSpaces, tailRunStart, wordBefore } from '../text-runs.js';

/** One item being read: its text, where it sits, and the mentions found in it so far. */
export interface ItemContext {
  docText: string;
  item: Item;
  section: Section;
  lex: LexiconIndex;
  config: ExtractConfig;
  /** The item's text (same as docText.slice(item.start, item.end)). */
  text: string;
  /** True when the item sits in a list (a bullet, a table-cell part, a semicolon-list part). */
  listLike: boolean;
  /** The item is the whole posting (one line under no heading): no employer prose around it to tell apart. */
  alone: boolean;
  english: boolean;
  out: Mention[];
}

/** What drives a candidate ("a passion for …", "a hunger to …"): after "and", a requirement of its own (qualifications, abilities). */
export const DRIVE_NOUNS = 'passion|enthusiasm|interest|desire|flair|commitment|hunger|appetite|eagerness';

/** "You will be supported / given / encouraged …": what the employer does for the candidate, no quality asked of them. */
export const YOU_WILL_BE = String.raw`you(?: will|['’]ll) be(?!\s+(?:supported|given|offered|provided|paid|rewarded|based|entitled|eligible|enrolled|invited|welcomed|mentored|coached|placed|trained|encouraged)\b)`;

export const OPEN_TAIL_WORDS =
  '(?:(?:a|an)\\s+(?:(?:big|strong|real|huge|definite|great|added|distinct|key)\\s+)?(?:plus|advantage|asset|bonus|requirement|prerequisite|merit)|added\\s+advantage|advantageous|preferred|preferable|desirable|desired|required|essential|mandatory|compulsory|a must|nice[- ]to[- ]have|beneficial|welcome|acceptable)';
export const OPTIONAL_TAIL = new RegExp(
  // ("… would be nice", "… is helpful": words of praise only after a verb; "NICE guidelines relevant to the role": the
  // role's scope.)
  `[\\s,]+\\(?(?:(?:(?:is|are|would be|will be|as|if|when|where)\\s+)?(?:(?:highly|strongly|very)\\s+)?${OPEN_TAIL_WORDS}|(?:relevant|applicable|appropriate)\\s+to\\s+(?:the|this|your)\\s+(?:role|post|position|job)|(?:is|are|would be|will be)\\s+(?:(?:really|very)\\s+)?(?:nice|great|good|helpful|useful))(?:,?\\s+but not (?:required|essential|necessary|a must))?\\)?[\\s.!]*$`,
  'i',
);
const HOLDER_TAIL = /(?<=\b(?:card|licen[cs]e|certificate|passport|ticket|permit|visa))\s+holders?(?:\s+only)?[\s.!]*$/i;
const LANGUAGE_USE_TAIL = /[\s,]+\(?(?:both\s+)?(?:written|spoken|verbal|oral)(?:\s*(?:and|&|or|\/)\s*(?:written|spoken|verbal|oral))?\)?[\s.!]*$/i;
// (Not the dot that opens a name: ".NET", ".htaccess".)
const OPEN = /^(?:[\s,;:\-–—•*"“'(|]|\.(?![\p{L}\p{N}]))+/u;
/** A character a span's end drops (read back from the end with tailRunStart: an end-anchored regex reads every position). */
const CLOSE_CHAR = /^[\s,;:.\-–—•*"”'!?|/]$/u;
/** The articles at a span's start; not the "A" of "A levels" ("Educated to A level standard"; "a Level 3 Diploma" has its article). */
export const ARTICLE = String.raw`(?:a(?!\s+levels?\b(?![\s-]*\d)(?!\s+of\b))|an|the)`;
/** A joining word or an article left at a span's start ("and drive automation …", "a university degree …"). */
const LEADING_WORD = new RegExp(String.raw`^(?:and|or|${ARTICLE})\s+(?=\S)(?!(?:couple|few|number|minimum|maximum|total|lot)\b)`, 'i');
/** A preposition left at a span's end ("… child protection policy through"), but not a passive's own ("policies are adhered to", "procedures are complied with"). */
export const DANGLING_PREPOSITION = /(?<!\b(?:is|are|be|been|being|was|were)\s+(?:\w+ly\s+)?\w+(?:ed|en|lt))\s+(?:with|of|to|for|in|towards?|through|via|into|within|across|from)$/i;
// ("a degree within a relevant subject e.g.": an example cue whose examples were cut off is debris too; so is "etc", "SPSS, Stata etc".)
const DANGLING = new RegExp(String.raw`\s+(?:and|or|&|(?:and\s*)?\/\s*or|as well as|including|a|an|the|e\.g|i\.e|such as|e\.g\.|i\.e\.|etc\.?)$|${DANGLING_PREPOSITION.source}`, 'i');
/** The last words DANGLING can remove (it is tried only after one of them: end-anchored, it reads every position). */
const DANGLING_LAST = new Set(['and', 'or', '&', 'and/or', '/or', 'as', 'including', 'etc', 'etc.', 'a', 'an', 'the', 'e.g', 'i.e', 'e.g.', 'i.e.', 'with', 'of', 'to', 'for', 'in', 'toward', 'towards', 'through', 'via', 'into', 'within', 'across', 'from']);
const dangles = (s: string): boolean => DANGLING_LAST.has(wordBefore(s, s.length).toLowerCase());

/** A verdict written as a label before the requirement ("Advantage: Experience in …", "Essential: NMC registration"). */
const VERDICT_LABEL = /^(?:(?:an?\s+)?advantage|plus|bonus|nice[- ]to[- ]have|desirable|essential|required|preferred|mandatory|must[- ]have|optional)\s*[:：]\s*/i;

/** Trim a local [a, b) span of the item to words: no surrounding spaces, punctuation, or unbalanced brackets. */
function tidy(text: string, a: number, b: number): [number, number] {
  let s = text.slice(a, b);
  const lead = OPEN.exec(s)?.[0].length ?? 0;
  const label = VERDICT_LABEL.exec(s.slice(lead))?.[0].length ?? 0;
  const word = LEADING_WORD.exec(s.slice(lead + label))?.[0].length ?? 0;
  a += lead + label + word;
  s = s.slice(lead + label + word);
  for (;;) {
    const before = s;
    s = s.slice(0, tailRunStart(s, CLOSE_CHAR));
    // "Experience with Python and", "knowledge and": a dangling joining word is debris.
    if (dangles(s)) s = s.replace(DANGLING, '');
    let opens = 0;
    let closes = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x28) opens++;
      else if (c === 0x29) closes++;
    }
    if (closes > opens && s.endsWith(')')) s = s.slice(0, -1);
    else if (opens > closes) {
      const i = s.lastIndexOf('(');
      s = s.slice(0, i);
    }
    if (s === before) break;
  }
  return [a, a + s.length];
}

export function normalizeText(raw: string): string {
  // Trimmed as spans are: "Degree in Computer Science.)" names "degree in computer science".
  const [a, b] = tidy(raw, 0, raw.length);
  let s = raw
    .slice(a, b)
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"');
  s = squeezeSpaces(s);
  // (The regexes only where they change something: normalizeText runs for every span the rules try.)
  if (EDGE.test(s)) s = s.replace(/^(?:[\s,;:\-–—]|\.(?![\p{L}\p{N}]))+|[\s,;:.\-–—]+$/gu, '');
  if (dangles(s)) s = s.replace(DANGLING, '');
  return s.trim();
}
/** A character the edge trim may remove, at either end. */
const EDGE = /^[\s,;:\-–—.]|[\s,;:.\-–—]$/;

/**
 * "written and spoken English is a requirement", "… Scandinavian languages is a great plus has experience …": what
 * the posting says of a requirement, and what runs on after it, is no part of it.
 */
const VERDICT = new RegExp(`\\s(?:is|are)\\s+(?:also\\s+|just\\s+|considered\\s+)?(?:(?:highly|strongly|very)\\s+)?${OPEN_TAIL_WORDS}(?![\\p{L}-])`, 'iu');

/** A word that only opens a sentence, after a lower-case word with no stop between them. */
const RUN_ON = /(?<=\p{Ll})\s(?:The|You|We|Our|Please|This|These|Whats|What['’]s|It|If|Additionally|Moreover|Furthermore|Therefore|However|Hence|Thus)(?=[\s,]|$)/u;

/** A capitalised word after a lower-case one with no stop between them, a lower-case word after it. */
const CAPITAL_INSIDE = /(?<=\p{Ll})\s(\p{Lu}\p{Ll}+)\s(?=\p{Ll})/gu;
/** Words that open a requirement line ("Highly organized", "Strong analytical skills", "Ability to …"). */
const LINE_OPENER = /^(?:highly|strong|excellent|good|proven|demonstrated|ability|able|must|should|minimum|fluent|familiarity)$/;

/**
 * Two lines of qualities run together (a lost line break: "… strategic thinker Highly organized …", "…
 * confidential records Flexible and …"): the second opens with a requirement word or a quality. Skills
 * only: a longer span cut there can stop being a swallowed sentence (past the longest a mention may be)
 * and give a duty or qualification of debris.
 */
function runOnLine(s: string, lex: LexiconIndex): RegExpExecArray | null {
  return [...s.matchAll(CAPITAL_INSIDE)].find((m) => LINE_OPENER.test(m[1].toLowerCase()) || isQuality(m[1].toLowerCase(), lex)) ?? null;
}

export function addMention(
  ctx: ItemContext,
  kind: MentionKind,
  localStart: number,
  localEnd: number,
  normalized: string,
  confidence: number,
  extra: { level?: string; qualification?: QualificationFields } = {},
): Mention | null {
  let [a, b] = tidy(ctx.text, localStart, localEnd);
  if (kind === 'skill' || kind === 'knowledge') {
    // "Latvian is a plus", "German is an advantage": the span is the language, not the verdict.
    const tail = OPTIONAL_TAIL.exec(ctx.text.slice(a, b));
    if (tail && tail.index > 0) [a, b] = tidy(ctx.text, a, a + tail.index);
    // "English language, both written and spoken": how a language is used, after it.
    const use = kind === 'knowledge' ? LANGUAGE_USE_TAIL.exec(ctx.text.slice(a, b)) : null;
    if (use && use.index > 0) [a, b] = tidy(ctx.text, a, a + use.index);
  }
  // "CSCS card holders only", "a full UK driving licence holder": the document held, not who holds it.
  const holder = kind === 'qualification' ? HOLDER_TAIL.exec(ctx.text.slice(a, b)) : null;
  if (holder) {
    [a, b] = tidy(ctx.text, a, a + holder.index);
    normalized = normalized.replace(HOLDER_TAIL, '');
  }
  // A run-on line ("… maintain market awareness The position is based in …"): the span ends where the next sentence opens.
  // (A field's label may end the span, its colon just after: "… English and Amharic Place of Work: …".)
  const after = ctx.text.slice(a, b + 30);
  const field = firstMatch(ctx.lex.fieldInside, after);
  const span = ctx.text.slice(a, b);
  const runOn = RUN_ON.exec(span) ?? (field && field.index < b - a ? field : null) ?? (kind === 'skill' ? runOnLine(span, ctx.lex) : null) ?? (kind === 'duty' ? null : VERDICT.exec(span));
  if (runOn) {
    const next = ctx.text.slice(a + runOn.index + 1, b).split(/\s+/).slice(0, 3).join(' ').toLowerCase();
    const at = normalized.toLowerCase().indexOf(next);
    if (at > 0) normalized = normalized.slice(0, at);
    [a, b] = tidy(ctx.text, a, a + runOn.index);
  }
  if (b <= a) return null;
  const untailed = kind === 'skill' || kind === 'knowledge' ? normalized.replace(OPTIONAL_TAIL, '') : normalized;
  const norm = normalizeText(kind === 'knowledge' ? untailed.replace(LANGUAGE_USE_TAIL, '') : untailed);
  if (norm === '' || !/[\p{L}\p{N}]/u.test(norm)) return null;
  const start = ctx.item.start + a;
  const end = ctx.item.start + b;
  const m: Mention = {
    kind,
    text: ctx.docText.slice(start, end),
    normalized: norm,
    section: ctx.section.kind,
    start,
    end,
    confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100,
  };
  if (ctx.section.role !== undefined) m.role = ctx.section.role;
  if (extra.level) m.level = extra.level;
  if (extra.qualification && Object.keys(extra.qualification).length > 0) m.qualification = extra.qualification;
  ctx.out.push(m);
  return m;
}

/** Whether a local span overlaps a mention already found in the item (of the given kinds, or any). */
export function covered(ctx: ItemContext, a: number, b: number, kinds?: MentionKind[]): boolean {
  const s = ctx.item.start + a;
  const e = ctx.item.start + b;
  return ctx.out.some((m) => m.start < e && s < m.end && (!kinds || kinds.includes(m.kind)));
}

/** Whether a global lexicon regex matches, whatever state an earlier search left it in. */
/** What a candidate is asked to respect ("respect local laws, customs and traditions") is conduct, not a subject to know. */
const RESPECTED = /\brespect(?:s|ing)?\s+(?:for\s+)?(?:[\p{L}'’-]+(?:,|\s+and|\s+or)?\s+){0,4}$/iu;

/** Whether the name at `at` in `text` is the object of "respect". */
export function respected(text: string, at: number): boolean {
  return RESPECTED.test(text.slice(Math.max(0, at - 50), at));
}

export function hits(re: RegExp, s: string): boolean {
  const known = memo?.matches.get(re)?.get(s);
  if (known) return known.length > 0;
  let seen = memo?.hits.get(re);
  const found = seen?.get(s);
  if (found !== undefined) return found;
  const hit = firstMatch(re, s) !== null;
  if (memo) {
    if (!seen) memo.hits.set(re, (seen = new Map()));
    seen.set(s, hit);
  }
  return hit;
}

/** The first match of a global lexicon regex, from the start. */
export function firstMatch(re: RegExp, s: string): RegExpExecArray | null {
  const scan = scanOf(re);
  if (scan) return scanMatches(scan, s, startsOf(s), true)[0] ?? null;
  if (guards.get(re)?.test(s) === false) return null;
  re.lastIndex = 0;
  const m = re.exec(s);
  re.lastIndex = 0;
  return m;
}

/** A text's word starts, for the phrase scans: listed once per text while a document is extracted. */
function startsOf(s: string): WordStarts {
  let w = memo?.starts.get(s);
  if (w === undefined) {
    w = wordStarts(s);
    memo?.starts.set(s, w);
  }
  return w;
}

const guards = new WeakMap<RegExp, RegExp>();

/**
 * Marks a global regex whose every match contains a match of `guard` (a word it cannot match without):
 * `matches` tries it only on a text the guard finds something in. A guard of a few literal words scans
 * a text in a few ns per character; an involved regex tries every position at 20-50 ns.
 */
export function guarded(re: RegExp, guard: RegExp): RegExp {
  guards.set(re, guard);
  return re;
}

/** All matches of a global regex in a string, as [index, text]. */
export function matches(re: RegExp, s: string): readonly RegExpExecArray[] {
  let seen = memo?.matches.get(re);
  const found = seen?.get(s);
  if (found) return found;
  const scan = scanOf(re);
  const guard = guards.get(re);
  const out = scan ? scanMatches(scan, s, startsOf(s), false) : guard && !guard.test(s) ? [] : execAll(re, s);
  if (memo) {
    if (!seen) memo.matches.set(re, (seen = new Map()));
    seen.set(s, out);
  }
  return out;
}

function execAll(re: RegExp, s: string): RegExpExecArray[] {
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/**
 * The rules and the tagger's features test the same lexicon patterns on the same texts (an item,
 * then its sentences): over real postings, more than half the calls repeat one already made. While a
 * document is extracted each pattern's results per text are kept; they depend on nothing else, and
 * are dropped with the document.
 */
let memo:
  | {
      matches: Map<RegExp, Map<string, readonly RegExpExecArray[]>>;
      hits: Map<RegExp, Map<string, boolean>>;
      starts: Map<string, WordStarts>;
      texts: Map<(s: string) => unknown, Map<string, unknown>>;
    }
  | undefined;

/**
 * `fn`'s answer for a text, kept while the document is extracted: for a reading of an item that more
 * than one rule asks for (its sentences). `fn` must depend on nothing else that changes within a document.
 */
export function perText<T>(fn: (s: string) => T, s: string): T {
  if (!memo) return fn(s);
  let seen = memo.texts.get(fn) as Map<string, T> | undefined;
  if (!seen) memo.texts.set(fn, (seen = new Map()));
  let found = seen.get(s);
  if (found === undefined) seen.set(s, (found = fn(s)));
  return found;
}

export function withMatchMemo<T>(run: () => T): T {
  const outer = memo;
  memo = { matches: new Map(), hits: new Map(), starts: new Map(), texts: new Map() };
  try {
    return run();
  } finally {
    memo = outer;
  }
}

/**
 * A pattern anchored at the end of text[0, at), read in the 80 characters before `at` (its index in
 * the whole text): tried at every position of all the text before, it made a long line quadratic.
 */
export function endingAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  const from = Math.max(0, at - 80);
  const m = re.exec(text.slice(from, at));
  if (m) m.index += from;
  return m;
}
