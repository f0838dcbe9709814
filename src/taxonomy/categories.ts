import type { Category, Competency, MentionKind } from '../types.js';
import { referenceVocabulary } from './bundled.js';
import { lexiconOf, surfaceWords, type RunLexicon } from './features.js';
import { conceptIndex, placeByNeighbours, placementOf, type Placement } from './hierarchy.js';
import { placeByListSiblings } from './list-siblings.js';
import type { ReferenceIndex } from './types.js';
import type { TaxonomyConfig } from './options.js';
import { stem } from './text.js';
import { perConfig } from '../per-config.js';

interface CompiledRule {
  id: string;
  kinds?: MentionKind[];
  keywords: string[][];
}


/** Stems of a text; hyphenated words also give their parts ("problem-solving" → "problem"). */
function stems(text: string, config: TaxonomyConfig): string[] {
  return surfaceWords(text, lexiconOf(config))
    .flatMap((w) => (w.includes('-') ? [w, ...w.split('-').filter(Boolean)] : [w]))
    .map(stem);
}

const rulesOf = perConfig((config: TaxonomyConfig): CompiledRule[] =>
  config.categoriesData.categories.map((c) => ({
    id: c.id,
    kinds: c.kinds,
    keywords: c.keywords.map((k) => stems(k, config)).filter((k) => k.length > 0),
  })),
);

export function categoryList(config: TaxonomyConfig): Category[] {
  return config.categoriesData.categories.map((c) => ({ id: c.id, label: c.label }));
}

function occurs(seq: string[], words: string[]): number {
  let hits = 0;
  outer: for (let i = 0; i + seq.length <= words.length; i++) {
    for (let k = 0; k < seq.length; k++) if (words[i + k] !== seq[k]) continue outer;
    hits++;
  }
  return hits;
}

/**
 * Keyword rules: each category scores the keywords found in the label (double weight, and more
 * for the head, the last word) and in the variants (weighted by mentions); the best score wins,
 * ties going to the category listed first. Nothing found: the kind's fallback.
 */
export function categorize(kind: MentionKind, label: string, variants: { normalized: string; count: number }[], config: TaxonomyConfig): string {
  const labelStems = stems(label, config);
  const total = variants.reduce((s, v) => s + v.count, 0) || 1;
  const variantStems = variants.slice(0, 10).map((v) => ({ words: stems(v.normalized, config), share: v.count / total }));
  let best: string | undefined;
  let bestScore = 0;
  // Categories made for a kind (education, experience for qualifications) are the only ones it gets.
  const rules = rulesOf(config);
  const own = rules.filter((r) => r.kinds?.includes(kind));
  for (const rule of own.length ? own : rules) {
    if (rule.kinds && !rule.kinds.includes(kind)) continue;
    let score = 0;
    for (const kw of rule.keywords) {
      const inLabel = occurs(kw, labelStems);
      if (inLabel) {
        score += 2 * inLabel + kw.length - 1;
        if (labelStems.length && kw[kw.length - 1] === labelStems[labelStems.length - 1]) score += 1;
      }
      for (const v of variantStems) if (occurs(kw, v.words)) score += v.share;
    }
    if (score > bestScore) {
      best = rule.id;
      bestScore = score;
    }
  }
  const fallback = config.categoriesData.fallback[kind];
  return best ?? fallback ?? config.categoriesData.categories[config.categoriesData.categories.length - 1].id;
}

/** Where a competency with no category of its own goes. */
const OTHER: Category = { id: 'other', label: 'other' };

function ownRules(kind: MentionKind, config: TaxonomyConfig): boolean {
  return config.categoriesData.categories.some((c) => c.kinds?.includes(kind));
}

/**
 * Sets every competency's category (and second level) and returns the categories used, top ones
 * by mentions, each followed by its second levels by mentions (ties by id). With categories from
 * the reference, a competency linked to a concept of the bundled vocabulary (directly, or through
 * a reference file that uses its URIs) takes the concept's place in the hierarchy, and so does one
 * whose nearest concept is only somewhat like it (`nearestConcept`); the others their linked
 * neighbours', or else the names listed beside them (list-siblings.ts); kinds with keyword rules of
 * their own (qualifications) those rules.
 */
export function assignCategories(
  competencies: Competency[],
  config: TaxonomyConfig,
  reference: ReferenceIndex | undefined,
  run: RunLexicon,
  nearestConcept: (c: Competency) => string | undefined = () => undefined,
): Category[] {
  const rules = new Map(categoryList(config).map((c) => [c.id, c]));
  const byKeywords = (c: Competency) => {
    c.category = categorize(c.kind, c.label, c.variants, config);
    delete c.subcategory;
  };
  // Without a reference (--reference none) nothing is linked: the keyword rules place everything.
  const vocabulary = referenceVocabulary(reference, config);
  const used = new Map<string, Category>();
  if (config.categorySource === 'keywords' || !vocabulary) {
    for (const c of competencies) byKeywords(c);
  } else {
    const placed: { competency: Competency; placement: Placement }[] = [];
    const unplaced: Competency[] = [];
    for (const c of competencies) {
      if (ownRules(c.kind, config)) {
        byKeywords(c);
        continue;
      }
      // A concept too far to be the competency's own still tells where in the hierarchy it belongs.
      const id = c.reference?.id ?? nearestConcept(c);
      const index = id ? conceptIndex(vocabulary, id) : undefined;
      const placement = index === undefined ? undefined : placementOf(vocabulary, index);
      if (placement) placed.push({ competency: c, placement });
      else unplaced.push(c);
    }
    // A reference of its own (a company framework) whose concepts are not in the bundled hierarchy.
    if (!placed.length) return assignCategories(competencies, { ...config, categorySource: 'keywords' }, reference, run);
    const neighbours = placeByNeighbours(unplaced, placed, config, run);
    const listed = placeByListSiblings(unplaced.filter((c) => !neighbours.has(c.id)), placed);
    for (const [id, placement] of listed) neighbours.set(id, placement);
    for (const { competency, placement } of [...placed, ...unplaced.map((c) => ({ competency: c, placement: neighbours.get(c.id) }))]) {
      competency.category = placement?.top.id ?? OTHER.id;
      if (placement?.sub) competency.subcategory = placement.sub.id;
      else delete competency.subcategory;
      for (const cat of placement ? [placement.top, placement.sub] : [OTHER]) if (cat) used.set(cat.id, cat);
    }
  }
  for (const c of competencies) if (!used.has(c.category)) used.set(c.category, rules.get(c.category) ?? OTHER);
  const mentions = new Map<string, number>();
  for (const c of competencies) {
    for (const id of [c.category, c.subcategory]) if (id) mentions.set(id, (mentions.get(id) ?? 0) + c.mentionCount);
  }
  const order = (a: Category, b: Category) => (mentions.get(b.id) ?? 0) - (mentions.get(a.id) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const all = [...used.values()];
  const tops = all.filter((c) => !c.parent).sort(order);
  return tops.flatMap((t) => [t, ...all.filter((c) => c.parent === t.id).sort(order)]);
}
