import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isComptaxError } from '../../src/errors.js';
import { resolveTaxonomyConfig, taxonomyOptionsSchema } from '../../src/taxonomy/options.js';

const PIPELINES = fileURLToPath(new URL('../../pipelines/', import.meta.url));
const real = (file: string) => JSON.parse(readFileSync(PIPELINES + file, 'utf8')) as unknown;

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isComptaxError(e)) return `${e.code}: ${e.message}`;
    throw e;
  }
  return 'no error';
}

describe('taxonomy options', () => {
  it('has defaults naming the data files in pipelines/taxonomy', () => {
    const options = taxonomyOptionsSchema.parse(undefined);
    expect(options).toMatchObject({ categories: 'taxonomy/categories.json', synonyms: 'taxonomy/synonyms.json', wordnet: { enabled: true } });
    const config = resolveTaxonomyConfig(options, (_p, f) => real(f));
    expect(config.categoriesData.categories.length).toBeGreaterThanOrEqual(10);
    expect(config.synonymsData.abbreviations.crm).toBe('customer relationship management');
  });

  it('names the key and the problem in a bad data file', () => {
    const options = taxonomyOptionsSchema.parse({});
    const badCategories = (_p: string, f: string) => (f.includes('categories') ? { categories: [{ id: 'Bad Id', label: 'x' }] } : real(f));
    expect(errorOf(() => resolveTaxonomyConfig(options, badCategories))).toMatch(/^config: taxonomy\.categories: .* at categories\.0\.id$/);
    const badFallback = (_p: string, f: string) => (f.includes('categories') ? { categories: [{ id: 'a', label: 'A' }], fallback: { skill: 'b' } } : real(f));
    expect(errorOf(() => resolveTaxonomyConfig(options, badFallback))).toBe('config: taxonomy.categories: fallback for skill names unknown category "b"');
    const badSynonyms = (_p: string, f: string) => (f.includes('synonyms') ? { groups: [['alone']] } : real(f));
    expect(errorOf(() => resolveTaxonomyConfig(options, badSynonyms))).toMatch(/^config: taxonomy\.synonyms: .* at groups\.0$/);
  });

  it('rejects unknown options', () => {
    expect(taxonomyOptionsSchema.safeParse({ treshold: 1 }).success).toBe(false);
  });
});
