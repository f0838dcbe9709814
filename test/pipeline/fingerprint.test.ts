import { describe, expect, it } from 'vitest';
import { DuplicateIndex, contentHash, minhash, similarity } from '../../src/pipeline/fingerprint.js';

const posting =
  'The account manager owns a portfolio of mid-sized clients, prepares quarterly business reviews, ' +
  'negotiates renewals and pricing, forecasts revenue every week and coordinates delivery with the ' +
  'operations team. You will need three years of client-facing experience and strong negotiation skills.';
const other =
  'The staff nurse assesses patients on admission, administers medication safely, keeps accurate care ' +
  'records, escalates deterioration to the medical team and supports students on placement. A current ' +
  'nursing registration and two years of acute ward experience are required.';

describe('fingerprint', () => {
  it('gives the same signature for the same text and a high similarity for a light edit', () => {
    expect(minhash(posting)).toEqual(minhash(posting));
    const edited = posting.replace('every week', 'each week');
    expect(similarity(minhash(posting), minhash(edited))).toBeGreaterThan(0.6);
    expect(similarity(minhash(posting), minhash(other))).toBeLessThan(0.2);
  });

  it('finds exact and near duplicates and keeps distinct postings apart', () => {
    const index = new DuplicateIndex(0.7);
    expect(index.add('a', contentHash(posting), minhash(posting))).toBe('');
    expect(index.add('b', contentHash(other), minhash(other))).toBe('');
    expect(index.add('c', contentHash(posting), minhash(posting))).toBe('a');
    const reformatted = `${posting} Apply today.`;
    expect(index.add('d', contentHash(reformatted), minhash(reformatted))).toBe('a');
  });
});
