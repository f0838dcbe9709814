import { describe, expect, it } from 'vitest';
import { agentBase, wordnetCanonical } from '../../src/taxonomy/wordnet.js';

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

  it('turns agent nouns into their verbs, refusing short bases', () => {
    expect(agentBase('presenter')).toBe('present');
    expect(agentBase('planner')).toBe('plan');
    expect(agentBase('writer')).toBe('write');
    expect(agentBase('letter')).toBe('letter');
    expect(agentBase('customer')).toBe('customer');
    expect(agentBase('negotiation')).toBe('negotiation');
  });
});
