import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { writeFixtures, type Fixtures } from './fixtures.js';
import { config, ingestPath, outcome } from './helpers.js';

let fx: Fixtures;
beforeAll(async () => {
  fx = await writeFixtures();
});
afterAll(() => rmSync(fx.dir, { recursive: true, force: true }));

describe('bad inputs get their documented outcome', () => {
  it.each(['empty.txt', 'empty.md', 'empty.html', 'empty.pdf', 'empty.docx', 'blank.txt'])('%s is empty', async (name) => {
    expect((await outcome(fx.path(name))).code).toBe('empty');
  });

  it('a DOCX without any text is empty', async () => {
    expect(await outcome(fx.path('empty-content.docx'))).toEqual({ code: 'empty', message: 'empty DOCX: no text' });
  });

  it('a truncated PDF is corrupt', async () => {
    const result = await outcome(fx.path('truncated.pdf'));
    expect(result.code).toBe('corrupt');
    expect(result.message).toMatch(/truncated/);
  });

  it('random bytes named .pdf are refused as binary data', async () => {
    expect(await outcome(fx.path('random.pdf'))).toEqual({ code: 'unsupported-format', message: 'unsupported format: binary data (not text, PDF or DOCX)' });
  });

  it('an image named .pdf is named for what it is', async () => {
    expect(await outcome(fx.path('photo.pdf'))).toEqual({ code: 'unsupported-format', message: 'unsupported format: PNG image' });
  });

  it('an encrypted PDF is password-protected', async () => {
    expect(await outcome(fx.path('encrypted.pdf'))).toEqual({ code: 'encrypted', message: 'password-protected PDF' });
  });

  it('an image-only PDF has no text layer', async () => {
    expect(await outcome(fx.path('image-only.pdf'))).toEqual({ code: 'no-text-layer', message: 'no text layer (scanned PDF?)' });
  });

  it('a zip bomb is refused before it is unpacked', async () => {
    const result = await outcome(fx.path('bomb.docx'), { ...config, maxDocxUnpackedBytes: 1_000_000 });
    expect(result.code).toBe('zip-bomb');
    expect(result.message).toMatch(/more than 1000000 bytes/);
  });

  it('a zip bomb whose headers understate its size is caught while inflating, keeping nothing', async () => {
    const result = await outcome(fx.path('lying-bomb.docx'), { ...config, maxDocxUnpackedBytes: 1_000_000 });
    expect(result).toEqual({ code: 'zip-bomb', message: 'DOCX unpacks to more than 1000000 bytes (its headers declare 200): refused as a zip bomb' });
  });

  it('a file over the size limit is refused before it is read', async () => {
    expect(await outcome(fx.path('large.txt'), { ...config, maxFileBytes: 1000 })).toEqual({ code: 'too-large', message: 'file too large: 5000 bytes (limit 1000)' });
    await expect(ingestBytes(new Uint8Array(2000), { ...config, maxFileBytes: 1000 })).rejects.toMatchObject({ code: 'too-large' });
  });

  it.each([
    ['legacy.doc', 'unsupported format: legacy Word .doc (OLE2 container)'],
    ['legacy.xls', 'unsupported format: legacy Excel .xls (OLE2 container)'],
    ['letter.rtf', 'unsupported format: RTF document'],
    ['scan.png', 'unsupported format: PNG image'],
    ['plain.zip', 'unsupported format: zip archive of 1 file (not a DOCX)'],
  ])('%s is refused: %s', async (name, message) => {
    expect(await outcome(fx.path(name))).toEqual({ code: 'unsupported-format', message });
  });

  it('a missing file is unreadable', async () => {
    expect((await outcome(fx.path('no-such-file.txt'))).code).toBe('unreadable');
  });
});

describe('awkward but good inputs are read', () => {
  it('a .docx that is really text is read as text (content decides, not the name)', async () => {
    const doc = await ingestPath(fx.path('docx-really-text.docx'));
    expect(doc.format).toBe('text');
    expect(doc.blocks[0].text).toBe('Job title: Account Manager');
  });

  it('NUL bytes are dropped and counted', async () => {
    const doc = await ingestPath(fx.path('nul.txt'));
    expect(doc.blocks[0].text).toBe('Job title: Account Manager');
    expect(doc.warnings).toEqual([{ stage: 'ingest', code: 'nul-bytes', message: 'removed 1 NUL character(s)' }]);
  });

  it('names with spaces and non-ASCII characters are fine', async () => {
    const doc = await ingestPath(fx.path('Stellenanzeige Kundenbetreuer – Köln (ü).txt'));
    expect(doc.format).toBe('text');
    expect(doc.blocks.length).toBeGreaterThan(2);
  });

  it('a very long line is one paragraph', async () => {
    const line = 'negotiation '.repeat(50_000).trim();
    const doc = await ingestBytes(new TextEncoder().encode(line), config);
    expect(doc.blocks).toEqual([{ kind: 'paragraph', text: line }]);
  });
});
