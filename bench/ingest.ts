/**
 * Ingest throughput on the rendered corpus (PDF and DOCX), in this thread, with pdftotext on the
 * same PDFs as a reference when it is installed. The lead's `npm run bench` calls benchIngest.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ingestBytes } from '../src/ingest/index.js';
import { loadPipeline } from '../src/pipeline/config.js';

const run = promisify(execFile);
const corpus = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'corpus');

function filesOf(ext: string): string[] {
  return readdirSync(corpus)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(corpus, f));
}

/** The files repeated (in order) until there are n of them. */
function repeatTo<T>(items: T[], n: number): T[] {
  return Array.from({ length: n }, (_, i) => items[i % items.length]);
}

async function hasPdftotext(): Promise<boolean> {
  try {
    await run('pdftotext', ['-v']);
    return true;
  } catch {
    return false;
  }
}

async function docsPerSecond(n: number, work: (i: number) => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i++) await work(i);
  return n / ((performance.now() - start) / 1000);
}

export async function benchIngest(opts: { n: number }): Promise<Record<string, number>> {
  const config = loadPipeline().ingest;
  const result: Record<string, number> = {};
  for (const [format, ext] of [
    ['pdf', '.pdf'],
    ['docx', '.docx'],
  ] as const) {
    const files = filesOf(ext);
    if (!files.length) continue;
    const bytes = files.map((f) => new Uint8Array(readFileSync(f)));
    // Warm up once per file: module loading and the word list are not per-document costs.
    for (const b of bytes) await ingestBytes(b, config);
    const docs = repeatTo(bytes, opts.n);
    result[`ingest_${format}_docs_per_s`] = await docsPerSecond(docs.length, (i) => ingestBytes(docs[i], config));
  }
  const pdfs = filesOf('.pdf');
  if (pdfs.length && (await hasPdftotext())) {
    const docs = repeatTo(pdfs, opts.n);
    result.pdftotext_docs_per_s = await docsPerSecond(docs.length, (i) => run('pdftotext', ['-layout', docs[i], '-']));
  }
  return result;
}
