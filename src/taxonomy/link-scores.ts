// The arithmetic of a link score: how a phrase and a label share words, and picking the best scored labels.
import { americanize, rawTokens, stem, stripPossessive, STOPWORDS } from './text.js';

/**
 * Two stems of one root, as a noun and its verb are ("mainten"/"maintain", "treatment"/"treat"): they
 * agree up to at most two letters before the shorter one ends, and on four at least.
 */
export function sameRoot(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  if (n < 4) return false;
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i >= Math.max(4, n - 2);
}

/**
 * The first `n` of `scored` that pass `keep`, best first (score down, then label index up): what
 * sorting them all and taking the first `n` gives, without sorting the thousands a common word
 * brings in.
 */
export function topScored(scored: { li: number; s: number }[], keep: (e: { li: number; s: number }) => boolean, n: number): { li: number; s: number }[] {
  const before = (a: { li: number; s: number }, b: { li: number; s: number }) => a.s > b.s || (a.s === b.s && a.li < b.li);
  const top: { li: number; s: number }[] = [];
  for (const e of scored) {
    if (top.length === n && !before(e, top[n - 1])) continue;
    if (!keep(e)) continue;
    let i = top.length === n ? n - 1 : top.length;
    while (i > 0 && before(e, top[i - 1])) {
      top[i] = top[i - 1];
      i--;
    }
    top[i] = e;
  }
  return top;
}

/** Stems of the written content words: tells apart labels the lexicon's analysis makes equal ("perform business analysis" / "business analysis"). */
export function surfaceStems(text: string): string[] {
  const out: string[] = [];
  for (const t of rawTokens(text)) {
    const w = americanize(stripPossessive(t));
    if (STOPWORDS.has(w)) continue;
    const s = stem(w);
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

export function dice(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  let shared = 0;
  for (const x of a) if (b.includes(x)) shared++;
  return (2 * shared) / (a.length + b.length);
}

/**
 * How far a phrase and a label say the same: the cosine of the weight they share. (Weighing the
 * label's share above the phrase's linked ESCO's own held-out labels less well.)
 */
export function overlap(shared: number, phraseTotal: number, labelTotal: number): number {
  return shared / Math.sqrt(phraseTotal * labelTotal);
}
