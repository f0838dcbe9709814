import { isLoadedFrom, type Vocabulary } from '../vocabulary/index.js';
import { counts as lengths, fixed, ints, starts } from './int-codec.js';
import { storedTable } from './label-index.js';
import type { TaxonomyConfig } from './options.js';
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

/** Bumped whenever what `profileCounts` makes of a vocabulary changes, so that a stored table is computed again. */
export const PROFILES_FORMAT = 'comptax-occupation-profiles/1';
/** The name of the table in the vocabulary's stored index (`npm run linker-index`). */
const TABLE = 'occupationProfiles';

function stemsOf(text: string): string[] {
  return rawTokens(text)
    .map((t) => stem(americanize(t)))
    .filter((s) => s.length > 2 && !STOPWORDS.has(s) && !/^\d+$/.test(s));
}

/**
 * What the profiles are computed from, the vocabulary's alone: each occupation's stems that tell
 * occupations apart with how often its texts have them (in the order they first appear), and in how
 * many occupations each stem is. Reading every description takes ~0.4 s: for the bundled vocabulary
 * it is stored beside it.
 */
export interface ProfileCounts {
  stems: string[];
  /** Per stem: the number of occupations that have it. */
  df: Int32Array;
  /** Occupation o's stems are `stemIds[start[o] .. start[o + 1]]`, with their counts in `counts`. */
  start: Int32Array;
  stemIds: Int32Array;
  counts: Int32Array;
}

export function profileCounts(vocabulary: Vocabulary): ProfileCounts {
  const n = vocabulary.occupations.length;
  const tfs = vocabulary.occupations.map((o) => {
    const tf = new Map<string, number>();
    for (const s of stemsOf([o.label, ...o.alt, o.description ?? ''].join(' . '))) tf.set(s, (tf.get(s) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of tfs) for (const s of tf.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  const stemId = new Map<string, number>();
  const stems: string[] = [];
  const dfs: number[] = [];
  const start = [0];
  const stemIds: number[] = [];
  const counts: number[] = [];
  for (const tf of tfs) {
    for (const [s, c] of tf) {
      const d = df.get(s)!;
      if (d > n * MAX_SHARE) continue;
      let id = stemId.get(s);
      if (id === undefined) {
        stemId.set(s, (id = stems.length));
        stems.push(s);
        dfs.push(d);
      }
      stemIds.push(id);
      counts.push(c);
    }
    start.push(stemIds.length);
  }
  return { stems, df: Int32Array.from(dfs), start: Int32Array.from(start), stemIds: Int32Array.from(stemIds), counts: Int32Array.from(counts) };
}

/** The counts as the stored index keeps them. */
export interface EncodedProfileCounts {
  format: typeof PROFILES_FORMAT;
  stems: string;
  df: string;
  stemCount: string;
  stemIds: string;
  counts: string;
}

export function encodeProfileCounts(p: ProfileCounts): EncodedProfileCounts {
  return { format: PROFILES_FORMAT, stems: p.stems.join('\n'), df: fixed(p.df), stemCount: lengths(p.start), stemIds: fixed(p.stemIds), counts: fixed(p.counts) };
}

function decodeProfileCounts(e: EncodedProfileCounts): ProfileCounts {
  return { stems: e.stems ? e.stems.split('\n') : [], df: ints(e.df), start: starts(e.stemCount), stemIds: ints(e.stemIds), counts: ints(e.counts) };
}

/** The stored counts of the config's vocabulary, when `vocabulary` is it and they are current. */
function storedCounts(vocabulary: Vocabulary, config: TaxonomyConfig | undefined): ProfileCounts | undefined {
  const file = config?.vocabularyFile;
  if (!config || !file || !isLoadedFrom(vocabulary, file)) return undefined;
  const table = storedTable(file, TABLE, config) as EncodedProfileCounts | undefined;
  if (table?.format !== PROFILES_FORMAT) return undefined;
  const counts = decodeProfileCounts(table);
  return counts.start.length === vocabulary.occupations.length + 1 ? counts : undefined;
}

const built = new WeakMap<Vocabulary, OccupationProfiles>();

/** A vocabulary's profiles, once per vocabulary: from the stored counts when `config` names a current table for it. */
export function occupationProfiles(vocabulary: Vocabulary, config?: TaxonomyConfig): OccupationProfiles {
  const cached = built.get(vocabulary);
  if (cached) return cached;
  const n = vocabulary.occupations.length;
  const { stems, df, start, stemIds, counts } = storedCounts(vocabulary, config) ?? profileCounts(vocabulary);
  const idfOf = Float64Array.from(df, (d) => Math.log(n / d));
  // Postings per stem: occupations and their unit-length weights, in typed arrays (a role's query
  // reads thousands of postings, of which only its few candidates count).
  const sizes = new Int32Array(stems.length);
  for (let k = 0; k < stemIds.length; k++) sizes[stemIds[k]]++;
  const lists = Array.from(sizes, (size) => ({ occupations: new Int32Array(size), weights: new Float64Array(size), size: 0 }));
  const weights = new Float64Array(stemIds.length);
  for (let occupation = 0; occupation < n; occupation++) {
    let sum = 0;
    for (let k = start[occupation]; k < start[occupation + 1]; k++) {
      const w = (1 + Math.log(counts[k])) * idfOf[stemIds[k]];
      weights[k] = w;
      sum += w * w;
    }
    const norm = Math.sqrt(sum) || 1;
    for (let k = start[occupation]; k < start[occupation + 1]; k++) {
      const list = lists[stemIds[k]];
      list.occupations[list.size] = occupation;
      list.weights[list.size++] = weights[k] / norm;
    }
  }
  const postings = new Map<string, { occupations: Int32Array; weights: Float64Array; idf: number }>();
  stems.forEach((s, id) => postings.set(s, { occupations: lists[id].occupations, weights: lists[id].weights, idf: idfOf[id] }));
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
      const query = [...tf].map(([s, c]) => [s, (1 + Math.log(c)) * postings.get(s)!.idf] as const);
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
