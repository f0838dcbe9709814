import { describe, expect, it } from 'vitest';
import { createLinker } from '../../src/taxonomy/link.js';
import { hierarchyOf } from '../../src/taxonomy/generality.js';
import { FEATURE_NAMES, featureVector, rerankerFileSchema, type RerankerData } from '../../src/taxonomy/rerank.js';
import type { Vocabulary } from '../../src/vocabulary/index.js';
import type { ReferenceIndex } from '../../src/taxonomy/types.js';
import { taxonomyConfig } from './config.js';

const NO_RUN = { wordnet: new Map<string, string>(), acronyms: new Map<string, string[]>() };

/** Two concepts a phrase reads almost alike, a third far below them. */
const reference: ReferenceIndex = {
  path: 'rerank-fixture',
  format: 'simple',
  concepts: [
    { id: 'S2', label: 'work in teams', altLabels: ['teamwork'], type: 'skill', reuse: 'transversal' },
    { id: 'S3', label: 'work in textile manufacturing teams', altLabels: [], type: 'skill', reuse: 'occupation-specific' },
    { id: 'S5', label: 'manufacture textile goods', altLabels: [], type: 'skill', reuse: 'sector-specific' },
    { id: 'K1', label: 'business analysis', altLabels: [], type: 'knowledge' },
  ],
};
const phrase = 'work in large collaborative teams';

function linkerWith(data: RerankerData | undefined) {
  // The fixture's near-ties are by shared words: the word vectors' share is tested on its own (word-vectors.test.ts).
  const base = taxonomyConfig({ vectorShare: 0 });
  return createLinker(reference, { ...base, rerankerData: data }, NO_RUN);
}
const ids = (links: { concept: number }[]) => links.map((l) => reference.concepts[l.concept].id);

