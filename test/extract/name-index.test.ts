import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNameIndex } from '../../src/extract/name-index.js';
import { encodeVocabulary } from '../../src/vocabulary/encoding.js';
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

  it('keeps the case-sensitive forms', () => {
    expect(found('sql and Sql')).toEqual([]);
  });

  it('names a file that is not a vocabulary', () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'comptax-names-')), 'bad.json');
    writeFileSync(bad, '{"format":"other"}');
    expect(() => loadNameIndex(bad)).toThrow(/bad\.json: not a comptax vocabulary/);
  });
});
