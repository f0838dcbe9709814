import { describe, expect, it } from 'vitest';
import { buildTaxonomy, canonicalizePhrases } from '../../src/taxonomy/index.js';
import type { MentionKind, VariantStat } from '../../src/types.js';
import { taxonomyConfig } from './config.js';

const config = taxonomyConfig();

function v(kind: MentionKind, normalized: string, count = 1, docId = 'd1'): VariantStat {
  return { kind, normalized, count, examples: [{ docId, text: normalized }] };
}

const corpus: VariantStat[] = [
  v('skill', 'negotiation', 5, 'a'),
  v('skill', 'negotiating', 2, 'b'),
  v('skill', 'negotiation skills', 1, 'c'),
  v('skill', 'sales forecasting', 3, 'a'),
  v('skill', 'sales', 4, 'b'),
  v('skill', 'client relationship management', 3, 'c'),
  v('skill', 'customer relationship management', 2, 'a'),
  v('skill', 'crm', 1, 'b'),
  v('duty', 'develop long-term relationships with clients', 2, 'a'),
  v('duty', 'maintain productive, long-term relationships with clients', 1, 'b'),
  v('duty', 'establish and develop strong long-term partnerships', 1, 'c'),
  v('duty', 'track the timeliness of payment of bills', 1, 'c'),
  v('qualification', "bachelor's degree in business", 2, 'a'),
  v('qualification', '3 years of sales experience', 1, 'b'),
  v('knowledge', 'e-commerce', 1, 'a'),
];

function byVariant(t: ReturnType<typeof buildTaxonomy>['taxonomy'], normalized: string) {
  return t.competencies.find((c) => c.variants.some((x) => x.normalized === normalized))!;
}

describe('buildTaxonomy', () => {
  const built = buildTaxonomy(corpus, config);
  const t = built.taxonomy;

  it('groups the same competency phrased differently', () => {
    const neg = byVariant(t, 'negotiation');
    expect(neg.variants.map((x) => x.normalized).sort()).toEqual(['negotiating', 'negotiation', 'negotiation skills']);
    expect(neg.mentionCount).toBe(8);
    expect(neg.label).toBe('Negotiation');
    const rel = byVariant(t, 'develop long-term relationships with clients');
    expect(rel.kind).toBe('duty');
    expect(rel.variants).toHaveLength(3);
    expect(byVariant(t, 'crm').id).toBe(byVariant(t, 'client relationship management').id);
    expect(byVariant(t, 'crm').label).toBe('Client relationship management');
  });

  it('keeps apart what differs', () => {
    expect(byVariant(t, 'sales').id).not.toBe(byVariant(t, 'sales forecasting').id);
    expect(byVariant(t, 'sales forecasting').label).toBe('Sales forecasting');
    expect(byVariant(t, 'track the timeliness of payment of bills').variants).toHaveLength(1);
  });

  it('gives content ids, sorted, and idOf for every variant and for new forms', () => {
    for (const c of t.competencies) expect(c.id).toMatch(/^C[0-9a-f]{10}$/);
    expect(t.competencies.map((c) => c.id)).toEqual([...t.competencies.map((c) => c.id)].sort());
    expect(new Set(t.competencies.map((c) => c.id)).size).toBe(t.competencies.length);
    expect(built.idOf('skill', 'negotiating')).toBe(byVariant(t, 'negotiation').id);
    // A form not in the build but with the same content finds the competency.
    expect(built.idOf('skill', 'Negotiations')).toBe(byVariant(t, 'negotiation').id);
    expect(built.idOf('skill', 'underwater welding')).toMatch(/^C[0-9a-f]{10}$/);
  });

  it('is the same whatever the input order', () => {
    const shuffled = [...corpus].reverse();
    shuffled.push(shuffled.shift()!);
    expect(buildTaxonomy(shuffled, config).taxonomy).toEqual(t);
  });

  it('sums counts of a form given twice and keeps examples', () => {
    const twice = buildTaxonomy([v('skill', 'teamwork', 2, 'a'), v('skill', 'teamwork', 3, 'b')], config).taxonomy;
    expect(twice.competencies).toHaveLength(1);
    expect(twice.competencies[0].mentionCount).toBe(5);
    expect(twice.competencies[0].examples.map((e) => e.docId)).toEqual(['a', 'b']);
    expect(twice.competencies[0].documentCount).toBe(0);
  });

  it('puts competencies in categories from the config', () => {
    expect(t.categories.map((c) => c.id)).toContain('client-relationship');
    expect(byVariant(t, "bachelor's degree in business").category).toBe('education');
    expect(byVariant(t, '3 years of sales experience').category).toBe('experience');
    expect(byVariant(t, 'develop long-term relationships with clients').category).toBe('client-relationship');
    expect(byVariant(t, 'negotiation').category).toBe('sales-business-development');
    expect(byVariant(t, 'e-commerce').category).toBe('technology-tools');
  });

  it('puts registrations and vocational qualifications under education, not experience', () => {
    const q = buildTaxonomy([v('qualification', 'hcpc registration', 2), v('qualification', 'nvq level 3 in pharmaceutical science', 1), v('qualification', '2 years of ward experience', 1)], config).taxonomy;
    expect(byVariant(q, 'hcpc registration').category).toBe('education');
    expect(byVariant(q, 'nvq level 3 in pharmaceutical science').category).toBe('education');
    expect(byVariant(q, '2 years of ward experience').category).toBe('experience');
  });

  it('carries ids forward from a previous taxonomy when the label shifts', () => {
    const before = buildTaxonomy([v('skill', 'negotiating', 3), v('skill', 'negotiation', 1)], config).taxonomy.competencies[0];
    expect(before.label).toBe('Negotiating');
    const grown = [v('skill', 'negotiating', 3), v('skill', 'negotiation', 9), v('skill', 'bargaining', 2)];
    const fresh = buildTaxonomy(grown, config).taxonomy.competencies[0];
    const carried = buildTaxonomy(grown, config, { previous: { path: 'p', competencies: [before] } }).taxonomy.competencies[0];
    expect(carried.label).toBe('Negotiation');
    expect(carried.id).toBe(before.id);
    expect(fresh.id).toBe(before.id);
  });

  it('keeps the groups of a previous run, each previous id going to one competency', () => {
    const now = [v('skill', 'sales forecasting', 4), v('skill', 'sales forecasting accuracy', 2)];
    expect(buildTaxonomy(now, config).taxonomy.competencies).toHaveLength(1);
    const previous = {
      path: 'p',
      competencies: [
        { id: 'C0000000001', kind: 'skill' as const, label: 'Sales forecasting', variants: [{ normalized: 'sales forecasting', count: 3 }] },
        { id: 'C0000000002', kind: 'skill' as const, label: 'Forecast accuracy', variants: [{ normalized: 'sales forecasting accuracy', count: 1 }] },
      ],
    };
    const t2 = buildTaxonomy(now, config, { previous }).taxonomy;
    expect(t2.competencies.map((c) => c.id)).toEqual(['C0000000001', 'C0000000002']);
  });
});

