import { describe, expect, it } from 'vitest';
import { decodeVocabulary, encodeVocabulary } from '../../src/vocabulary/encoding.js';
import type { Vocabulary } from '../../src/vocabulary/index.js';

const vocabulary: Vocabulary = {
  version: 'test',
  concepts: [
    { id: 'esco:1', label: 'manage budgets', type: 'skill', reuse: 'cross-sector', groups: [0], broader: [] },
    { id: 'onet:tech:pmp', label: 'Pathogen Modeling Program PMP', type: 'tool', groups: [0], broader: [], reach: 1 },
    { id: 'onet:tech:excel', label: 'Microsoft Excel', type: 'tool', groups: [0], broader: [], reach: 290 },
  ],
  labels: new Map([['manage budgets', '0:0']]),
  surface: {},
  groups: [{ id: 'g', label: 'group' }],
  occupations: [],
};

describe('vocabulary file form', () => {
  it('keeps how many occupations list each product, and none for a skill', () => {
    const back = decodeVocabulary(JSON.parse(JSON.stringify(encodeVocabulary(vocabulary))));
    expect(back.concepts.map((c) => c.reach)).toEqual([undefined, 1, 290]);
    expect(back.concepts).toEqual(vocabulary.concepts);
  });

  it('reads a file written before products had their reach', () => {
    const encoded = encodeVocabulary(vocabulary);
    delete encoded.concepts.reach;
    expect(decodeVocabulary(encoded).concepts.map((c) => c.reach)).toEqual([undefined, undefined, undefined]);
  });
});
