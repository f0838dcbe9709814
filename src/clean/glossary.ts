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
  insensitive: RegExp | null;
  sensitive: RegExp | null;
  byPhrase: Map<string, GlossaryEntry>;
  terms: Set<string>;
}

function norm(phrase: string): string {
  return phrase.replace(/\s+/g, ' ').trim();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+').replace(/'/g, "['\u2019]");
}

function compile(entries: GlossaryEntry[], flags: string): RegExp | null {
  if (entries.length === 0) return null;
  const phrases = [...new Set(entries.map((e) => norm(e.phrase)))].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map(escape).join('|')})(?![\\p{L}\\p{N}])`, flags);
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
  for (const [re, sensitive] of [[idx.insensitive, false], [idx.sensitive, true]] as const) {
    if (!re) continue;
    b.et.replace(re, 'glossary.phrase', (m, text) => {
      const key = norm(m[0]).replace(/\u2019/g, "'");
      const entry = idx.byPhrase.get(sensitive ? key : key.toLowerCase());
      if (!entry || !inContext(entry, text)) return null;
      return sensitive ? entry.correction : matchCase(m[0], entry.correction);
    });
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
