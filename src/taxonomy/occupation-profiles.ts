import type { Vocabulary } from '../vocabulary/index.js';
import { americanize, rawTokens, stem, STOPWORDS } from './text.js';

/**
 * Occupations by what they do: each one's labels and ESCO description as TF-IDF weighted stems, so
 * that a role whose title names no occupation ("Driver", "Store Keeper", none at all) is matched on
 * what its posting asks ("drive vehicles", "stock control", "warehouse operations").
 */
export interface OccupationProfiles {
  /** How close (cosine) each of the candidate occupations' profiles is to the texts; absent: nothing shared. */
  scores(texts: { text: string; weight: number }[], candidates: ReadonlySet<number>): Map<number, number>;
}

/** A stem in more than this share of the occupations tells none of them apart. */
const MAX_SHARE = 0.1;

function stemsOf(text: string): string[] {
  return rawTokens(text)
    .map((t) => stem(americanize(t)))
    .filter((s) => s.length > 2 && !STOPWORDS.has(s) && !/^\d+$/.test(s));
}

const built = new WeakMap<Vocabulary, OccupationProfiles>();

export function occupationProfiles(vocabulary: Vocabulary): OccupationProfiles {
  const cached = built.get(vocabulary);
  if (cached) return cached;
  const n = vocabulary.occupations.length;
  const counts = vocabulary.occupations.map((o) => {
    const tf = new Map<string, number>();
    for (const s of stemsOf([o.label, ...o.alt, o.description ?? ''].join(' . '))) tf.set(s, (tf.get(s) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const s of tf.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  const idf = (s: string) => Math.log(n / (df.get(s) ?? n));
  // Postings per stem: occupations and their unit-length weights, in typed arrays (a role's query
  // reads thousands of postings, of which only its few candidates count).
  const lists = new Map<string, { occupation: number; weight: number }[]>();
  counts.forEach((tf, occupation) => {
    const weights = [...tf].filter(([s]) => df.get(s)! <= n * MAX_SHARE).map(([s, c]) => [s, (1 + Math.log(c)) * idf(s)] as const);
    const norm = Math.sqrt(weights.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    for (const [s, w] of weights) {
      let list = lists.get(s);
      if (!list) lists.set(s, (list = []));
      list.push({ occupation, weight: w / norm });
    }
  });
  const postings = new Map<string, { occupations: Int32Array; weights: Float64Array }>();
  for (const [s, list] of lists) postings.set(s, { occupations: Int32Array.from(list, (p) => p.occupation), weights: Float64Array.from(list, (p) => p.weight) });
  // The texts are competency labels, the same ones role after role.
  const stemMemo = new Map<string, string[]>();
  const memoStems = (text: string) => {
    let out = stemMemo.get(text);
    if (!out) stemMemo.set(text, (out = stemsOf(text)));
    return out;
  };
  const isCandidate = new Uint8Array(n);

  const profiles: OccupationProfiles = {
    scores(texts, candidates) {
      const tf = new Map<string, number>();
      for (const { text, weight } of texts) for (const s of memoStems(text)) if (postings.has(s)) tf.set(s, (tf.get(s) ?? 0) + weight);
      const query = [...tf].map(([s, c]) => [s, (1 + Math.log(c)) * idf(s)] as const);
      const norm = Math.sqrt(query.reduce((sum, [, w]) => sum + w * w, 0));
      const score = new Map<number, number>();
      if (!norm) return score;
      for (const c of candidates) isCandidate[c] = 1;
      for (const [s, w] of query) {
        const { occupations, weights } = postings.get(s)!;
        for (let k = 0; k < occupations.length; k++) {
          const o = occupations[k];
          if (isCandidate[o] === 1) score.set(o, (score.get(o) ?? 0) + (w / norm) * weights[k]);
        }
      }
      for (const c of candidates) isCandidate[c] = 0;
      return score;
    },
  };
  built.set(vocabulary, profiles);
  return profiles;
}
