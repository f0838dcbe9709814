import { describe, expect, it } from 'vitest';
import { bundledReference } from '../../src/taxonomy/bundled.js';
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

describe('a weak link stands only when the phrase says what sets its concept apart (Linker.holds)', () => {
  const reference = bundledReference(taxonomyConfig()).reference!;
  const NO_RUN = { wordnet: new Map<string, string>(), acronyms: new Map<string, string[]>() };
  const labelOf = (config: ReturnType<typeof taxonomyConfig>, phrase: string, kind: 'duty' | 'skill') =>
    createLinker(reference, config, NO_RUN).match([phrase], kind)?.label;

  it('gives no concept whose own word the phrase lacks ("dance", "pricing")', () => {
    const config = taxonomyConfig();
    expect(labelOf(config, 'working in agile teams', 'skill')).toBeUndefined();
    expect(labelOf(config, 'strategic mind-set', 'skill')).toBeUndefined();
    // The same links without the rule: it is what withholds them.
    const any = taxonomyConfig({ distinctBelow: 0 });
    expect(labelOf(any, 'working in agile teams', 'skill')).toBe('work with a dance team');
    expect(labelOf(any, 'strategic mind-set', 'skill')).toBe('set up pricing strategies');
  });

  it('gives a one-word wording no sector skill that does something else with its word ("Drive", "Rust")', () => {
    const config = taxonomyConfig();
    expect(labelOf(config, 'drive', 'skill')).toBeUndefined();
    expect(createLinker(reference, config, NO_RUN).match(['rust'], 'knowledge')).toBeUndefined();
    const any = taxonomyConfig({ distinctBelow: 0 });
    expect(labelOf(any, 'drive', 'skill')).toBe('teach driving practices');
    // A quality names how anyone works: a transversal skill, whatever its verb.
    expect(labelOf(config, 'enthusiastic', 'skill')).toBe('show determination');
  });

  it('keeps a weak link that says it, and a strong one that paraphrases', () => {
    const config = taxonomyConfig();
    expect(labelOf(config, 'debugging and trouble shooting skills', 'skill')).toBe('debug software');
    expect(labelOf(config, 'team player', 'skill')).toBe('work in teams');
    expect(labelOf(config, 'liaise with stakeholders', 'duty')).toBe('engage with stakeholders');
  });
});
