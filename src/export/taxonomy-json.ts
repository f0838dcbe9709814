import type { Category, Competency, Taxonomy } from '../types.js';

export interface TaxonomyMeta {
  version: string;
  pipelineHash: string;
}

/** At this score a reference concept is the competency itself (skos:exactMatch); below, a close match. */
const EXACT_MATCH_SCORE = 0.9;

function competencyJson(c: Competency, categories: Map<string, Category>) {
  const sub = c.subcategory ? categories.get(c.subcategory) : undefined;
  return {
    id: c.id,
    kind: c.kind,
    label: c.label,
    subcategory: sub ? { id: sub.id, label: sub.label } : null,
    mentionCount: c.mentionCount,
    documentCount: c.documentCount,
    variants: c.variants,
    examples: c.examples,
    reference: c.reference ? { ...c.reference, match: c.reference.score >= EXACT_MATCH_SCORE ? 'exact' : 'close' } : null,
  };
}

/** taxonomy.json's content. */
export type TaxonomyJson = ReturnType<typeof taxonomyJson>;

/** taxonomy.json: categories → competencies → variants (schema/taxonomy.schema.json). */
export function taxonomyJson(taxonomy: Taxonomy, meta: TaxonomyMeta) {
  const byId = new Map(taxonomy.categories.map((c) => [c.id, c]));
  return {
    generator: { name: 'comptax', version: meta.version },
    pipelineHash: meta.pipelineHash,
    categories: taxonomy.categories
      .filter((cat) => !cat.parent)
      .map((cat) => ({
        id: cat.id,
        label: cat.label,
        subcategories: taxonomy.categories.filter((s) => s.parent === cat.id).map((s) => ({ id: s.id, label: s.label })),
        competencies: taxonomy.competencies.filter((c) => c.category === cat.id).map((c) => competencyJson(c, byId)),
      }))
      .filter((cat) => cat.competencies.length > 0),
  };
}

const SCHEME = 'comptax:scheme';

/**
 * taxonomy.jsonld: SKOS concepts for taxonomy tools: prefLabel, altLabel, broader (the second-level
 * category, or the top one; second levels are narrower than their top category), and the reference
 * concept as skos:exactMatch or skos:closeMatch by its score.
 */
export function taxonomyJsonLd(taxonomy: Taxonomy) {
  const used = new Set(taxonomy.competencies.flatMap((c) => [c.category, c.subcategory ?? '']));
  const categories = taxonomy.categories
    .filter((cat) => used.has(cat.id))
    .map((cat) => ({
      '@id': `comptax:category/${cat.id}`,
      '@type': 'skos:Concept',
      prefLabel: cat.label,
      notation: cat.id,
      inScheme: SCHEME,
      ...(cat.parent ? { broader: `comptax:category/${cat.parent}` } : { topConceptOf: SCHEME }),
    }));
  const concepts = taxonomy.competencies.map((c) => {
    const alt = [...new Set(c.variants.map((v) => v.normalized))].filter((v) => v.toLowerCase() !== c.label.toLowerCase());
    return {
      '@id': `comptax:${c.id}`,
      '@type': 'skos:Concept',
      prefLabel: c.label,
      ...(alt.length ? { altLabel: alt } : {}),
      notation: c.id,
      broader: `comptax:category/${c.subcategory ?? c.category}`,
      inScheme: SCHEME,
      'comptax:kind': c.kind,
      ...(c.reference ? { [c.reference.score >= EXACT_MATCH_SCORE ? 'exactMatch' : 'closeMatch']: c.reference.id } : {}),
    };
  });
  return {
    '@context': {
      skos: 'http://www.w3.org/2004/02/skos/core#',
      comptax: 'urn:comptax:',
      prefLabel: { '@id': 'skos:prefLabel', '@language': 'en' },
      altLabel: { '@id': 'skos:altLabel', '@language': 'en' },
      notation: 'skos:notation',
      broader: { '@id': 'skos:broader', '@type': '@id' },
      inScheme: { '@id': 'skos:inScheme', '@type': '@id' },
      topConceptOf: { '@id': 'skos:topConceptOf', '@type': '@id' },
      closeMatch: { '@id': 'skos:closeMatch', '@type': '@id' },
      exactMatch: { '@id': 'skos:exactMatch', '@type': '@id' },
    },
    '@graph': [{ '@id': SCHEME, '@type': 'skos:ConceptScheme', prefLabel: 'comptax competency taxonomy' }, ...categories, ...concepts],
  };
}
