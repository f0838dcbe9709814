import type { Edit } from './edit-text.js';
import type { CleanConfig, GlossaryEntry } from './options.js';
import type { Warning } from '../types.js';
import type { WorkBlock } from './work.js';
import { perConfig } from '../per-config.js';

/**
 * Machine-translation errors and variant spellings from the glossary files, and a detector for a
 * word that is out of place next to a domain term ("upset and cross-selling").
 */

interface GlossaryIndex {
  /** Any domain term: a block without one has nothing for the detector to anchor on. */
  anyTerm: RegExp | null;
  insensitive: Phrases | null;
  sensitive: Phrases | null;
  byPhrase: Map<string, GlossaryEntry>;
  terms: Set<string>;
}

function norm(phrase: string): string {
  return phrase.replace(/\s+/g, ' ').trim();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+').replace(/'/g, "['\u2019]");
}

/**
 * The phrases as one regex, matched where no letter or digit comes before or after. The "before" is
 * not a lookbehind in the regex but `startsWord`, asked of each match (see phraseMatches): a leading
 * lookbehind is tried at every position of every line, and made this the costliest regex of clean.
 */
interface Phrases {
  re: RegExp;
  /** A letter or digit, as the regex's flags read one. */
  wordChar: RegExp;
}

function compile(entries: GlossaryEntry[], flags: string): Phrases | null {
  if (entries.length === 0) return null;
  const phrases = [...new Set(entries.map((e) => norm(e.phrase)))].sort((a, b) => b.length - a.length);
  return {
    re: new RegExp(`(?:${phrases.map(escape).join('|')})(?![\\p{L}\\p{N}])`, flags),
    wordChar: new RegExp('[\\p{L}\\p{N}]', flags.replace('g', '')),
  };
}

/** Whether the code point that ends at `i` is no letter or digit (what `(?<![\p{L}\p{N}])` asks). */
function startsWord(text: string, i: number, wordChar: RegExp): boolean {
  if (i === 0) return true;
  const low = text.charCodeAt(i - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
  return !wordChar.test(text.slice(pair ? i - 2 : i - 1, i));
}

/**
 * The matches `(?<![\p{L}\p{N}])` + the regex would give: a match that follows a letter or digit is
 * passed over, and the search goes on from the next character, as the regex engine's own would.
 */
function phraseMatches(p: Phrases, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const re = p.re;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const i = m.index;
    if (startsWord(text, i, p.wordChar)) {
      out.push(m);
      continue;
    }
    const c = text.charCodeAt(i);
    const d = text.charCodeAt(i + 1);
    re.lastIndex = i + (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1);
  }
  return out;
}