describe('canonicalizePhrases', () => {
  it('gives one row per phrase in input order, grouping variants', () => {
    const phrases = ['negotiation skills', 'Good negotiation skills', 'Negotiating', 'Negotiation Skills - Conducts positive negotiations', 'Sales forecasting'];
    const rows = canonicalizePhrases(phrases, 'skill', config);
    expect(rows.map((r) => r.phrase)).toEqual(phrases);
    expect(new Set(rows.slice(0, 4).map((r) => r.id)).size).toBe(1);
    expect(rows[4].id).not.toBe(rows[0].id);
    expect(rows[0].label).toBe('Negotiation');
    // Aligned to the bundled ESCO vocabulary by default; null turns it off.
    expect(rows[0].referenceId).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
    expect(rows[0].referenceLabel).toMatch(/negotiat/);
    expect(canonicalizePhrases(phrases, 'skill', config, null).every((r) => r.referenceId === '' && r.referenceLabel === '')).toBe(true);
  });

  it('groups wordings that name one ESCO concept, with no word in common', () => {
    const rows = canonicalizePhrases(['team player', 'work in teams', 'Collaboration', 'prepare sales reports'], 'skill', config);
    expect(new Set(rows.slice(0, 3).map((r) => r.id)).size).toBe(1);
    expect(rows[0].referenceLabel).toBe('work in teams');
    expect(rows[3].id).not.toBe(rows[0].id);
    // Without the vocabulary, nothing says a team player collaborates.
    const plain = canonicalizePhrases(['team player', 'prepare sales reports'], 'skill', config, null);
    expect(plain[0].id).not.toBe(plain[1].id);
  });

  it('groups duty phrasings about client relationships', () => {
    const rows = canonicalizePhrases(
      ['develop long-term relationships with clients', 'Maintains productive, long-term relationships with clients', 'establish and develop strong long-term partnerships', 'prepare sales reports'],
      'duty',
      config,
    );
    expect(rows[1].id).toBe(rows[0].id);
    expect(rows[2].id).toBe(rows[0].id);
    expect(rows[3].id).not.toBe(rows[0].id);
  });

  it('keeps apart duties that share a concept\'s subject but not what it does', () => {
    // All three link surely to ESCO's "advise on pregnancy"; only the one that advises is that concept.
    const rows = canonicalizePhrases(
      ['carry out emergency treatment of pregnant women', "observe or monitor pregnant women's status", 'provide advice to pregnant women'],
      'duty',
      config,
    );
    expect(new Set(rows.map((r) => r.id)).size).toBe(3);
    expect(rows[2].referenceLabel).toBe('advise on pregnancy');
    // Nor is a duty that does it to something else the concept's ("evaluate findings" links to ESCO's "identify archaeological finds").
    const finds = canonicalizePhrases(['evaluate findings', 'identify archaeological finds'], 'duty', config);
    expect(finds[0].id).not.toBe(finds[1].id);
  });

  it('gives empty ids to blank lines', () => {
    expect(canonicalizePhrases(['', 'teamwork'], 'skill', config)[0]).toEqual({ phrase: '', id: '', label: '', referenceId: '', referenceLabel: '', referenceScore: 0 });
  });
});
