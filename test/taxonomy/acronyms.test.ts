import { describe, expect, it } from 'vitest';
import { corpusAcronyms } from '../../src/taxonomy/acronyms.js';
import { lexiconOf } from '../../src/taxonomy/features.js';
import { buildTaxonomy } from '../../src/taxonomy/index.js';
import type { VariantStat } from '../../src/types.js';
import { taxonomyConfig } from './config.js';

const config = taxonomyConfig();
const lex = lexiconOf(config);
const texts = (...t: string[]) => t.map((text) => ({ text, count: 1 }));

describe('acronyms a corpus defines', () => {
  it('reads a word as the initials of a phrase the corpus also uses', () => {
    const found = corpusAcronyms(texts('IFRS reporting', 'international financial reporting standards', 'WMS', 'warehouse management systems', 'IaC', 'infrastructure as code'), lex);
    expect(found.get('ifrs')).toEqual(['international', 'financial', 'reporting', 'standards']);
    expect(found.get('wms')).toEqual(['warehouse', 'management', 'systems']);
    expect(found.get('iac')).toEqual(['infrastructure', 'as', 'code']);
  });

  it('does not trust a chance spelling by an ordinary or two-letter word', () => {
    const found = corpusAcronyms(texts('team', 'track expenses and margins', 'TS', 'track shipments', 'plan', 'prepare lean analyses now'), lex);
    expect(found.size).toBe(0);
  });

  it('reads a plural acronym as its singular, but not two letters and an s (CSS is not customer services)', () => {
    const twice = (text: string) => ({ text, count: 2 });
    const found = corpusAcronyms([...texts('SOPs', 'CSS'), twice('standard operating procedure'), twice('customer service')], lex);
    expect(found.get('sops')).toEqual(['standard', 'operating', 'procedure']);
    expect(found.has('css')).toBe(false);
  });

  it('reads no acronym into a phrase of another kind, a sentence, or a spelling several phrases share', () => {
    const of = (kind: string, text: string, count = 3) => ({ kind, text, count, written: [text] });
    const found = corpusAcronyms(
      [
        of('knowledge', 'ICS security'),
        of('skill', 'interpersonal and communication skills'),
        of('knowledge', 'SAP'),
        of('skill', 'start the application process'),
        of('knowledge', 'DMS'),
        of('knowledge', 'document management systems'),
        of('knowledge', 'digital marketing strategy'),
        of('knowledge', 'IFRS'),
        of('knowledge', 'international financial reporting standards'),
      ],
      lex,
    );
    expect([...found.keys()]).toEqual(['ifrs']);
  });

  it('takes only a word the postings write in capitals, when they are given as written', () => {
    const of = (text: string, written: string) => ({ kind: 'knowledge', text, count: 3, written: [written] });
    const found = corpusAcronyms([of('bom', 'bom'), of('bill of materials', 'bill of materials'), of('wms', 'WMS'), of('warehouse management systems', 'warehouse management systems')], lex);
    expect([...found.keys()]).toEqual(['wms']);
  });

  it('groups an acronym with its expansion in a build', () => {
    const v = (normalized: string): VariantStat => ({ kind: 'knowledge', normalized, count: 1, examples: [] });
    const { taxonomy } = buildTaxonomy([v('ifrs'), v('international financial reporting standards'), v('python')], config);
    expect(taxonomy.competencies).toHaveLength(2);
  });
});