const getIndex = perConfig((config: CleanConfig): GlossaryIndex => {
  const byPhrase = new Map<string, GlossaryEntry>();
  for (const e of config.glossary) byPhrase.set(e.caseSensitive ? norm(e.phrase) : norm(e.phrase).toLowerCase(), e);
  return {
    anyTerm: config.domainTerms.length ? new RegExp(config.domainTerms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i') : null,
    insensitive: compile(config.glossary.filter((e) => !e.caseSensitive), 'giu'),
    sensitive: compile(config.glossary.filter((e) => e.caseSensitive), 'gu'),
    byPhrase,
    terms: new Set(config.domainTerms.map((t) => t.toLowerCase())),
  };
});

/** The correction in the case of the text it replaces ("In most counties" → "In most countries"). */
function matchCase(found: string, correction: string): string {
  if (correction.length === 0) return correction;
  if (found.length > 1 && found === found.toUpperCase() && found !== found.toLowerCase()) return correction.toUpperCase();
  const f = found[0];
  if (f === f.toUpperCase() && f !== f.toLowerCase()) return correction[0].toUpperCase() + correction.slice(1);
  if (f === f.toLowerCase() && f !== f.toUpperCase() && correction[0] !== correction[0].toLowerCase() && correction.slice(0, 2) !== correction.slice(0, 2).toUpperCase()) {
    return correction[0].toLowerCase() + correction.slice(1);
  }
  return correction;
}

/** Whether an entry with a context rule applies in `text` (a word of its context there). */
export function inContext(entry: GlossaryEntry, text: string): boolean {
  if (!entry.context || entry.context.length === 0) return true;
  const lower = text.toLowerCase();
  return entry.context.some((c) => new RegExp(`(?<![\\p{L}])${c.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(lower));
}

export function fixGlossaryPhrases(b: WorkBlock, config: CleanConfig): void {
  if (config.glossary.length === 0) return;
  const idx = getIndex(config);
  for (const [phrases, sensitive] of [[idx.insensitive, false], [idx.sensitive, true]] as const) {
    if (!phrases) continue;
    // What EditText.replace does, over phraseMatches.
    const text = b.et.text;
    const edits: Edit[] = [];
    for (const m of phraseMatches(phrases, text)) {
      const key = norm(m[0]).replace(/\u2019/g, "'");
      const entry = idx.byPhrase.get(sensitive ? key : key.toLowerCase());
      if (!entry || !inContext(entry, text)) continue;
      const after = sensitive ? entry.correction : matchCase(m[0], entry.correction);
      if (after !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, after, rule: 'glossary.phrase' });
    }
    b.et.apply(edits);
  }
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
function commonSuffix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

export interface Suspect {
  word: string;
  correction: string;
  confidence: number;
}

/**
 * A word coordinated with a domain term ("X and cross-selling") that is not a term itself but
 * starts like a term of the same family ("upset" ~ "upselling", both "-selling" terms) is likely a
 * mistranslation of that term. Confidence grows with the shared prefix.
 */
export function judgeNeighbour(word: string, anchor: string, terms: ReadonlySet<string>): Suspect | null {
  const w = word.toLowerCase();
  const a = anchor.toLowerCase();
  if (terms.has(w) || !terms.has(a) || w.length < 3) return null;
  let best: Suspect | null = null;
  for (const t of terms) {
    if (t === a) continue;
    const family = commonSuffix(t, a);
    if (family < 4) continue;
    // A word already built like its neighbour ("reselling and cross-selling") is parallel, not out of place.
    if (commonSuffix(w, a) >= family) return null;
    const prefix = commonPrefix(w, t);
    if (prefix < 3 || prefix < w.length / 2) continue;
    const confidence = Math.min(1, 0.4 + 0.2 * Math.min(1, family / 6) + 0.4 * (prefix / Math.max(3, w.length - 1)));
    if (!best || confidence > best.confidence) best = { word, correction: t, confidence };
  }
  return best;
}

const COORDINATION = /(?<![\p{L}-])([\p{L}][\p{L}-]*)(\s*,\s*|\s+(?:and|or|&)\s+|\s*\/\s*)([\p{L}][\p{L}-]*)(?![\p{L}-])/gu;

export function detectOutOfPlace(b: WorkBlock, config: CleanConfig, warnings: Warning[]): void {
  if (config.domainTerms.length === 0) return;
  const idx = getIndex(config);
  const text = b.et.text;
  if (!idx.anyTerm || !idx.anyTerm.test(text)) return;
  const edits: Edit[] = [];
  COORDINATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COORDINATION.exec(text)) !== null) {
    const [, left, sep, right] = m;
    for (const [word, anchor, start] of [
      [left, right, m.index],
      [right, left, m.index + left.length + sep.length],
    ] as const) {
      const s = judgeNeighbour(word, anchor, idx.terms);
      if (!s) continue;
      if (s.confidence >= config.detectorMinConfidence) {
        edits.push({ start, end: start + word.length, after: matchCase(word, s.correction), rule: 'glossary.detector' });
      } else {
        warnings.push({
          stage: 'clean',
          code: 'glossary.suspect',
          message: `"${word}" next to "${anchor}" may be a mistranslation of "${s.correction}" (confidence ${s.confidence.toFixed(2)})`,
        });
      }
    }
    // Let the right-hand word also be the left of the next coordination ("A, B and C").
    COORDINATION.lastIndex = m.index + left.length + sep.length;
  }
  b.et.apply(edits);
}
