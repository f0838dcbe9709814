import { eachLabel, labelKey, loadVocabulary, type Vocabulary } from '../vocabulary/index.js';
import type { TaxonomyConfig } from './options.js';
import type { ReferenceConcept, ReferenceIndex } from './types.js';
import { perConfig } from '../per-config.js';
import { analyseLabels, encodeLabelIndex, LABEL_INDEX_FORMAT, sourceOf, type LabelIndex, type StoredIndex } from './label-index.js';
import { deriveTables } from './label-keys.js';
import { encodeNamingCounts, namingCountsOf, occupationReference } from './occupations.js';
import { encodeProfileCounts, profileCounts } from './occupation-profiles.js';
import { encodeToolKinds, toolKindsOf } from './tools.js';

/** The bundled vocabulary's concepts as a reference: preferred, alternative and hidden labels by kind. */
function referenceFromVocabulary(vocabulary: Vocabulary, path: string): ReferenceIndex {
  const concepts: ReferenceConcept[] = vocabulary.concepts.map((c) => ({ id: c.id, label: c.label, altLabels: [], hiddenLabels: [], type: c.type, ...(c.reuse ? { reuse: c.reuse } : {}), ...(c.reach ? { reach: c.reach } : {}) }));
  const preferred = vocabulary.concepts.map((c) => labelKey(c.label));
  for (const [key, concept, kind] of eachLabel(vocabulary)) {
    if (key === preferred[concept]) continue;
    // Another preferred key (a label without its qualifier, an O*NET name) names it as surely as an alternative.
    (kind === 2 ? concepts[concept].hiddenLabels! : concepts[concept].altLabels).push(key);
  }
  return { path, format: 'bundled', concepts, vocabulary, stored: { vocabularyFile: path, section: 'skills' } };
}

/** The pipeline's bundled reference, loaded once per config (undefined when the options name none). */
export const bundledReference = perConfig((config: TaxonomyConfig): { reference?: ReferenceIndex } =>
  config.vocabularyFile ? { reference: referenceFromVocabulary(loadVocabulary(config.vocabularyFile), config.vocabularyFile) } : {},
);

/**
 * The vocabulary whose hierarchy and occupations go with a reference: its own, or the bundled one
 * for a reference file (whose ESCO URIs it shares); none without a reference.
 */
export function referenceVocabulary(reference: ReferenceIndex | undefined, config: TaxonomyConfig): Vocabulary | undefined {
  if (!reference) return undefined;
  return reference.vocabulary ?? (config.vocabularyFile ? loadVocabulary(config.vocabularyFile) : undefined);
}

/**
 * The bundled vocabulary's label index as stored beside it (`npm run linker-index`): its skills'
 * and occupations' labels analysed with the pipeline's lexicon.
 */
/** An analysed index as the stored file keeps it: encoded, with its derived tables. */
const stored = (index: LabelIndex, reference: ReferenceIndex) => ({ ...encodeLabelIndex(index, reference), ...deriveTables(index, reference) });

export function buildStoredIndex(config: TaxonomyConfig): StoredIndex {
  const reference = bundledReference(config).reference;
  if (!reference || !config.vocabularyFile) throw new Error('the taxonomy options name no vocabulary');
  const occupations = occupationReference(reference.vocabulary!, config);
  return {
    format: LABEL_INDEX_FORMAT,
    source: sourceOf(config.vocabularyFile, config),
    sections: {
      skills: stored(analyseLabels(reference, config), reference),
      occupations: stored(analyseLabels(occupations, config), occupations),
    },
    tables: {
      occupationProfiles: encodeProfileCounts(profileCounts(reference.vocabulary!)),
      occupationNaming: encodeNamingCounts(namingCountsOf(reference.vocabulary!)),
      toolKinds: encodeToolKinds(toolKindsOf(reference.vocabulary!)),
    },
  };
}
