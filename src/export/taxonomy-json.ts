import type { Competency, Taxonomy } from '../types.js';

export interface TaxonomyMeta {
  version: string;
  pipelineHash: string;
}

function competencyJson(c: Competency) {
  return {
    id: c.id,
    kind: c.kind,
    label: c.label,
    mentionCount: c.mentionCount,
    documentCount: c.documentCount,
    variants: c.variants,
    examples: c.examples,
    reference: c.reference ?? null,
  };
}

/** taxonomy.json: categories → competencies → variants (schema/taxonomy.schema.json). */
export function taxonomyJson(taxonomy: Taxonomy, meta: TaxonomyMeta) {
  return {
    generator: { name: 'comptax', version: meta.version },
    pipelineHash: meta.pipelineHash,
    categories: taxonomy.categories
      .map((cat) => ({
        id: cat.id,
        label: cat.label,
        competencies: taxonomy.competencies.filter((c) => c.category === cat.id).map(competencyJson),
      }))
      .filter((cat) => cat.competencies.length > 0),
  };
}

const SCHEME = 'comptax:scheme';

/** taxonomy.jsonld: SKOS concepts (prefLabel, altLabel, broader category) for taxonomy tools. */
export function taxonomyJsonLd(taxonomy: Taxonomy) {
  const used = new Set(taxonomy.competencies.map((c) => c.category));
  const categories = taxonomy.categories
    .filter((cat) => used.has(cat.id))
    .map((cat) => ({
      '@id': `comptax:category/${cat.id}`,
      '@type': 'skos:Concept',
      prefLabel: cat.label,
      notation: cat.id,
      inScheme: SCHEME,
      topConceptOf: SCHEME,
    }));
  const concepts = taxonomy.competencies.map((c) => {
    const alt = [...new Set(c.variants.map((v) => v.normalized))].filter((v) => v.toLowerCase() !== c.label.toLowerCase());
    return {
      '@id': `comptax:${c.id}`,
      '@type': 'skos:Concept',
      prefLabel: c.label,
      ...(alt.length ? { altLabel: alt } : {}),
      notation: c.id,
      broader: `comptax:category/${c.category}`,
      inScheme: SCHEME,
      'comptax:kind': c.kind,
      ...(c.reference ? { closeMatch: c.reference.id } : {}),
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
    },
    '@graph': [{ '@id': SCHEME, '@type': 'skos:ConceptScheme', prefLabel: 'comptax competency taxonomy' }, ...categories, ...concepts],
  };
}
