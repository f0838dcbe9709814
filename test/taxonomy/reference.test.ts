import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isComptaxError } from '../../src/errors.js';
import { buildTaxonomy, canonicalizePhrases, loadReference } from '../../src/taxonomy/index.js';
import { taxonomyConfig } from './config.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/esco/', import.meta.url));
const config = taxonomyConfig();

async function failure(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (isComptaxError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a ComptaxError');
}

describe('loadReference', () => {
  it('reads an ESCO skills CSV with newline-separated alternative labels', async () => {
    const ref = await loadReference(FIXTURES + 'skills_en.csv');
    expect(ref.format).toBe('esco');
    expect(ref.concepts).toHaveLength(61);
    const crm = ref.concepts.find((c) => c.label === 'customer relationship management')!;
    expect(crm.id).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
    expect(crm.altLabels).toEqual(['CRM', 'client relationship management', 'customer relations management']);
    expect(crm.type).toBe('knowledge');
  });

  it('reads a simple id,label,alt_labels CSV with | or newline separators', async () => {
    const ref = await loadReference(FIXTURES + 'simple.csv');
    expect(ref.format).toBe('simple');
    expect(ref.concepts.map((c) => c.id)).toEqual(['S1', 'S2', 'S3', 'S4']);
    expect(ref.concepts[0].altLabels).toEqual(['negotiating', 'negotiate deals', 'bargaining']);
    expect(ref.concepts[2].altLabels).toEqual(['forecast sales', 'sales projections']);
  });

  it('names the missing file or column', async () => {
    expect(await failure(loadReference(FIXTURES + 'nope.csv'))).toEqual({ code: 'reference', message: expect.stringContaining('not found') });
    const missing = await failure(loadReference(FIXTURES + 'missing-label.csv'));
    expect(missing.code).toBe('reference');
    expect(missing.message).toContain('"preferredLabel"');
    const wrong = await failure(loadReference(fileURLToPath(new URL('../../package.json', import.meta.url))));
    expect(wrong.code).toBe('reference');
  });
});

describe('reference alignment', () => {
  it('links each competency to its best concept with a score', async () => {
    const reference = await loadReference(FIXTURES + 'skills_en.csv');
    const { taxonomy } = buildTaxonomy(
      [
        { kind: 'skill', normalized: 'negotiation', count: 3, examples: [] },
        { kind: 'skill', normalized: 'crm', count: 1, examples: [] },
        { kind: 'skill', normalized: 'sales forecasting', count: 2, examples: [] },
        { kind: 'skill', normalized: 'underwater welding', count: 1, examples: [] },
      ],
      config,
      { reference },
    );
    const byLabel = new Map(taxonomy.competencies.map((c) => [c.label, c.reference]));
    expect(byLabel.get('Negotiation')?.label).toBe('negotiation');
    expect(byLabel.get('Negotiation')?.score).toBeGreaterThan(0.9);
    expect(byLabel.get('CRM')?.label).toBe('customer relationship management');
    expect(byLabel.get('Sales forecasting')?.label).toBe('perform sales forecasting');
    expect(byLabel.get('Underwater welding')).toBeUndefined();
  });

  it('takes no concept that only a minor wording of a competency links to, unless it holds enough of its mentions', async () => {
    const reference = await loadReference(FIXTURES + 'simple.csv');
    // (A low merge threshold makes the two wordings one competency, as a corpus's common words do.)
    const linkOf = (minor: number, options = {}) =>
      buildTaxonomy(
        [
          { kind: 'skill', normalized: 'knitting', count: 20, examples: [] },
          { kind: 'skill', normalized: 'knitting negotiation', count: minor, examples: [] },
        ],
        taxonomyConfig({ mergeThreshold: 0.3, ...options }),
        { reference },
      ).taxonomy.competencies.map((c) => [c.label, c.variants.length, c.reference?.label]);
    expect(linkOf(1)).toEqual([['Knitting', 2, undefined]]);
    expect(linkOf(10)).toEqual([['Knitting', 2, 'negotiation']]);
    expect(linkOf(1, { referenceSupport: 0 })).toEqual([['Knitting', 2, 'negotiation']]);
  });

  it('links raw phrases in canonicalize', async () => {
    const reference = await loadReference(FIXTURES + 'simple.csv');
    const rows = canonicalizePhrases(['Good negotiation skills', 'team work', 'knitting'], 'skill', config, reference);
    expect(rows.map((r) => r.referenceId)).toEqual(['S1', 'S4', '']);
    expect(rows[0].referenceLabel).toBe('negotiation');
  });
});
