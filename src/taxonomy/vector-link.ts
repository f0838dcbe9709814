// The linker's word-vector side: one vector per concept (the mean of its labels' vectors, each
// label the IDF-weighted mean of its terms'), a phrase's vector, and the concepts nearest it.
import { loadWordVectors, meanVector, type WordVectors } from './word-vectors.js';

export interface ConceptVectors {
  words: WordVectors;
  dim: number;
  /** Unit rows, one per concept (zero where no label word has a vector). */
  data: Float32Array;
  /** The concepts that have a vector, in concept order: the only ones a search reads. */
  present: Int32Array;
  cosine(q: Float32Array, concept: number): number;
}

/**
 * Concept vectors from a reference's analysed labels (labels come in concept order: concept c's are
 * `conceptStart[c] .. conceptStart[c + 1]`); label li's terms are `termIds[termStart[li] …
 * termStart[li + 1])`, `read` tells the labels to read, `idf` their terms' weights. (The term lists
 * are read in place: a view per label was 10 MB of garbage a run.)
 */
export function conceptVectorsOf(
  file: string,
  concepts: number,
  conceptStart: Int32Array,
  termStart: Int32Array,
  termIds: Int32Array,
  read: (label: number) => boolean,
  termName: (term: number) => string,
  idf: Float64Array,
): ConceptVectors {
  const words = loadWordVectors(file);
  const dim = words.dim;
  const data = new Float32Array(concepts * dim);
  const label = new Float32Array(dim);
  const present: number[] = [];
  // Each term's row in the vectors (-1: none), looked up by name once: -2 until then.
  const rowOf = new Int32Array(idf.length).fill(-2);
  const vectors = words.data;
  for (let c = 0; c < concepts; c++) {
    const base = c * dim;
    for (let li = conceptStart[c]; li < conceptStart[c + 1]; li++) {
      // meanVector of the label's terms that have a vector, IDF-weighted, read by row: the same sums in the same order.
      if (!read(li)) continue;
      let any = false;
      for (let k = termStart[li]; k < termStart[li + 1]; k++) {
        const t = termIds[k];
        let r = rowOf[t];
        if (r === -2) r = rowOf[t] = words.index.get(termName(t)) ?? -1;
        if (r < 0) continue;
        if (!any) label.fill(0);
        any = true;
        const weight = idf[t];
        const from = r * dim;
        for (let d = 0; d < dim; d++) label[d] += weight * vectors[from + d];
      }
      if (!any) continue;
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += label[d] * label[d];
      if (!(norm > 0)) continue;
      const inv = 1 / Math.sqrt(norm);
      for (let d = 0; d < dim; d++) label[d] *= inv;
      for (let d = 0; d < dim; d++) data[base + d] += label[d];
    }
    let n = 0;
    for (let d = 0; d < dim; d++) n += data[base + d] * data[base + d];
    if (!(n > 0)) continue;
    const inv = 1 / Math.sqrt(n);
    for (let d = 0; d < dim; d++) data[base + d] *= inv;
    present.push(c);
  }
  return {
    words,
    dim,
    data,
    present: Int32Array.from(present),
    cosine(q, concept) {
      let s = 0;
      const base = concept * dim;
      for (let d = 0; d < dim; d++) s += q[d] * data[base + d];
      return s;
    },
  };
}

/** A phrase's vector: the IDF-weighted mean of its terms' vectors (undefined when none has one), in `out` when given. */
export function phraseVector(words: WordVectors, weights: ReadonlyMap<string, number>, out?: Float32Array): Float32Array | undefined {
  return meanVector(words, weights.entries(), out);
}

/** The `k` concepts nearest a phrase's vector among those `allowed`, nearest first (ties by concept order). */
export function nearestConcepts(cv: ConceptVectors, q: Float32Array, k: number, allowed: (concept: number) => boolean): { concept: number; cosine: number }[] {
  if (k <= 0) return [];
  const top: { concept: number; cosine: number }[] = [];
  const { data, dim, present } = cv;
  for (let i = 0; i < present.length; i++) {
    const c = present[i];
    const base = c * dim;
    let s = 0;
    for (let d = 0; d < dim; d++) s += q[d] * data[base + d];
    if (top.length === k && s <= top[k - 1].cosine) continue;
    if (!allowed(c)) continue;
    let at = top.length;
    while (at > 0 && top[at - 1].cosine < s) at--;
    top.splice(at, 0, { concept: c, cosine: s });
    if (top.length > k) top.pop();
  }
  return top;
}
