/**
 * Scoring of extracted mentions against gold texts, as ../shared/data/README.md describes it: per
 * posting, one-to-one greedy matching of predicted and gold texts, best pairs first; "loose" when their
 * word-token F1 is at least 0.5, "strict" when equal after lower-casing and stripping punctuation.
 */

export type MatchMode = 'loose' | 'strict';

export function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function overlapF1(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of wb) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wa) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      common++;
      counts.set(w, c - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / wa.length;
  const r = common / wb.length;
  return (2 * p * r) / (p + r);
}

function strictKey(s: string): string {
  return words(s).join(' ');
}

export interface MatchResult {
  tp: number;
  fp: string[];
  fn: string[];
}

/** One-to-one greedy matching, best pairs first. */
export function match(pred: string[], gold: string[], mode: MatchMode = 'loose'): MatchResult {
  const pairs: [number, number, number][] = [];
  pred.forEach((p, i) =>
    gold.forEach((g, j) => {
      const f = mode === 'loose' ? overlapF1(p, g) : strictKey(p) !== '' && strictKey(p) === strictKey(g) ? 1 : 0;
      if (f >= 0.5) pairs.push([f, i, j]);
    }),
  );
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
  }
  return { tp: usedP.size, fp: pred.filter((_, i) => !usedP.has(i)), fn: gold.filter((_, j) => !usedG.has(j)) };
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export function addTally(t: Tally, r: MatchResult): void {
  t.tp += r.tp;
  t.fp += r.fp.length;
  t.fn += r.fn.length;
}

export function prf(t: Tally): { p: number; r: number; f: number } {
  const p = t.tp + t.fp === 0 ? 0 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 0 : t.tp / (t.tp + t.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Distinct texts (case-insensitive), first spelling kept: the gold lists each competency once per posting. */
export function distinct(texts: string[]): string[] {
  return [...new Map(texts.map((t) => [t.toLowerCase(), t])).values()];
}
