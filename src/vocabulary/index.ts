export { eachLabel, lookupKey, type LabelEntry } from './labels.js';
export { forgetVocabularies, isLoadedFrom, loadVocabulary } from './load.js';
export { capitalisedOnly, createIndexMatcher, createMatcher, type LabelIndex, type MatcherOptions, type NameMatch, type VocabularyMatch, type VocabularyMatcher } from './matcher.js';
export { labelKey, tokenize, type Token } from './normalize.js';
export type { Concept, ConceptType, Group, LabelKind, Occupation, ReuseLevel, Vocabulary } from './types.js';
import type { Group, Vocabulary } from './types.js';

/** The concept's first group and its ancestors, from the top of the hierarchy down
 * (e.g. "skills" › "communication, collaboration and creativity" › "presenting information"). */
export function groupPath(vocabulary: Vocabulary, concept: number): Group[] {
  const path: Group[] = [];
  let g: number | undefined = vocabulary.concepts[concept]?.groups[0];
  while (g !== undefined && path.length < 10) {
    const group: Group = vocabulary.groups[g];
    path.unshift(group);
    g = group.parent;
  }
  return path;
}
