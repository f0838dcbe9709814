import { rmSync } from 'node:fs';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { POSTING, TABLE, writeFixtures, type Fixtures } from './fixtures.js';
import { config, ingestPath, outcome } from './helpers.js';

let fx: Fixtures;
beforeAll(async () => {
  fx = await writeFixtures();
});
afterAll(() => rmSync(fx.dir, { recursive: true, force: true }));

describe('docx', () => {
  it('reads headings, nested and numbered list items and paragraphs', async () => {
    const doc = await ingestPath(fx.path('posting.docx'));
    expect(doc.format).toBe('docx');
    expect(doc.blocks).toEqual(
      POSTING.map((b) => ({
        kind: b.kind,
        text: b.text,
        ...(b.level !== undefined ? { level: b.level } : {}),
        ...(b.marker !== undefined ? { marker: b.marker } : {}),
      })),
    );
  });

  it('reads tables as cells with row and column', async () => {
    const doc = await ingestPath(fx.path('table.docx'));
    expect(doc.blocks).toEqual(TABLE);
  });

  it('reads Word\'s Title style as a top heading', async () => {
    const file = new Document({ sections: [{ children: [new Paragraph({ heading: HeadingLevel.TITLE, text: 'Warehouse Supervisor' }), new Paragraph('Lead the night shift.')] }] });
    const doc = await ingestBytes(new Uint8Array(await Packer.toBuffer(file)), config);
    expect(doc.blocks).toEqual([
      { kind: 'heading', text: 'Warehouse Supervisor', level: 1 },
      { kind: 'paragraph', text: 'Lead the night shift.' },
    ]);
  });

  it('is unpacked when its declared size is within the limit', async () => {
    expect((await outcome(fx.path('posting.docx'), { ...config, maxDocxUnpackedBytes: 200_000 })).code).toBe('ok');
    expect((await outcome(fx.path('posting.docx'), { ...config, maxDocxUnpackedBytes: 2_000 })).code).toBe('zip-bomb');
  });
});
