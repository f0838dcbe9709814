import { analyze, type Lexicon, type RunLexicon } from './features.js';
import type { LabelIndex } from './label-index.js';
import type { ReferenceIndex } from './types.js';

/** What the linker looks labels up by: each label's terms, their IDF, and the labels each term is in. */
export interface TermTables {
  termId: Map<string, number>;
  /** Every label's terms in one list: label li's are termIds[termStart[li] … termStart[li + 1]) (read in place, without a view per label). */
  termStart: Int32Array;
  termIds: Int32Array;
  idfOf: Float64Array;
  /** IDF of a term by name; a term no label has is as rare as can be. */
  idf(t: string): number;
  /** Postings by term, in label order: postingLabels[postingStart[t] … postingStart[t + 1]). */
  postingStart: Int32Array;
  postingLabels: Int32Array;
  /** Sum of a label's terms' IDF. */
  labelTotal: Float64Array;
  /** Each concept's first label (labels come in concept order); conceptStart[n] is the label count. */
  conceptStart: Int32Array;
}

/** The term tables of a reference's stored label index, read with this run's lexicon. */
export function termTables(reference: ReferenceIndex, base: LabelIndex, textOf: (li: number) => string, lex: Lexicon, run: RunLexicon): TermTables {
  const nLabels = base.concept.length;
  const n = reference.concepts.length;
  // The labels this run's lexicon reads differently (a word it has an acronym for) are analysed
  // again; every other label keeps its stored terms.
  const runWords = new Uint8Array(base.words.length);
  let anyRunWord = false;
  for (const w of run.acronyms.keys()) {
    const id = base.wordId.get(w);
    if (id === undefined) continue;
    runWords[id] = 1;
    anyRunWord = true;
  }
  const termId = new Map(base.termId);
  const idOfTerm = (t: string) => {
    let id = termId.get(t);
    if (id === undefined) termId.set(t, (id = termId.size));
    return id;
  };
  const reread = new Map<number, number[]>();
  if (anyRunWord) {
    for (let li = 0; li < nLabels; li++) {
      for (let k = base.wordStart[li]; k < base.wordStart[li + 1]; k++) {
        if (!runWords[base.wordIds[k]]) continue;
        reread.set(li, analyze(textOf(li), lex, run).map(idOfTerm));
        break;
      }
    }
  }
  // Every label's terms in one list, the re-read ones in place of their stored terms.
  let termStart = base.termStart;
  let termIds = base.termIds;
  if (reread.size) {
    termStart = new Int32Array(nLabels + 1);
    for (let li = 0; li < nLabels; li++) termStart[li + 1] = termStart[li] + (reread.get(li)?.length ?? base.termStart[li + 1] - base.termStart[li]);
    termIds = new Int32Array(termStart[nLabels]);
    for (let li = 0; li < nLabels; li++) termIds.set(reread.get(li) ?? base.termIds.subarray(base.termStart[li], base.termStart[li + 1]), termStart[li]);
  }

  // Document frequency by concept; labels come in concept order.
  const nTerms = termId.size;
  const df = new Int32Array(nTerms);
  const lastConcept = new Int32Array(nTerms).fill(-1);
  const postingCount = new Int32Array(nTerms);
  // (The term lists are read in place, here and below: a view per label was 30 MB of garbage a linker.)
  for (let li = 0; li < nLabels; li++) {
    const c = base.concept[li];
    for (let k = termStart[li]; k < termStart[li + 1]; k++) {
      const t = termIds[k];
      postingCount[t]++;
      if (lastConcept[t] !== c) {
        lastConcept[t] = c;
        df[t]++;
      }
    }
  }
  const idfOf = new Float64Array(nTerms);
  for (let t = 0; t < nTerms; t++) idfOf[t] = Math.log(1 + n / (df[t] || 0.5));
  const idf = (t: string) => {
    const id = termId.get(t);
    return id === undefined ? Math.log(1 + n / 0.5) : idfOf[id];
  };
  // Postings by term, in label order; a label's weight for a term is the term's IDF.
  const postingStart = new Int32Array(nTerms + 1);
  for (let t = 0; t < nTerms; t++) postingStart[t + 1] = postingStart[t] + postingCount[t];
  const postingLabels = new Int32Array(postingStart[nTerms]);
  const fill = postingStart.slice(0, nTerms);
  const labelTotal = new Float64Array(nLabels);
  for (let li = 0; li < nLabels; li++) {
    for (let k = termStart[li]; k < termStart[li + 1]; k++) {
      postingLabels[fill[termIds[k]]++] = li;
      labelTotal[li] += idfOf[termIds[k]];
    }
  }
  // Each concept's labels (labels come in concept order).
  const conceptStart = new Int32Array(n + 1).fill(-1);
  for (let li = nLabels - 1; li >= 0; li--) conceptStart[base.concept[li]] = li;
  conceptStart[n] = nLabels;
  for (let c = n - 1; c >= 0; c--) if (conceptStart[c] < 0) conceptStart[c] = conceptStart[c + 1];
  return { termId, termStart, termIds, idfOf, idf, postingStart, postingLabels, labelTotal, conceptStart };
}
