import { describe, expect, it } from 'vitest';
import { agentBase, isDictionaryWord, isOnlyAdjective, wordnetCanonical } from '../../src/taxonomy/wordnet.js';

describe('WordNet', () => {
  it('maps a head noun to the canonical member of its first sense', () => {
    const map = wordnetCanonical(['customer', 'customers', 'client'], false);
    expect(map.get('customer')).toBe('client');
    expect(map.get('customers')).toBe('client');
    expect(map.has('client')).toBe(false);
  });

  it('leaves words without a safe synonym alone', () => {
    const map = wordnetCanonical(['negotiation', 'budget', 'xyzzyq'], false);
    expect(map.size).toBe(0);
  });

  it('leaves a word that is also an adjective alone: a posting names a quality by it, not its noun sense', () => {
    // "independent" as a noun is a fence-sitter; "customer" is no adjective and still maps.
    const map = wordnetCanonical(['independent', 'customer'], false);
    expect(map.has('independent')).toBe(false);
    expect(map.get('customer')).toBe('client');
  });

  it('turns agent nouns into their verbs, refusing short bases', () => {
    expect(agentBase('presenter')).toBe('present');
    expect(agentBase('planner')).toBe('plan');
    expect(agentBase('writer')).toBe('write');
    expect(agentBase('letter')).toBe('letter');
    expect(agentBase('customer')).toBe('customer');
    expect(agentBase('negotiation')).toBe('negotiation');
  });

  it("finds the index's first and last lemmas and nothing between or beyond them", () => {
    // The index files' first and last lemma lines ("'hood", "zyrian"; "zymotic" among the adjectives).
    expect(isDictionaryWord("'hood")).toBe(true);
    expect(isDictionaryWord('zyrian')).toBe(true);
    expect(isOnlyAdjective('zymotic')).toBe(true);
    // A prefix of a lemma ("caree" of "career"), a word past the last one, one before the first.
    expect(isDictionaryWord('caree')).toBe(false);
    expect(isDictionaryWord('zzzzz')).toBe(false);
    expect(isDictionaryWord('!')).toBe(false);
    expect(isDictionaryWord('career')).toBe(true);
  });
});
