import { tailRunStart } from '../text-runs.js';

/** [start, end) spans of the sentences of one paragraph, trimmed. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  const re = /([.!?。！？])(["”’')\]]?)(\s+|(?=[\p{Lo}]))/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const endPunct = m.index + m[1].length + m[2].length;
    const after = text.slice(m.index + m[0].length);
    if (m[1] === '.' && !isBoundary(text.slice(from, m.index), after)) continue;
    if (/^[.!?]/.test(m[1]) && after !== '' && !/^["“'(\[]?[\p{Lu}\p{N}\p{Lo}]/u.test(after)) continue;
    push(spans, text, from, endPunct);
    from = m.index + m[0].length;
  }
  push(spans, text, from, text.length);
  return spans;
}

const ABBREV = new Set([
  'e.g', 'i.e', 'etc', 'inc', 'ltd', 'co', 'corp', 'mr', 'mrs', 'ms', 'dr', 'no', 'vs', 'approx', 'st', 'jr', 'sr',
  'u.s', 'u.k', 'pty', 'dept', 'incl', 'min', 'max', 'p.a', 'ca', 'z.b', 'bzw', 'usw', 'т.д', 'т.п', 'т.е', 'др',
]);

/** A character of the word before a period. */
const WORD_CHAR = /^[\p{L}.]$/u;

function isBoundary(before: string, after: string): boolean {
  const word = before.slice(tailRunStart(before, WORD_CHAR)).toLowerCase();
  if (ABBREV.has(word)) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial ("J. Smith")
  if (/\d$/.test(before) && /^\d/.test(after)) return false;
  return true;
}

function push(spans: [number, number][], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) spans.push([start, end]);
}

/**
 * Split a sentence that is a semicolon list ("Microsoft Office; HubSpot CRM") into its parts. A sentence
 * with one semicolon between two long clauses stays whole: it is prose, not a list.
 */
export function semicolonSpans(text: string, start: number, end: number, listSection = false): [number, number][] {
  const s = text.slice(start, end);
  const parts = s.split(/;\s*/);
  if (parts.length < 2) return [[start, end]];
  // Under a duties or requirements heading three or more semicolon parts are a list whatever their length.
  const limit = parts.length === 2 ? (listSection ? 8 : 6) : listSection ? 60 : 14;
  if (!parts.every((p) => p.trim().split(/\s+/).length <= limit)) return [[start, end]];
  const spans: [number, number][] = [];
  let at = start;
  for (const p of parts) {
    const i = text.indexOf(p, at);
    push(spans, text, i, i + p.length);
    at = i + p.length;
  }
  return spans.map(([a, b], k) => {
    // A part never ends in the separator's punctuation; the list's last part opens without its "and" ("…; and build relationships with …").
    while (b > a && /[;.,]/.test(text[b - 1])) b--;
    if (k > 0) a += /^(?:and|or)\s+(?=\S)/i.exec(text.slice(a, b))?.[0].length ?? 0;
    return [a, b] as [number, number];
  }).filter(([a, b]) => b > a);
}
