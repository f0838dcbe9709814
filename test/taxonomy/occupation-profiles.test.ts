import { describe, expect, it } from 'vitest';
import { loadPipeline } from '../../src/pipeline/config.js';
import { loadVocabulary } from '../../src/vocabulary/index.js';
import { encodeProfileCounts, occupationProfiles, profileCounts } from '../../src/taxonomy/occupation-profiles.js';
import { storedTable } from '../../src/taxonomy/label-index.js';
import { encodeNamingCounts, namingCountsOf } from '../../src/taxonomy/occupations.js';

describe('occupation profiles', () => {
  const { taxonomy } = loadPipeline();
  const vocabulary = loadVocabulary(taxonomy.vocabularyFile!);

  it('are stored with the bundled vocabulary, current, and score exactly as computed ones', () => {
    // If this fails, run `npm run linker-index`.
    expect(storedTable(taxonomy.vocabularyFile!, 'occupationProfiles', taxonomy)).toEqual(JSON.parse(JSON.stringify(encodeProfileCounts(profileCounts(vocabulary)))));
    const stored = occupationProfiles(vocabulary, taxonomy);
    // Another object with the same occupations is not the file's: its profiles are computed.
    const computed = occupationProfiles(structuredClone(vocabulary));
    expect(computed).not.toBe(stored);
    const all = new Set(vocabulary.occupations.map((_, i) => i));
    const queries = [
      [{ text: 'drive vehicles', weight: 3 }, { text: 'warehouse operations', weight: 1 }],
      [{ text: 'stock control', weight: 2 }, { text: 'forklift', weight: 2 }, { text: 'customer service', weight: 5 }],
      [{ text: 'Java', weight: 1 }, { text: 'software development', weight: 4 }],
      ...vocabulary.occupations.filter((_, i) => i % 97 === 0).map((o) => [{ text: o.label, weight: 2 }, ...o.alt.map((text, k) => ({ text, weight: k + 1 }))]),
    ];
    for (const q of queries) {
      const s = stored.scores(q, all);
      expect(s.size).toBeGreaterThan(0);
      expect([...s]).toEqual([...computed.scores(q, all)]);
    }
  }, 60_000);

  it('naming counts are stored with the bundled vocabulary, current', () => {
    // If this fails, run `npm run linker-index`.
    const counts = namingCountsOf(vocabulary);
    expect(counts.get('nurs')).toBeGreaterThan(1);
    expect(storedTable(taxonomy.vocabularyFile!, 'occupationNaming', taxonomy)).toEqual(JSON.parse(JSON.stringify(encodeNamingCounts(counts))));
  }, 60_000);
});
