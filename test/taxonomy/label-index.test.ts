import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadPipeline } from '../../src/pipeline/config.js';
import { buildStoredIndex, bundledReference } from '../../src/taxonomy/bundled.js';
import { analyseLabels, decodeLabelIndex, encodeLabelIndex, indexFileOf, labelIndexOf } from '../../src/taxonomy/label-index.js';
import { createLinker } from '../../src/taxonomy/link.js';
import type { ReferenceIndex } from '../../src/taxonomy/types.js';
import { taxonomyConfig } from './config.js';

const config = taxonomyConfig();
const NO_RUN = { wordnet: new Map<string, string>(), acronyms: new Map<string, string[]>() };

const fixture: ReferenceIndex = {
  path: 'fixture',
  format: 'simple',
  concepts: [
    { id: 'S1', label: 'build customer relationships', altLabels: ['customer relations', 'CRM'], type: 'skill' },
    { id: 'S2', label: 'Java (computer programming)', altLabels: ['J2EE'], hiddenLabels: ['jave'], type: 'skill' },
    { id: 'S3', label: 'manage warehouse operations', altLabels: ['warehouse management'], type: 'skill' },
  ],
};

describe('label index', () => {
  it('reads back from its file form exactly as analysed', () => {
    const index = analyseLabels(fixture, config);
    expect(decodeLabelIndex(JSON.parse(JSON.stringify(encodeLabelIndex(index, fixture))), fixture)).toEqual(index);
  });

  it('re-reads the labels whose words a run has its own acronyms for', () => {
    const phrase = 'java enterprise edition';
    const plain = createLinker(fixture, config, NO_RUN).best(phrase, 'skill');
    const run = { wordnet: new Map<string, string>(), acronyms: new Map([['j2ee', ['java', 'enterprise', 'edition']]]) };
    const withRun = createLinker(fixture, config, run).best(phrase, 'skill');
    expect(withRun?.concept).toBe(1);
    expect(withRun!.score).toBeGreaterThan(plain?.score ?? 0);
    // The stored analysis is shared, not changed, by a run's re-reading.
    expect(createLinker(fixture, config, NO_RUN).best(phrase, 'skill')).toEqual(plain);
  });

  it("does not read a run's WordNet synonyms into the labels: they are picked whatever the sense", () => {
    const plain = createLinker(fixture, config, NO_RUN).best('manage depot operations', 'skill');
    const run = { wordnet: new Map([['warehouse', 'depot']]), acronyms: new Map<string, string[]>() };
    expect(createLinker(fixture, config, run).best('manage depot operations', 'skill')).toEqual(plain);
  });

  it('is stored for the bundled vocabulary, current with the vocabulary, lexicon and analysis', () => {
    const { taxonomy } = loadPipeline();
    const stored = JSON.parse(gunzipSync(readFileSync(indexFileOf(taxonomy.vocabularyFile!))).toString('utf8'));
    // If this fails, run `npm run linker-index`.
    expect(JSON.parse(JSON.stringify(buildStoredIndex(taxonomy)))).toEqual(stored);
    // A run reads it instead of analysing the labels: the same index, from the file.
    const reference = bundledReference(taxonomy).reference!;
    expect(labelIndexOf(reference, taxonomy).terms).toEqual(stored.sections.skills.terms.split('\n'));
  }, 60_000);
});
