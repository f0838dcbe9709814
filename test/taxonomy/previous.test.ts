import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isComptaxError } from '../../src/errors.js';
import { loadPreviousTaxonomy } from '../../src/taxonomy/index.js';

const dir = join(tmpdir(), 'comptax-taxonomy-test');
mkdirSync(dir, { recursive: true });
function file(name: string, content: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

const competency = { id: 'C0123456789', kind: 'skill', label: 'Negotiation', category: 'x', variants: [{ normalized: 'negotiation', count: 2 }], mentionCount: 2 };

describe('loadPreviousTaxonomy', () => {
  it('reads competencies nested in categories, as taxonomy.json holds them', async () => {
    const prev = await loadPreviousTaxonomy(file('nested.json', { generator: {}, categories: [{ id: 'x', label: 'X', competencies: [competency] }] }));
    expect(prev.competencies).toEqual([{ id: 'C0123456789', kind: 'skill', label: 'Negotiation', variants: [{ normalized: 'negotiation', count: 2 }] }]);
  });

  it('reads top-level competencies too', async () => {
    const prev = await loadPreviousTaxonomy(file('flat.json', { categories: [{ id: 'x', label: 'X' }], competencies: [competency] }));
    expect(prev.competencies.map((c) => c.id)).toEqual(['C0123456789']);
  });

  it('says what is wrong with a bad file', async () => {
    const codes = [];
    for (const p of [join(dir, 'absent.json'), file('bad.json', '{ nope'), file('empty.json', { categories: [] }), file('kindless.json', { competencies: [{ id: 'C1' }] })]) {
      try {
        await loadPreviousTaxonomy(p);
      } catch (e) {
        codes.push(isComptaxError(e) ? `${e.code}: ${e.message.replace(dir, '')}` : String(e));
      }
    }
    expect(codes).toEqual([
      'previous: previous taxonomy not found: /absent.json',
      'previous: previous taxonomy /bad.json is not valid JSON',
      'previous: /empty.json: no competencies (expected "competencies" or "categories[].competencies")',
      'previous: /kindless.json: competencies[0] (C1) has no valid kind',
    ]);
  });
});
