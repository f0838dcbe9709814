import { describe, expect, it } from 'vitest';
import { buildTaxonomy, releaseReferenceData, resolveReference } from '../../src/taxonomy/index.js';
import type { VariantStat } from '../../src/types.js';
import { taxonomyConfig } from './config.js';

const v = (kind: VariantStat['kind'], normalized: string, count = 1): VariantStat => ({ kind, normalized, count, examples: [{ docId: 'd', text: normalized }] });

describe('releaseReferenceData', () => {
  it('frees the bundled reference, and a later reduce reads it again and gives the same taxonomy and occupations', async () => {
    const config = taxonomyConfig();
    const variants = [v('skill', 'teamwork', 3), v('knowledge', 'python', 2), v('skill', 'manage budgets'), v('knowledge', 'wordpress'), v('duty', 'prepare monthly reports')];
    const reduce = async () => {
      const reference = await resolveReference(undefined, config);
      const built = buildTaxonomy(variants, config, { reference });
      return { reference, taxonomy: JSON.stringify(built.taxonomy), occupation: built.occupationOf?.('Software Developer') };
    };
    const first = await reduce();
    expect(first.reference?.vocabulary).toBeDefined();
    releaseReferenceData(config);
    const second = await reduce();
    // Read again: another object, with the same content.
    expect(second.reference).not.toBe(first.reference);
    expect(second.taxonomy).toBe(first.taxonomy);
    expect(second.occupation).toEqual(first.occupation);
    expect(second.occupation?.uri).toBeTruthy();
  }, 60_000);
});
