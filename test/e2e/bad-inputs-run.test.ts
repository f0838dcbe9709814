import { rmSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPipeline } from '../../src/pipeline/config.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { writeFixtures } from '../ingest/fixtures.js';
import { readCsv } from '../helpers/csv.js';

// Issue 3's bad inputs in one run: each gets its documented errors.csv row, the run finishes with
// exit status 3, and every good file is processed.
const EXPECTED: Record<string, string> = {
  'empty.txt': 'empty',
  'empty.md': 'empty',
  'empty.html': 'empty',
  'empty.pdf': 'empty',
  'empty.docx': 'empty',
  'blank.txt': 'empty',
  'empty-content.docx': 'empty',
  'truncated.pdf': 'corrupt',
  'random.pdf': 'unsupported-format',
  'encrypted.pdf': 'encrypted',
  'image-only.pdf': 'no-text-layer',
  'bomb.docx': 'zip-bomb',
  'lying-bomb.docx': 'zip-bomb',
  'plain.zip': 'unsupported-format',
  'legacy.doc': 'unsupported-format',
  'legacy.xls': 'unsupported-format',
  'letter.rtf': 'unsupported-format',
  'scan.png': 'unsupported-format',
  'photo.pdf': 'unsupported-format',
  'huge.txt': 'too-large',
};

describe('a run over every kind of bad input', () => {
  let dir = '';
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports each bad file with its code and processes all the good ones', async () => {
    const fx = await writeFixtures();
    dir = fx.dir;
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'a'));
    const files = readdirSync(dir);
    const out = join(dir, 'out');
    // The test bombs unpack to 4 MB: a 1 MB limit makes them bombs (the default is 50 MB).
    const pipeline = loadPipeline();
    pipeline.ingest.maxDocxUnpackedBytes = 1_000_000;
    const s = await runPipeline({ inputs: [dir], out, pipeline, workers: 2, progress: false });
    expect(s.exitCode).toBe(3);

    const errors = (await readCsv(join(out, 'errors.csv'))).rows;
    const codes = Object.fromEntries(errors.map((e) => [e.path.slice(dir.length + 1), e.code]));
    expect(codes).toEqual(EXPECTED);
    for (const e of errors) {
      expect(e.stage).toBe('ingest');
      expect(e.message.length).toBeGreaterThan(5);
      expect(e.message).not.toMatch(/\n|\s+at\s/);
    }
    const docs = (await readCsv(join(out, 'documents.csv'))).rows;
    const good = files.filter((f) => !(f in EXPECTED));
    expect(good.length).toBeGreaterThan(15);
    for (const f of good) {
      const row = docs.find((d) => d.path === join(dir, f));
      expect(row?.status, f).toMatch(/^(ok|duplicate)$/);
    }
    expect(docs).toHaveLength(files.length);
  });
});
