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
  // Postings per stem: occupation and its unit-length weight.
  const postings = new Map<string, { occupation: number; weight: number }[]>();
  counts.forEach((tf, occupation) => {
    const weights = [...tf].filter(([s]) => df.get(s)! <= n * MAX_SHARE).map(([s, c]) => [s, (1 + Math.log(c)) * idf(s)] as const);
    const norm = Math.sqrt(weights.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    for (const [s, w] of weights) {
      let list = postings.get(s);
      if (!list) postings.set(s, (list = []));
      list.push({ occupation, weight: w / norm });
    }
  });

  const profiles: OccupationProfiles = {
    scores(texts, candidates) {
      const tf = new Map<string, number>();
      for (const { text, weight } of texts) for (const s of stemsOf(text)) if (postings.has(s)) tf.set(s, (tf.get(s) ?? 0) + weight);
      const query = [...tf].map(([s, c]) => [s, (1 + Math.log(c)) * idf(s)] as const);
      const norm = Math.sqrt(query.reduce((sum, [, w]) => sum + w * w, 0));
      const score = new Map<number, number>();
      if (!norm) return score;
      for (const [s, w] of query) {
        for (const p of postings.get(s)!) {
          if (candidates.has(p.occupation)) score.set(p.occupation, (score.get(p.occupation) ?? 0) + (w / norm) * p.weight);
        }
      }
      return score;
    },
  };
  built.set(vocabulary, profiles);
  return profiles;
}
