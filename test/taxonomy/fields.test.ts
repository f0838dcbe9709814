import { describe, expect, it } from 'vitest';
import { createLinker } from '../../src/taxonomy/link.js';
import type { ReferenceConcept, ReferenceIndex } from '../../src/taxonomy/types.js';
import { taxonomyConfig } from './config.js';

const config = taxonomyConfig();
const NO_RUN = { wordnet: new Map<string, string>(), acronyms: new Map<string, string[]>() };

/** Below what an exact label or a field's bare name scores. */
const KIND_SURE = 0.9;
const FIELDS = ['accounting', 'acoustics', 'aerodynamics', 'agronomy', 'algebra', 'anatomy', 'animation', 'archaeology', 'astronomy', 'biology', 'botany'];
/** Knowledge labels that the reference also names without a word: the evidence that the word is a filler. */
const named = (word: string): ReferenceConcept[] => FIELDS.map((f, i) => ({ id: `K${word}${i}`, label: `${f} ${word}`, altLabels: [f], type: 'knowledge' }));
const reference = (concepts: ReferenceConcept[]): ReferenceIndex => ({ path: 'fixture', format: 'esco', concepts });

describe('a field named bare', () => {
  it('links to the knowledge concept whose label is the name and a filler the reference itself drops', () => {
    const target = { id: 'K1', label: 'supply chain principles', altLabels: [], type: 'knowledge' };
    const linker = createLinker(reference([...named('principles'), target]), config, NO_RUN, false);
    const link = linker.best('supply chain', 'skill');
    expect(linker.reference.concepts[link!.concept].id).toBe('K1');
    expect(link!.score).toBeLessThan(1);
  });

  it('needs the evidence: a word few labels drop is no filler', () => {
    const target = { id: 'K1', label: 'supply chain regulations', altLabels: [], type: 'knowledge' };
    const other = { id: 'S1', label: 'manage supply chain', altLabels: [], type: 'skill' };
    const linker = createLinker(reference([...named('principles').slice(0, 3), target, other]), config, NO_RUN, false);
    expect(linker.best('supply chain', 'skill')?.score ?? 0).toBeLessThan(KIND_SURE);
  });

  it('takes no kind of thing for a field: a name that ends most labels it is in is narrowed by their other words', () => {
    const target = { id: 'K1', label: 'characteristics of products', altLabels: [], type: 'knowledge' };
    const label = (id: string, text: string) => ({ id, label: text, altLabels: [], type: 'skill' });
    const kinds = ['dairy', 'chemical', 'wood', 'leather'].map((w, i) => label(`S${i}`, `sell ${w} products`));
    const kindLinker = createLinker(reference([...named('characteristics'), target, ...kinds]), config, NO_RUN, false);
    expect(kindLinker.best('products', 'skill')?.score ?? 0).toBeLessThan(KIND_SURE);
    const modifiers = ['design', 'testing', 'pricing', 'launch'].map((w, i) => label(`S${i}`, `products ${w}`));
    const fieldLinker = createLinker(reference([...named('characteristics'), target, ...modifiers]), config, NO_RUN, false);
    const link = fieldLinker.best('products', 'skill');
    expect(fieldLinker.reference.concepts[link!.concept].id).toBe('K1');
    expect(link!.score).toBeGreaterThanOrEqual(KIND_SURE);
  });
});
