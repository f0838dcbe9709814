import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { winAnsiSafe } from '../../scripts/render/pdf.js';
import { sourceBlocks } from '../../scripts/render/sources.js';
import { ingestPath } from './helpers.js';

// The committed renders of corpus postings (npm run corpus) read back into the blocks they were
// rendered from: the PDF and DOCX readers lose nothing the text reader keeps.
const corpus = join(import.meta.dirname, '..', '..', 'corpus');
const rendered = existsSync(corpus) ? readdirSync(corpus).filter((f) => /\.(pdf|docx)$/.test(f)).sort() : [];

function sourceOf(file: string): string | undefined {
  const stem = file.replace(/\.(pdf|docx)$/, '');
  return ['.md', '.txt'].map((ext) => join(corpus, stem + ext)).find((p) => existsSync(p));
}

const key = (kind: string, text: string) => `${kind}|${text.replace(/\s+/g, ' ').trim()}`;

describe.skipIf(rendered.length === 0)('rendered corpus', () => {
  const found = new Map<string, number>();

  it.each(rendered.filter((f) => sourceOf(f)))('%s reads back into the blocks of its source', async (file) => {
    const pdf = file.endsWith('.pdf');
    const expected = sourceBlocks(sourceOf(file)!).map((b) => key(b.kind, pdf ? winAnsiSafe(b.text) : b.text));
    const doc = await ingestPath(join(corpus, file));
    const got = new Set(doc.blocks.map((b) => key(b.kind, b.text)));
    const share = expected.filter((k) => got.has(k)).length / expected.length;
    found.set(file, share);
    // Symbol-font bullets inside a text paragraph come back as list items from a PDF: more
    // structure than the source had, counted here as a miss.
    expect(share).toBeGreaterThanOrEqual(0.7);
    expect(doc.format).toBe(pdf ? 'pdf' : 'docx');
  });

  it('gives back at least 95% of the source blocks on average', () => {
    const shares = [...found.values()];
    expect(shares.length).toBeGreaterThan(0);
    expect(shares.reduce((a, b) => a + b, 0) / shares.length).toBeGreaterThanOrEqual(0.95);
  });
});
