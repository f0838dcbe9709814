import type { LabelKind, Vocabulary } from './types.js';

export interface LabelEntry {
  /** Concept indexes, best label kind first. */
  concepts: number[];
  /** The label kind of each concept, in the same order. */
  kinds: LabelKind[];
}

function decode(entry: string): LabelEntry {
  const concepts: number[] = [];
  const kinds: LabelKind[] = [];
  for (const pair of entry.split(' ')) {
    const colon = pair.indexOf(':');
    concepts.push(Number(pair.slice(0, colon)));
    kinds.push(Number(pair.slice(colon + 1)) as LabelKind);
  }
  return { concepts, kinds };
}

/** The concepts a label key names (see `labelKey`), or undefined. */
export function lookupKey(vocabulary: Vocabulary, key: string): LabelEntry | undefined {
  const entry = vocabulary.labels.get(key);
  return entry === undefined ? undefined : decode(entry);
}

/** Every (key, concept, kind), keys in sorted order. */
export function* eachLabel(vocabulary: Vocabulary): Generator<[key: string, concept: number, kind: LabelKind]> {
  for (const [key, entry] of vocabulary.labels) {
    const { concepts, kinds } = decode(entry);
    for (let i = 0; i < concepts.length; i++) yield [key, concepts[i], kinds[i]];
  }
}
