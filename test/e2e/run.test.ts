import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline } from '../../src/pipeline/config.js';
import { runPipeline, type RunSummary } from '../../src/pipeline/run.js';
import { DOCUMENT_COLUMNS, ERROR_COLUMNS, MENTION_COLUMNS, ROLE_COLUMNS, TAXONOMY_COLUMNS } from '../../src/export/columns.js';
import { readCsv } from '../helpers/csv.js';
import { ROOT } from '../helpers/cli.js';

const CORPUS = join(ROOT, 'corpus');
const OUTPUT_FILES = ['documents.csv', 'errors.csv', 'manifest.json', 'mentions.csv', 'report.html', 'roles.csv', 'taxonomy.csv', 'taxonomy.json', 'taxonomy.jsonld'];

function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `comptax-${name}-`));
}

describe('comptax run over corpus/', () => {
  const out = tempDir('e2e');
  let summary: RunSummary;

  beforeAll(async () => {
    summary = await runPipeline({ inputs: [CORPUS], out, pipeline: loadPipeline(), workers: 2, progress: false });
  }, 300_000);

  it('processes every posting and writes every file of the contract', () => {
    expect(summary.exitCode).toBe(0);
    expect(summary.failed).toBe(0);
    expect(summary.documents).toBeGreaterThanOrEqual(12);
    expect(readdirSync(out).sort()).toEqual(OUTPUT_FILES);
  });

  it('writes the contract columns, in order, in every CSV', async () => {
    expect((await readCsv(join(out, 'documents.csv'))).headers).toEqual([...DOCUMENT_COLUMNS]);
    expect((await readCsv(join(out, 'mentions.csv'))).headers).toEqual([...MENTION_COLUMNS]);
    expect((await readCsv(join(out, 'taxonomy.csv'))).headers).toEqual([...TAXONOMY_COLUMNS]);
    expect((await readCsv(join(out, 'roles.csv'))).headers).toEqual([...ROLE_COLUMNS]);
    expect((await readCsv(join(out, 'errors.csv'))).headers).toEqual([...ERROR_COLUMNS]);
  });

  it('keeps counts consistent across files', async () => {
    const docs = (await readCsv(join(out, 'documents.csv'))).rows;
    const mentions = (await readCsv(join(out, 'mentions.csv'))).rows;
    const taxonomy = (await readCsv(join(out, 'taxonomy.csv'))).rows;
    const roles = (await readCsv(join(out, 'roles.csv'))).rows;
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));

    expect(docs).toHaveLength(summary.documents);
    expect(mentions.length).toBe(summary.mentions);
    expect(mentions.length).toBeGreaterThan(100);
    expect(manifest.counts).toMatchObject({ documents: summary.documents, mentions: summary.mentions, competencies: summary.competencies });

    // Per document: the n_* columns count exactly its rows in mentions.csv (duplicates have none there).
    const kindColumn = { duty: 'n_duties', skill: 'n_skills', knowledge: 'n_knowledge', qualification: 'n_qualifications' } as const;
    for (const d of docs.filter((d) => d.status === 'ok')) {
      const own = mentions.filter((m) => m.doc_id === d.doc_id);
      for (const [kind, column] of Object.entries(kindColumn)) {
        expect(own.filter((m) => m.kind === kind).length, `${d.path} ${kind}`).toBe(Number(d[column]));
      }
    }
    for (const d of docs.filter((d) => d.status === 'duplicate')) {
      expect(docs.some((o) => o.doc_id === d.duplicate_of && o.status === 'ok')).toBe(true);
      expect(mentions.some((m) => m.doc_id === d.doc_id)).toBe(false);
    }

    // Every mention points at a competency, and each competency's counts are its mentions'.
    const byCompetency = new Map<string, { mentions: number; docs: Set<string> }>();
    for (const m of mentions) {
      const c = byCompetency.get(m.competency_id) ?? { mentions: 0, docs: new Set<string>() };
      c.mentions++;
      c.docs.add(m.doc_id);
      byCompetency.set(m.competency_id, c);
    }
    expect(taxonomy).toHaveLength(byCompetency.size);
    expect(taxonomy).toHaveLength(summary.competencies);
    for (const t of taxonomy) {
      const c = byCompetency.get(t.competency_id);
      expect(c, t.competency_id).toBeDefined();
      expect(Number(t.mention_count)).toBe(c!.mentions);
      expect(Number(t.document_count)).toBe(c!.docs.size);
    }
    // roles.csv sums to the mentions of each document.
    for (const d of docs.filter((d) => d.status === 'ok')) {
      const total = roles.filter((r) => r.doc_id === d.doc_id).reduce((s, r) => s + Number(r.mentions), 0);
      expect(total).toBe(mentions.filter((m) => m.doc_id === d.doc_id).length);
    }
    // Row by row: roles.csv (written from what the collector kept) is mentions.csv (from the spool) counted by
    // document, role and competency; the comparison table's document has a role per column.
    const grouped = new Map<string, number>();
    for (const m of mentions) {
      const key = `${m.doc_id}|${m.role}|${m.competency_id}`;
      grouped.set(key, (grouped.get(key) ?? 0) + 1);
    }
    expect(new Map(roles.map((r) => [`${r.doc_id}|${r.role}|${r.competency_id}`, Number(r.mentions)]))).toEqual(grouped);
    expect(Math.max(...docs.map((d) => new Set(roles.filter((r) => r.doc_id === d.doc_id).map((r) => r.role)).size))).toBeGreaterThan(1);
  });

  it('gives mention offsets that point at the mention text in the cleaned document', async () => {
    const mentions = (await readCsv(join(out, 'mentions.csv'))).rows;
    for (const m of mentions) {
      expect(Number(m.end) - Number(m.start), m.text).toBe(m.text.replace(/^'(?=[=+\-@\t\r])/, '').length);
    }
  });

  it('writes taxonomy.json valid against schema/taxonomy.schema.json, agreeing with taxonomy.csv', async () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'taxonomy.schema.json'), 'utf8'));
    const json = JSON.parse(readFileSync(join(out, 'taxonomy.json'), 'utf8'));
    const validate = new Ajv2020.default({ allErrors: true }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const ids = json.categories.flatMap((c: { competencies: { id: string }[] }) => c.competencies.map((x) => x.id)).sort();
    const csvIds = (await readCsv(join(out, 'taxonomy.csv'))).rows.map((r) => r.competency_id).sort();
    expect(ids).toEqual(csvIds);
  });

  it('writes SKOS JSON-LD with a concept per competency under its category, ESCO concepts as matches', () => {
    const ld = JSON.parse(readFileSync(join(out, 'taxonomy.jsonld'), 'utf8'));
    type Node = { '@id': string; broader?: string; topConceptOf?: string; 'comptax:kind'?: string; exactMatch?: string; closeMatch?: string };
    const graph: Node[] = ld['@graph'];
    const concepts = graph.filter((n) => n['comptax:kind']);
    expect(concepts).toHaveLength(summary.competencies);
    const categories = new Map(graph.filter((n) => n['@id'].startsWith('comptax:category/')).map((n) => [n['@id'], n]));
    for (const c of concepts) expect(categories.has(c.broader!)).toBe(true);
    // Second levels are narrower than a top category.
    for (const cat of categories.values()) if (!cat.topConceptOf) expect(categories.get(cat.broader!)?.topConceptOf).toBeTruthy();
    const matched = concepts.filter((c) => c.exactMatch || c.closeMatch);
    expect(matched.length).toBeGreaterThan(summary.competencies / 3);
    for (const c of matched) expect(c.exactMatch ?? c.closeMatch).toMatch(/^http:\/\/data\.europa\.eu\/esco\/|^onet:/);
  });
});

