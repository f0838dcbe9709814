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
 * The first `n` of the scored labels (label `li[i]` scored `s[i]`, for i < `count`) that pass
 * `keep`, best first (score down, then label index up): what sorting them all and taking the first
 * `n` gives, without sorting the thousands a common word brings in. Two number lists, not an object
 * per label: a run scores millions of them.
 */
export function topScored(li: ArrayLike<number>, s: ArrayLike<number>, count: number, keep: (li: number) => boolean, n: number): { li: number; s: number }[] {
  const top: { li: number; s: number }[] = [];
  for (let k = 0; k < count; k++) {
    const eli = li[k];
    const es = s[k];
    if (top.length === n && !(es > top[n - 1].s || (es === top[n - 1].s && eli < top[n - 1].li))) continue;
    if (!keep(eli)) continue;
    let i = top.length === n ? n - 1 : top.length;
    while (i > 0 && (es > top[i - 1].s || (es === top[i - 1].s && eli < top[i - 1].li))) {
      top[i] = top[i - 1];
      i--;
    }
    top[i] = { li: eli, s: es };
  }
  return top;
}

/**
 * Whether a text is one word the scores read among two or more small words they do not ("work on your own", "work with
 * others"; articles aside): to the scores it is that one word.
 */
export function mostlySmallWords(text: string): boolean {
  let all = 0;
  let content = 0;
  for (const w of rawTokens(text)) {
    if (w === 'a' || w === 'an' || w === 'the') continue;
    all++;
    if (!STOPWORDS.has(w)) content++;
  }
  return content === 1 && all >= 3;
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

/**
 * Dice of a phrase's and a label's surface stems, as ids (label-index.ts's `surfaces`; a phrase's
 * stem no label has is -1, which meets none): the label's are `ids[from … to)`. Counted from the
 * label's side, which has no repeats (the phrase's may repeat -1).
 */
export function dice(a: number[], ids: Int32Array, from: number, to: number): number {
  if (!a.length || from === to) return 0;
  let shared = 0;
  for (let k = from; k < to; k++) if (a.includes(ids[k])) shared++;
  return (2 * shared) / (a.length + to - from);
}

/**
 * How far a phrase and a label say the same: the cosine of the weight they share. (Weighing the
 * label's share above the phrase's linked ESCO's own held-out labels less well.)
 */
export function overlap(shared: number, phraseTotal: number, labelTotal: number): number {
  return shared / Math.sqrt(phraseTotal * labelTotal);
}
