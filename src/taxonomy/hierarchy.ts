import type { Category, Competency } from '../types.js';
import { groupPath, type Group, type Vocabulary } from '../vocabulary/index.js';
import { analyzeInRun, lexiconOf, type RunLexicon } from './features.js';
import type { TaxonomyConfig } from './options.js';

/** A competency's place in the reference's skill hierarchy: a top category and, where there is one, a second level. */
export interface Placement {
  top: Category;
  sub?: Category;
}

const TOOLS: Category = { id: 'tools', label: 'tools and technology' };

function categoryOf(g: Group, parent?: string): Category {
  const slug = (g.code ?? g.id.replace(/^.*[/:]/, ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return { id: `${parent ? 'tools' : 'esco'}-${slug}`, label: g.label, ...(parent ? { parent } : {}) };
}

/**
 * Two levels of the ESCO hierarchy under its four pillars (skills, knowledge, transversal,
 * languages): "communication, collaboration and creativity" › "presenting information". Knowledge
 * repeats its first level one step down ("health and welfare" › "health" › "nursing and
 * midwifery"), so there the second level is the detailed field. O*NET technologies go under
 * "tools and technology" › their commodity group.
 */
export function placementOf(vocabulary: Vocabulary, concept: number): Placement | undefined {
  const path = groupPath(vocabulary, concept);
  if (!path.length) return undefined;
  if (vocabulary.concepts[concept].type === 'tool') return { top: TOOLS, sub: categoryOf(path[path.length - 1], TOOLS.id) };
  if (path.length < 2) return undefined;
  const top = categoryOf(path[1]);
  const second = path[0].code === 'K' ? (path[3] ?? path[2]) : path[2];
  return second ? { top, sub: { ...categoryOf(second), parent: top.id } } : { top };
}

/** Concept id → index in the bundled vocabulary, so that a file reference with ESCO URIs is placed too. */
const indexes = new WeakMap<Vocabulary, Map<string, number>>();
export function conceptIndex(vocabulary: Vocabulary, id: string): number | undefined {
  let m = indexes.get(vocabulary);
  if (!m) indexes.set(vocabulary, (m = new Map(vocabulary.concepts.map((c, i) => [c.id, i]))));
  return m.get(id);
}

/**
 * Competencies with no concept of their own go where their linked neighbours are: each content term
 * votes for the second-level categories of the linked competencies that use it (by their mentions),
 * a term counting by how rare it is among competencies and how much its votes agree. Below
 * `minAgreement` of its weight behind one category, a competency stays unplaced.
 */
export function placeByNeighbours(
  unplaced: Competency[],
  placed: { competency: Competency; placement: Placement }[],
  config: TaxonomyConfig,
  run: RunLexicon,
  minAgreement = 0.35,
): Map<string, Placement> {
  const lex = lexiconOf(config);
  const termsOf = (c: Competency) => [...new Set([c.label, ...c.variants.slice(0, 5).map((v) => v.normalized)].flatMap((t) => analyzeInRun(t, lex, run)))];
  const byKey = new Map<string, Placement>();
  const votes = new Map<string, Map<string, number>>();
  const df = new Map<string, number>();
  const placedTerms = placed.map((p) => termsOf(p.competency));
  placed.forEach(({ competency, placement }, i) => {
    const key = placement.sub?.id ?? placement.top.id;
    byKey.set(key, placement);
    for (const t of placedTerms[i]) {
      let m = votes.get(t);
      if (!m) votes.set(t, (m = new Map()));
      m.set(key, (m.get(key) ?? 0) + competency.mentionCount);
    }
  });
  const terms = unplaced.map(termsOf);
  for (const list of [...terms, ...placedTerms]) for (const t of list) df.set(t, (df.get(t) ?? 0) + 1);
  const n = unplaced.length + placed.length;
  const out = new Map<string, Placement>();
  unplaced.forEach((c, i) => {
    const score = new Map<string, number>();
    let total = 0;
    for (const t of terms[i]) {
      const w = Math.log(1 + n / (df.get(t) ?? 1));
      total += w;
      const m = votes.get(t);
      if (!m) continue;
      let sum = 0;
      for (const v of m.values()) sum += v;
      for (const [key, v] of m) score.set(key, (score.get(key) ?? 0) + (w * v) / sum);
    }
    let best: string | undefined;
    let bestScore = 0;
    for (const [key, s] of score) if (s > bestScore || (s === bestScore && best !== undefined && key < best)) [best, bestScore] = [key, s];
    if (best && total > 0 && bestScore / total >= minAgreement) out.set(c.id, byKey.get(best)!);
  });
  return out;
}