describe('comptax run on bad input', () => {
  it('reports each bad file in errors.csv, exits 3, and still processes every good file', async () => {
    const dir = tempDir('bad');
    const good = readdirSync(CORPUS).filter((f) => /\.(md|txt|html)$/.test(f) && f !== 'README.md').slice(0, 3);
    for (const f of good) copyFileSync(join(CORPUS, f), join(dir, f));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'noise.bin'), randomBytes(4096));
    writeFileSync(join(dir, 'broken.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'), randomBytes(512)]));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    const out = join(dir, 'out');
    const s = await runPipeline({ inputs: [dir], out, pipeline: loadPipeline(), workers: 2, progress: false });
    expect(s.exitCode).toBe(3);
    const errors = (await readCsv(join(out, 'errors.csv'))).rows;
    const byName = Object.fromEntries(errors.map((e) => [e.path.slice(dir.length + 1), e]));
    expect(Object.keys(byName).sort()).toEqual(['broken.pdf', 'dangling.txt', 'empty.txt', 'noise.bin', 'sub/loop']);
    expect(byName['empty.txt']).toMatchObject({ stage: 'ingest', code: 'empty' });
    expect(byName['noise.bin']).toMatchObject({ stage: 'ingest', code: 'unsupported-format' });
    expect(byName['broken.pdf']).toMatchObject({ stage: 'ingest' });
    expect(byName['dangling.txt']).toMatchObject({ stage: 'discover', code: 'unreadable' });
    expect(byName['sub/loop']).toMatchObject({ stage: 'discover', code: 'symlink-loop' });
    for (const e of errors) expect(e.message).not.toMatch(/\n\s+at /);
    const docs = (await readCsv(join(out, 'documents.csv'))).rows;
    expect(docs.filter((d) => d.status === 'ok' || d.status === 'duplicate')).toHaveLength(good.length);
    expect(docs.filter((d) => d.status === 'failed')).toHaveLength(5);
  });

  it('abandons a document that hangs, exhausts its memory or kills its worker, and goes on', async () => {
    const dir = tempDir('pool');
    const good = readdirSync(CORPUS).filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md').slice(0, 2);
    for (const f of good) copyFileSync(join(CORPUS, f), join(dir, f));
    for (const f of ['hang.txt', 'crash.txt', 'memory.txt']) copyFileSync(join(CORPUS, good[0]), join(dir, f));
    const pipeline = loadPipeline();
    // A replacement worker starts (and reads the vocabulary) inside the next document's time: room for a busy machine.
    pipeline.options.run.documentTimeoutMs = 10_000;
    // Room for the bundled vocabulary each worker loads (about 40 MB of heap), little more.
    pipeline.options.run.workerHeapMb = 160;
    const out = join(dir, 'out');
    const s = await runPipeline({
      inputs: [dir],
      out,
      pipeline,
      workers: 2,
      progress: false,
      workerFile: new URL('../fixtures/workers/misbehaving.ts', import.meta.url),
    });
    expect(s.exitCode).toBe(3);
    const errors = (await readCsv(join(out, 'errors.csv'))).rows;
    const codes = Object.fromEntries(errors.map((e) => [e.path.slice(dir.length + 1), e.code]));
    expect(codes).toEqual({ 'crash.txt': 'worker-crash', 'hang.txt': 'timeout', 'memory.txt': 'out-of-memory' });
    expect(errors.find((e) => e.code === 'out-of-memory')!.message).toMatch(/run\.workerHeapMb: 160 MB/);
    expect(s.ok + s.duplicates).toBe(good.length);
  });
});

