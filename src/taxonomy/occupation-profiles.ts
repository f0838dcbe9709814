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
  // Each occupation's stems with their unit-length weights, where `stemIds` has them.
  const weights = new Float64Array(stemIds.length);
  for (let occupation = 0; occupation < n; occupation++) {
    let sum = 0;
    for (let k = start[occupation]; k < start[occupation + 1]; k++) {
      const w = (1 + Math.log(counts[k])) * idfOf[stemIds[k]];
      weights[k] = w;
      sum += w * w;
    }
    const norm = Math.sqrt(sum) || 1;
    for (let k = start[occupation]; k < start[occupation + 1]; k++) weights[k] /= norm;
  }
  const stemId = new Map<string, number>();
  stems.forEach((s, id) => stemId.set(s, id));
  // The texts are competency labels, the same ones role after role: each one's profile stems once.
  const idsMemo = new Map<string, number[]>();
  const idsOf = (text: string) => {
    let out = idsMemo.get(text);
    if (!out) {
      out = [];
      for (const s of stemsOf(text)) {
        const id = stemId.get(s);
        if (id !== undefined) out.push(id);
      }
      idsMemo.set(text, out);
    }
    return out;
  };
  // Per stem id: its place in the query being scored, else -1 (reset after each query).
  const queryPlace = new Int32Array(stems.length).fill(-1);
  const found: number[] = [];

  const profiles: OccupationProfiles = {
    scores(texts, candidates) {
      const tf = new Map<number, number>();
      for (const { text, weight } of texts) for (const id of idsOf(text)) tf.set(id, (tf.get(id) ?? 0) + weight);
      const query = [...tf].map(([id, c]) => [id, (1 + Math.log(c)) * idfOf[id]] as const);
      const norm = Math.sqrt(query.reduce((sum, [, w]) => sum + w * w, 0));
      const score = new Map<number, number>();
      if (!norm) return score;
      for (let i = 0; i < query.length; i++) queryPlace[query[i][0]] = i;
      // Per candidate, its stems that the query has, summed in the query's order: the sums a walk of
      // every query stem's postings would make, without reading the thousands of other occupations.
      for (const c of candidates) {
        found.length = 0;
        for (let k = start[c]; k < start[c + 1]; k++) if (queryPlace[stemIds[k]] >= 0) found.push(k);
        if (!found.length) continue;
        found.sort((x, y) => queryPlace[stemIds[x]] - queryPlace[stemIds[y]]);
        let sum = 0;
        for (const k of found) sum += (query[queryPlace[stemIds[k]]][1] / norm) * weights[k];
        score.set(c, sum);
      }
      for (const [id] of query) queryPlace[id] = -1;
      return score;
    },
  };
  built.set(vocabulary, profiles);
  return profiles;
}
