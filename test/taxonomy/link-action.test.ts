import { describe, expect, it } from 'vitest';
import { createLinker } from '../../src/taxonomy/link.js';
import type { ReferenceConcept, ReferenceIndex } from '../../src/taxonomy/types.js';
import { taxonomyConfig } from './config.js';

const config = taxonomyConfig();
const NO_RUN = { wordnet: new Map<string, string>(), acronyms: new Map<string, string[]>() };
const skill = (id: string, label: string, altLabels: string[] = []): ReferenceConcept => ({ id, label, altLabels, type: 'skill' });
const reference = (concepts: ReferenceConcept[]): ReferenceIndex => ({ path: 'fixture', format: 'esco', concepts });
/** A linker over the given concepts only, without the reranker. */
const linkerOf = (...concepts: ReferenceConcept[]) => createLinker(reference(concepts), config, NO_RUN, false);

describe('what a concept does and to what (Linker.saysAction, Linker.saysDistinct)', () => {
  const linker = linkerOf(
    skill('S0', 'advise on pregnancy'),
    skill('S1', 'conduct ICT code review'),
    skill('S2', 'maintain relationship with suppliers'),
    skill('S3', 'schedule shifts', ['plan shifts']),
  );

  it("is its labels' verb, said by the phrase as a verb or a noun of its root", () => {
    expect(linker.saysAction('advise pregnant women', 0)).toBe(true);
    expect(linker.saysAction('provide advice to pregnant women', 0)).toBe(true);
    expect(linker.saysAction('carry out emergency treatment of pregnant women', 0)).toBe(false);
    expect(linker.saysAction("monitor pregnant women's status", 0)).toBe(false);
  });

  it('is the object of a verb that only carries it', () => {
    expect(linker.saysAction('code reviews', 1)).toBe(true);
    expect(linker.saysAction('write code', 1)).toBe(false);
  });

  it("is any of the concept's labels', and a verb the lexicon groups with it", () => {
    expect(linker.saysAction('establish relationships with vendors', 2)).toBe(true);
    expect(linker.saysAction('plan the week', 3)).toBe(true);
    expect(linker.saysAction('cover shifts', 3)).toBe(false);
  });

  it("is said by the rarest term of one of the concept's labels, by its root or the lexicon's term", () => {
    const finds = linkerOf(skill('S0', 'identify archaeological finds'), skill('S1', 'catalogue finds'), skill('S2', 'identify risks'), skill('S3', 'assess risks'));
    expect(finds.saysDistinct('evaluate findings', 0)).toBe(false);
    expect(finds.saysDistinct('identify archaeological artefacts', 0)).toBe(true);
    expect(finds.saysDistinct('archaeology', 0)).toBe(true);
  });
});