describe('a long posting pasted as one line', () => {
  it('is read within a worker\'s memory: each skill head or qualification reads a window before it, not the whole line', async () => {
    const dir = tempDir('one-line');
    const phrases = [
      'good communication skills and strong negotiation skills',
      'at least 3 years of experience with Java and Spring',
      'you will provide support to users',
      'excellent organizational skills',
      'a degree in computer science and 2 years of experience',
      'ability to work under pressure',
    ];
    // About 200 KB on one line, no sentence ends: what a scraped archive can hold.
    const words = Array.from({ length: 5_000 }, (_, i) => `${phrases[i % phrases.length]} team ${i}`).join(' ');
    writeFileSync(join(dir, 'one-line.txt'), `Support Engineer ${words}`);
    const pipeline = loadPipeline();
    pipeline.options.run.workerHeapMb = 256;
    const out = join(dir, 'out');
    const s = await runPipeline({ inputs: [dir], out, pipeline, workers: 1, progress: false });
    expect((await readCsv(join(out, 'errors.csv'))).rows).toEqual([]);
    expect(s.ok).toBe(1);
    expect(s.mentions).toBeGreaterThan(10);
  }, 120_000);

  it('reads a line of 40,000 tool names (a tag dump) and a line of 10,000 fields, and fails neither', async () => {
    const dir = tempDir('dumps');
    const tools = ['Java', 'Python', 'SQL', 'Excel', 'Docker', 'Kubernetes', 'React', 'AWS', 'Terraform', 'Jenkins', 'Git', 'Linux'];
    const names = Array.from({ length: 40_000 }, (_, i) => tools[(i * 7) % tools.length]).join(', ');
    writeFileSync(join(dir, 'tags.txt'), `Developer\nRequirements\nExperience with ${names}\n`);
    const fields = Array.from({ length: 10_000 }, (_, i) => `Skills: ${tools[i % tools.length]} Experience: ${i % 9} years`).join(' ');
    writeFileSync(join(dir, 'fields.txt'), `Engineer ${fields}`);
    const out = join(dir, 'out');
    const s = await runPipeline({ inputs: [dir], out, pipeline: loadPipeline(), workers: 1, progress: false });
    expect((await readCsv(join(out, 'errors.csv'))).rows).toEqual([]);
    expect(s.ok).toBe(2);
  }, 120_000);

  it('reads a person specification table of 5,000 rows within the document time limit', async () => {
    const dir = tempDir('big-table');
    const rows = Array.from({ length: 5_000 }, (_, i) => `Knowledge of SQL ${i}\tEssential\tInterview`).join('\n');
    writeFileSync(join(dir, 'table.txt'), `Requirements\n${rows}\n`);
    const out = join(dir, 'out');
    const s = await runPipeline({ inputs: [dir], out, pipeline: loadPipeline(), workers: 1, progress: false });
    expect((await readCsv(join(out, 'errors.csv'))).rows).toEqual([]);
    expect(s.ok).toBe(1);
  }, 120_000);
});

describe('determinism', () => {
  it('gives byte-identical outputs with 1 and 2 workers, apart from the manifest timings', async () => {
    const a = tempDir('det1');
    const b = tempDir('det2');
    await runPipeline({ inputs: [CORPUS], out: a, pipeline: loadPipeline(), workers: 1, progress: false });
    await runPipeline({ inputs: [CORPUS], out: b, pipeline: loadPipeline(), workers: 2, progress: false });
    for (const f of OUTPUT_FILES.filter((f) => f !== 'manifest.json')) {
      expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
    }
    const strip = (dir: string) => {
      const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      delete m.timings;
      return m;
    };
    expect(strip(a)).toEqual(strip(b));
  }, 300_000);
});
