import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { codesOf, decodeNames, encodeNames, loadNameIndex, namesFileOf, type StoredNames } from '../../src/extract/name-index.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import { encodeVocabulary, type EncodedVocabulary } from '../../src/vocabulary/encoding.js';
import { createIndexMatcher, labelKey, type Concept, type Vocabulary } from '../../src/vocabulary/index.js';

function vocabularyFile(concepts: Concept[]): string {
  const labels = new Map(concepts.map((c, i) => [labelKey(c.label), `${i}:0`]));
  const v: Vocabulary = { version: 'test', concepts, labels, surface: { sql: 'SQL' }, groups: [], occupations: [] };
  const file = join(mkdtempSync(join(tmpdir(), 'comptax-names-')), 'vocabulary.json');
  writeFileSync(file, JSON.stringify(encodeVocabulary(v)));
  return file;
}

const concept = (label: string, type: Concept['type']): Concept => ({ id: `x:${label}`, label, type, groups: [], broader: [] });

describe('name index for extraction', () => {
  const file = vocabularyFile([
    concept('manage budget', 'skill'),
    concept('budget', 'knowledge'),
    concept('SQL', 'tool'),
    concept('risk management', 'knowledge'),
  ]);
  const matcher = createIndexMatcher(loadNameIndex(file));
  const found = (text: string) => matcher.match(text).map((m) => `${m.text}:${m.value}`);

  it('finds knowledge and tools with their type, longest first', () => {
    expect(found('Risk Management and SQL reporting')).toEqual(['Risk Management:knowledge', 'SQL:tool']);
  });

  it('holds no skill labels, so a skill label does not hide the knowledge name inside it', () => {
    expect(found('Manage budget for the unit')).toEqual(['budget:knowledge']);
  });

  it('reads a name across a comma only with the "and" of its own list, and never across a spaced ampersand', () => {
    const names = createIndexMatcher(
      loadNameIndex(vocabularyFile([concept('React', 'tool'), concept('React Redux', 'tool'), concept('ear, nose and throat conditions', 'knowledge'), concept('R&D', 'knowledge')])),
    );
    const named = (text: string) => names.match(text).map((m) => m.text);
    expect(named('React Redux and React, Redux or React & Redux')).toEqual(['React Redux', 'React', 'React']);
    expect(named('Treat ear, nose and throat conditions')).toEqual(['ear, nose and throat conditions']);
    expect(named('Budget for R&D')).toEqual(['R&D']);
  });

  it('keeps the case-sensitive forms', () => {
    expect(found('sql and Sql')).toEqual([]);
  });

  it('names a file that is not a vocabulary', () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'comptax-names-')), 'bad.json');
    writeFileSync(bad, '{"format":"other"}');
    expect(() => loadNameIndex(bad)).toThrow(/bad\.json: not a comptax vocabulary/);
  });

  it('reads the index stored beside the vocabulary when it was made from these bytes, else the vocabulary', () => {
    const stored = encodeNames(file);
    expect(Object.keys(stored.codes).sort()).toEqual(['2', '3', '4']);
    // A stored index made for these bytes is taken as it is: here one that calls SQL knowledge.
    const taken = vocabularyFile([concept('SQL', 'tool')]);
    const mine = encodeNames(taken);
    writeFileSync(namesFileOf(taken), gzipSync(JSON.stringify({ ...mine, codes: { '2': 'sql' } } satisfies StoredNames)));
    expect(loadNameIndex(taken).get('sql')).toBe('knowledge');
    // Made for other bytes (the vocabulary changed since): not used.
    const stale = vocabularyFile([concept('SQL', 'tool'), concept('budget', 'knowledge')]);
    writeFileSync(namesFileOf(stale), gzipSync(JSON.stringify({ ...mine, codes: { '2': 'sql' } })));
    const index = loadNameIndex(stale);
    expect([index.get('sql'), index.get('budget')]).toEqual(['tool', 'knowledge']);
  });
});

describe('the bundled vocabulary\'s stored name index', () => {
  it('is current: made from the vocabulary file as it is, with the same keys and codes (npm run linker-index)', () => {
    const { vocabulary } = loadPipeline().extract;
    expect(vocabulary).toBeDefined();
    const stored = JSON.parse(gunzipSync(readFileSync(namesFileOf(vocabulary!))).toString('utf8')) as StoredNames;
    expect(stored.source).toBe(encodeNames(vocabulary!).source);
    const e = JSON.parse(gunzipSync(readFileSync(vocabulary!)).toString('utf8')) as EncodedVocabulary;
    const built = codesOf(e);
    const read = decodeNames(stored);
    expect(read.size).toBe(built.size);
    for (const [key, code] of built) if (read.get(key) !== code) expect(`${key}: ${read.get(key)}`).toBe(`${key}: ${code}`);
    expect(stored.surface).toEqual(e.surface);
  });
});