describe('candidate reranker', () => {
  it('orders near-ties by its weights, and leaves candidates farther than its margin where the lexical score put them', () => {
    const lexical = ids(linkerWith(undefined).ranked(phrase, 'skill'));
    expect(lexical.slice(0, 2)).toEqual(['S2', 'S3']);
    // Occupation-specific concepts first: S3 is close enough to S2 to overtake it…
    expect(ids(linkerWith({ source: '', margin: 0.1, weights: { occupationSpecific: 1 } }).ranked(phrase, 'skill'))[0]).toBe('S3');
    // …but not from beyond the margin.
    expect(ids(linkerWith({ source: '', margin: 0.01, weights: { occupationSpecific: 1 } }).ranked(phrase, 'skill'))).toEqual(lexical);
    // The lexical score alone as weights changes nothing.
    expect(ids(linkerWith({ source: '', margin: 1, weights: { score: 1 } }).ranked(phrase, 'skill'))).toEqual(lexical);
  });

  it('keeps each candidate its lexical score, and merges forms on the lexical best', () => {
    const lexical = linkerWith(undefined);
    const reranked = linkerWith({ source: '', margin: 0.1, weights: { occupationSpecific: 1 } });
    const best = reranked.best(phrase, 'skill')!;
    expect(best.score).toBe(lexical.candidates(phrase, 'skill').find((c) => c.concept === best.concept)!.score);
    expect(reranked.sure(phrase, 'skill')).toEqual(lexical.best(phrase, 'skill'));
  });

  it('never picks a candidate below the reference threshold', () => {
    const reranked = linkerWith({ source: '', margin: 1, weights: { sectorSpecific: 1 } });
    const all = reranked.candidates(phrase, 'skill');
    const s5 = all.find((c) => reference.concepts[c.concept].id === 'S5');
    // S5 shares a word or two but reads too far to link: the weights cannot lift it.
    if (s5) expect(s5.score).toBeLessThan(taxonomyConfig().referenceThreshold);
    expect(reranked.best(phrase, 'skill')!.score).toBeGreaterThanOrEqual(taxonomyConfig().referenceThreshold);
    expect(ids([reranked.best(phrase, 'skill')!])[0]).not.toBe('S5');
  });

  it('refuses a weights file that names a feature it does not know', () => {
    expect(rerankerFileSchema.safeParse({ weights: { score: 1, colour: 2 } }).success).toBe(false);
    expect(rerankerFileSchema.safeParse({ weights: { score: 1 } }).success).toBe(true);
  });

  it('the committed weights are valid and reorder only near-ties', () => {
    const config = taxonomyConfig();
    expect(config.rerankerData?.margin).toBeGreaterThan(0);
    expect(config.rerankerData?.margin).toBeLessThanOrEqual(0.2);
    const linker = createLinker(reference, config, NO_RUN);
    for (const p of [phrase, 'teamwork in textile manufacture', 'analysing business', 'manufacturing of textile goods']) {
      const top = linker.candidates(p, 'skill')[0];
      const best = linker.best(p, 'skill');
      if (!top) continue;
      expect(best!.score).toBeGreaterThanOrEqual(Math.min(top.score, config.referenceThreshold) - 1e-12);
      expect(best!.score).toBeGreaterThanOrEqual(top.score - config.rerankerData!.margin - 1e-12);
    }
  });

  it('sees a word of the phrase said in another form of its root by the concept ("maintenance" / "maintain")', () => {
    const turbines: ReferenceIndex = {
      path: 'turbines',
      format: 'simple',
      concepts: [
        { id: 'M', label: 'maintain wind turbines', altLabels: [], type: 'skill' },
        { id: 'I', label: 'inspect wind turbines', altLabels: [], type: 'skill' },
      ],
    };
    const linker = createLinker(turbines, taxonomyConfig(), NO_RUN);
    const facts = new Map(linker.candidates('maintenance of wind turbines', 'skill', 1).map((c) => [turbines.concepts[c.concept].id, c.facts]));
    expect(facts.get('M')?.conceptRelated).toBeGreaterThan(0);
    expect(facts.get('I')?.conceptRelated).toBe(0);
  });

  it('reads a skill mention as meaning an ESCO skill, a knowledge mention a knowledge concept', () => {
    const fields: ReferenceIndex = {
      path: 'fields',
      format: 'esco',
      concepts: [
        { id: 'K', label: 'project management', altLabels: [], type: 'knowledge' },
        { id: 'S', label: 'perform project management', altLabels: [], type: 'skill/competence' },
      ],
    };
    const linker = createLinker(fields, { ...taxonomyConfig(), rerankerData: { source: '', margin: 1, weights: { kindAgrees: 1 } } }, NO_RUN);
    expect(fields.concepts[linker.ranked('project management tasks', 'skill')[0].concept].id).toBe('S');
    expect(fields.concepts[linker.ranked('project management tasks', 'knowledge')[0].concept].id).toBe('K');
    const facts = linker.candidates('project management tasks', 'duty', 1).map((c) => c.facts);
    expect(facts.every((f) => !f || (f.mention === 'duty' && featureVector(f)[FEATURE_NAMES.indexOf('kindDisagrees')] === 0))).toBe(true);
  });

  it("knows from ESCO's hierarchy, by URI, how general a concept is and which near-tie stands above another", () => {
    const concept = (id: string, broader: number[]) => ({ id, label: id, type: 'skill' as const, groups: [], broader });
    const vocabulary: Vocabulary = {
      version: 'fixture',
      concepts: [concept('work in teams', []), concept('work in textile manufacturing teams', [0]), concept('work in dyeing teams', [1]), concept('lead dyeing teams', [2]), concept('work in sales teams', [0])],
      labels: new Map(),
      surface: {},
      groups: [],
      occupations: [],
    };
    const h = hierarchyOf(vocabulary);
    expect(h.narrower('work in teams')).toBe(2);
    expect(h.narrower('lead dyeing teams')).toBe(0);
    expect(h.above('work in teams', 'work in dyeing teams')).toBe(true);
    // Three steps up is no longer the same skill said more generally.
    expect(h.above('work in teams', 'lead dyeing teams')).toBe(false);
    expect(h.above('work in dyeing teams', 'work in teams')).toBe(false);
    const teams: ReferenceIndex = {
      path: 'teams',
      format: 'simple',
      concepts: vocabulary.concepts.slice(0, 2).map((c) => ({ id: c.id, label: c.label, altLabels: [], type: 'skill' })),
      vocabulary,
    };
    const facts = new Map(createLinker(teams, taxonomyConfig(), NO_RUN).candidates(phrase, 'skill', 1).map((c) => [c.concept, c.facts]));
    expect(facts.get(0)).toMatchObject({ narrower: 2, aboveNear: true, belowNear: false });
    expect(facts.get(1)).toMatchObject({ narrower: 1, aboveNear: false, belowNear: true });
  });
});
