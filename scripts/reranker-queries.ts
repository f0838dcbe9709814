// Which of an ESCO concept's labels the reranker's training holds out as its query
// (scripts/train-reranker.ts), so that the word vectors (scripts/build-word-vectors.ts) never learn
// from it either: a feature the vectors learned on the very labels the reranker is tested with
// would look surer in training than it is on a posting's wording.
import { createHash } from 'node:crypto';
import type { ReferenceConcept } from '../src/taxonomy/types.js';

const hash = (s: string) => createHash('sha1').update(`reranker\0${s}`).digest('hex');

/** The alternative or hidden label a concept is queried by in the reranker's training (by hash), if it has one. */
export function rerankerQueryLabel(c: ReferenceConcept): string | undefined {
  const others = [...c.altLabels, ...(c.hiddenLabels ?? [])];
  return others.length ? [...others].sort((a, b) => (hash(a) < hash(b) ? -1 : 1))[0] : undefined;
}
