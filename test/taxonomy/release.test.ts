import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/pipeline/full-gc.js';
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

  it("frees the build's linker once the caller drops it, while the ids are still asked for", async () => {
    const config = taxonomyConfig();
    const variants = [v('skill', 'teamwork', 3), v('knowledge', 'python', 2), v('duty', 'prepare monthly reports')];
    const reference = await resolveReference(undefined, config);
    const built = buildTaxonomy(variants, config, { reference });
    const linker = new WeakRef(built.linker!);
    built.linker = undefined;
    // (A WeakRef's target is kept until the job that made it ends.)
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(linker.deref()).toBeUndefined();
    expect(built.idOf('skill', 'teamwork')).toBe(built.taxonomy.competencies.find((c) => c.label === 'Teamwork')?.id);
    // Not kept at all when asked, with the same taxonomy.
    const lean = buildTaxonomy(variants, config, { reference, keepLinker: false });
    expect(lean.linker).toBeUndefined();
    expect(JSON.stringify(lean.taxonomy)).toBe(JSON.stringify(built.taxonomy));
  }, 60_000);
});
