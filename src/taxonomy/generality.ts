import type { Vocabulary } from '../vocabulary/index.js';

/** How far up ESCO's skill hierarchy one concept is looked for above another: a parent or a grandparent. */
const ANCESTOR_STEPS = 2;

export interface Hierarchy {
  /** How many ESCO skills name the concept (by URI) as their broader skill. */
  narrower(id: string): number;
  /** Whether `upper` is `lower`'s broader skill, or that one's. */
  above(upper: string, lower: string): boolean;
}

const built = new WeakMap<Vocabulary, Hierarchy>();

/**
 * ESCO's broader-skill relation as the vocabulary holds it, by concept URI, so that any reference
 * sharing ESCO's URIs (an ESCO CSV) reads it too. A posting names a skill more generally than
 * ESCO's narrow ones ("work in teams", not "work with a dance team"): how many skills a concept
 * stands above tells the reranker how general it is.
 */
export function hierarchyOf(vocabulary: Vocabulary): Hierarchy {
  let h = built.get(vocabulary);
  if (h) return h;
  const index = new Map(vocabulary.concepts.map((c, i) => [c.id, i]));
  const counts = new Int32Array(vocabulary.concepts.length);
  for (const c of vocabulary.concepts) for (const b of c.broader) counts[b]++;
  const above = (upper: number, lower: number, steps: number): boolean =>
    steps > 0 && vocabulary.concepts[lower].broader.some((b) => b === upper || above(upper, b, steps - 1));
  h = {
    narrower: (id) => {
      const i = index.get(id);
      return i === undefined ? 0 : counts[i];
    },
    above: (upper, lower) => {
      const u = index.get(upper);
      const l = index.get(lower);
      return u !== undefined && l !== undefined && u !== l && above(u, l, ANCESTOR_STEPS);
    },
  };
  built.set(vocabulary, h);
  return h;
}
