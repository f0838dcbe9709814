import type { Category, MentionKind } from '../types.js';
import { lexiconOf, surfaceWords } from './features.js';
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
