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
  it('aligns competencies to an ESCO skills file, and leaves the columns empty without one', async () => {
    const corpus = textCorpus();
    const out = join(corpus, 'out');
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

    const plain = join(corpus, 'out-plain');
    expect(comptax(['run', corpus, '--out', plain, '--workers', '2']).status).toBe(0);
    expect((await readCsv(join(plain, 'taxonomy.csv'))).rows.every((t) => t.reference_id === '' && t.reference_label === '')).toBe(true);
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
