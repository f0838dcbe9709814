import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comptax, ROOT } from '../helpers/cli.js';
import { readCsv } from '../helpers/csv.js';

const ESCO = join(ROOT, 'test', 'fixtures', 'esco', 'skills_en.csv');
const tmp = () => mkdtempSync(join(tmpdir(), 'comptax-tax-'));

/** The text postings of corpus/ (the rendered PDF/DOCX copies add nothing here). */
function textCorpus(): string {
  const dir = tmp();
  cpSync(join(ROOT, 'corpus'), dir, { recursive: true, filter: (src) => !/\.(pdf|docx)$/.test(src) });
  return dir;
}

describe('run --reference and --previous', () => {
  it('aligns competencies to the bundled ESCO vocabulary by default, to an ESCO skills file, or to nothing with --reference none', async () => {
    const corpus = textCorpus();
    // Outputs outside the corpus folder, so that no run reads another's outputs as postings.
    const out = join(tmp(), 'out');
    const r = comptax(['run', corpus, '--out', out, '--reference', ESCO, '--workers', '2']);
    expect(r.status, r.stderr).toBe(0);
    const rows = (await readCsv(join(out, 'taxonomy.csv'))).rows;
    const aligned = rows.filter((t) => t.reference_id);
    expect(aligned.length).toBeGreaterThan(5);
    for (const t of aligned) {
      expect(t.reference_id).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
      expect(Number(t.reference_score)).toBeGreaterThan(0);
    }
    const negotiation = rows.find((t) => t.label.toLowerCase() === 'negotiation');
    expect(negotiation?.reference_label).toMatch(/negotiat/);
    const json = JSON.parse(readFileSync(join(out, 'taxonomy.json'), 'utf8'));
    const withRef = json.categories.flatMap((c: { competencies: { reference: unknown }[] }) => c.competencies).filter((c: { reference: unknown }) => c.reference);
    expect(withRef).toHaveLength(aligned.length);

    const bundled = join(tmp(), 'out');
    expect(comptax(['run', corpus, '--out', bundled, '--workers', '2']).status).toBe(0);
    const byDefault = (await readCsv(join(bundled, 'taxonomy.csv'))).rows;
    const linked = byDefault.filter((t) => t.reference_id);
    expect(linked.length).toBeGreaterThan(byDefault.length / 3);
    for (const t of linked) expect(t.reference_id).toMatch(/^http:\/\/data\.europa\.eu\/esco\/|^onet:tech:/);
    // Categories from ESCO's hierarchy, two levels, for what is linked.
    const teamwork = byDefault.find((t) => t.reference_label === 'work in teams');
    expect(teamwork?.category_label).toBe('social and communication skills and competences');
    expect(teamwork?.subcategory_label).toBe('collaborating in teams and networks');
    const mentions = byDefault.reduce((n, t) => n + Number(t.mention_count), 0);
    const other = byDefault.filter((t) => t.category === 'other').reduce((n, t) => n + Number(t.mention_count), 0);
    expect(other / mentions).toBeLessThan(0.1);
    // Roles get their ESCO occupation and ISCO group from their title.
    const roles = (await readCsv(join(bundled, 'roles.csv'))).rows;
    const nurse = roles.find((r) => /nurse/i.test(r.role) && r.occupation_uri);
    expect(nurse?.occupation_uri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/occupation\//);
    expect(nurse?.isco_group).toMatch(/^222\d$/);

    const plain = join(tmp(), 'out');
    expect(comptax(['run', corpus, '--out', plain, '--workers', '2', '--reference', 'none']).status).toBe(0);
    expect((await readCsv(join(plain, 'taxonomy.csv'))).rows.every((t) => t.reference_id === '' && t.reference_label === '')).toBe(true);
    expect((await readCsv(join(plain, 'roles.csv'))).rows.every((r) => r.occupation_uri === '')).toBe(true);
  });

  it('keeps the ids of competencies that still exist when the corpus grows, with --previous', async () => {
    const corpus = textCorpus();
    const held = readdirSync(corpus).filter((f) => /^(se|lo)-/.test(f));
    const small = tmp();
    cpSync(corpus, small, { recursive: true });
    for (const f of held) rmSync(join(small, f));
    const first = join(small, 'out');
    expect(comptax(['run', small, '--out', first, '--workers', '2']).status).toBe(0);
    const second = join(corpus, 'out');
    const r = comptax(['run', corpus, '--out', second, '--workers', '2', '--previous', join(first, 'taxonomy.json')]);
    expect(r.status, r.stderr).toBe(0);

    const before = (await readCsv(join(first, 'taxonomy.csv'))).rows;
    const after = new Set((await readCsv(join(second, 'taxonomy.csv'))).rows.map((t) => t.competency_id));
    const kept = before.filter((t) => after.has(t.competency_id)).length;
    expect(kept / before.length).toBeGreaterThanOrEqual(0.95);
    const manifest = JSON.parse(readFileSync(join(second, 'manifest.json'), 'utf8'));
    expect(manifest.previous).toBe(join(first, 'taxonomy.json'));
  });

  it('exits 2 with one line for a reference file that is missing or lacks a column', () => {
    const missing = comptax(['run', 'corpus', '--out', join(tmp(), 'o'), '--reference', '/nonexistent.csv']);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    const bad = comptax(['canonicalize', '--reference', join(ROOT, 'test', 'fixtures', 'esco', 'missing-label.csv')], { input: 'negotiation\n' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/preferredLabel|label/);
  });

  it('canonicalize --reference fills the reference columns per phrase', () => {
    const r = comptax(['canonicalize', '--reference', ESCO], { input: 'Good negotiation skills\nNegotiating\n' });
    expect(r.status, r.stderr).toBe(0);
    const rows = r.stdout.trim().split(/\r?\n/).slice(1);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatch(/http:\/\/data\.europa\.eu\/esco\/skill\//);
  });
});
