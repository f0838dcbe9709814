import { fileURLToPath } from 'node:url';
import { readFileSync, rmSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentWords, joinCellLines, joinLines } from '../../src/ingest/hyphenation.js';
import type { PdfLine, PdfPage } from '../../src/ingest/pdf-lines.js';
import { removeRunningLines } from '../../src/ingest/pdf-running.js';
import type { RawDocument } from '../../src/types.js';
import { LONG_POSTING, POSTING, TABLE, writeFixtures, type Fixtures } from './fixtures.js';
import { config, ingestPath } from './helpers.js';
import { layoutBlocks } from '../../src/ingest/pdf-layout.js';

let fx: Fixtures;
beforeAll(async () => {
  fx = await writeFixtures();
});
afterAll(() => rmSync(fx.dir, { recursive: true, force: true }));

/** The visual lines as a plain extractor sees them, to prove the noise is really in the file. */
async function rawText(path: string): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(path)) });
  try {
    return (await parser.getText({ pageJoiner: '' })).text;
  } finally {
    await parser.destroy();
  }
}

const shape = (doc: RawDocument) => doc.blocks.map((b) => ({ kind: b.kind, text: b.text }));

describe('pdf', () => {
  it('rebuilds headings, paragraphs and list items of a justified, hyphenated page', async () => {
    const raw = await rawText(fx.path('posting.pdf'));
    expect(raw).toMatch(/\p{L}-\n\p{Ll}/u);
    const doc = await ingestPath(fx.path('posting.pdf'));
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toBe(1);
    expect(shape(doc)).toEqual(POSTING.map((b) => ({ kind: b.kind, text: b.text })));
    expect(doc.blocks.every((b) => b.page === 1)).toBe(true);
    expect(doc.warnings).toEqual([]);
  });

  it('keeps heading levels, list nesting and numbered markers', async () => {
    const doc = await ingestPath(fx.path('posting.pdf'));
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.level)).toEqual([1, 2, 2]);
    expect(doc.blocks.filter((b) => b.kind === 'list-item').map((b) => [b.level, b.marker])).toEqual([
      [1, '•'],
      [1, '•'],
      [2, '-'],
      [2, '-'],
      [1, '•'],
      [1, '1.'],
      [1, '2.'],
    ]);
  });

  it('removes running headers, footers and page numbers, and keeps paragraphs whole over page breaks', async () => {
    const raw = await rawText(fx.path('long posting.pdf'));
    expect(raw).toContain('Page 2 of');
    const doc = await ingestPath(fx.path('long posting.pdf'));
    expect(doc.pages).toBeGreaterThan(1);
    expect(shape(doc)).toEqual(LONG_POSTING.map((b) => ({ kind: b.kind, text: b.text })));
    expect(doc.warnings.map((w) => w.code)).toEqual(['running-lines-removed']);
    expect(doc.warnings[0].message).toMatch(/Harbourline Logistics - Customer Success Manager/);
  });

  it('ignores a diagonal watermark', async () => {
    expect(await rawText(fx.path('watermark.pdf'))).toContain('DRAFT');
    const doc = await ingestPath(fx.path('watermark.pdf'));
    expect(shape(doc)).toEqual(POSTING.map((b) => ({ kind: b.kind, text: b.text })));
  });

  it('rebuilds the rows of a LibreOffice table whose columns sit close and whose row labels are centred', async () => {
    // How the fixture was made: test/fixtures/libreoffice-edited/README.md.
    const doc = await ingestPath(fileURLToPath(new URL('../fixtures/libreoffice-edited/person-spec-table.pdf', import.meta.url)));
    const rows = new Map<number, string[]>();
    for (const b of doc.blocks) if (b.kind === 'table-cell') rows.set(b.row ?? 0, [...(rows.get(b.row ?? 0) ?? []), b.text]);
    expect([...rows.values()]).toEqual([
      ['Criteria', 'Essential', 'Desirable', 'Assessm'],
      ['Qualifications', 'Registered Nurse (Adult) with current NMC registration', 'Mentorship qualification', 'Application form'],
      ['Experience', 'Experience of working in an acute hospital setting', 'Experience of caring for patients with dementia', 'Interview'],
      ['Knowledge', 'Knowledge of infection prevention and control', 'Understanding of the Mental Capacity Act', 'Interview'],
      ['Skills', 'Excellent communication skills; ability to prioritise workload', 'IT skills', 'Interview'],
      ['Personal qualities', 'Caring and compassionate', 'Interview'],
    ]);
  });

  it('keeps a two-column table as cells', async () => {
    const doc = await ingestPath(fx.path('table.pdf'));
    expect(doc.blocks.map(({ kind, text, row, col }) => ({ kind, text, row, col }))).toEqual(
      TABLE.map(({ kind, text, row, col }) => ({ kind, text, row, col })),
    );
  });
});

describe('line-end hyphens', () => {
  const words = documentWords(['Our long-term plan', 'covers coordination']);

  it('are removed when the joined word is a word', () => {
    expect(joinLines('strong relation-', 'ships with clients', words)).toBe('strong relationships with clients');
    expect(joinLines('project manage-', 'ment', words)).toBe('project management');
  });

  it('are kept in real compounds', () => {
    expect(joinLines('builds long-', 'term partnerships', words)).toBe('builds long-term partnerships');
    expect(joinLines('a self-', 'starter', words)).toBe('a self-starter');
  });

  it('follow the document when it writes the word hyphenated', () => {
    expect(joinLines('co-', 'ordination', documentWords(['co-ordination of teams']))).toBe('co-ordination');
    expect(joinLines('co-', 'ordination', documentWords(['coordination of teams']))).toBe('coordination');
  });

  it('leave ordinary line joins alone', () => {
    expect(joinLines('manage the', 'team', words)).toBe('manage the team');
    expect(joinLines('salary 30,000 -', 'negotiable', words)).toBe('salary 30,000 - negotiable');
  });

  it('join a word a narrow table cell broke without one, and nothing else', () => {
    expect(joinCellLines('Qualificatio', 'ns', words)).toBe('Qualifications');
    expect(joinCellLines('Knowledge and', 'skills', words)).toBe('Knowledge and skills');
    expect(joinCellLines('Personal', 'qualities', words)).toBe('Personal qualities');
    expect(joinCellLines('relation-', 'ships', words)).toBe('relationships');
  });
});

describe('running lines', () => {
  const line = (page: number, y: number, text: string): PdfLine => {
    const seg = { x: 72, right: 72 + text.length * 5, text };
    return { page, y, x: 72, right: seg.right, size: 10, text, segments: [seg], cells: [seg] };
  };
  const page = (n: number, texts: [number, string][]): PdfPage => ({ number: n, width: 595, height: 842, lines: texts.map(([y, t]) => line(n, y, t)) });

  it('removes a recurring edge line and page numbers, whatever the digits', () => {
    const pages = [1, 2, 3].map((n) =>
      page(n, [
        [800, `Acme Health – Job Description ${n}`],
        [700, `Body text of page ${n}`],
        [40, `${n}`],
      ]),
    );
    expect(removeRunningLines(pages).removed).toBe(6);
    expect(pages.map((p) => p.lines.map((l) => l.text))).toEqual([['Body text of page 1'], ['Body text of page 2'], ['Body text of page 3']]);
  });

  it('keeps repeated lines away from the edges, and a one-page title', () => {
    const pages = [1, 2].map((n) =>
      page(n, [
        [780, n === 1 ? 'Account Manager' : 'Duties continued'],
        [500, 'Confidential'],
        [300, 'More text'],
      ]),
    );
    expect(removeRunningLines(pages).removed).toBe(0);
    const single = [page(1, [[800, 'Account Manager'], [700, 'Body']])];
    expect(removeRunningLines(single).removed).toBe(0);
  });
});

describe('layout of a PDF set in a proportional font', () => {
  // Lines of one paragraph 12 units apart, each running to the right margin (x 400).
  const lines = (texts: string[]): PdfPage[] => [
    {
      number: 1,
      width: 595,
      height: 842,
      lines: texts.map((text, i) => {
        const seg = { x: 72, right: text.length < 20 ? 72 + text.length * 5 : 400, text };
        return { page: 1, y: 700 - i * 12, x: 72, right: seg.right, size: 10, text, segments: [seg], cells: [seg] };
      }),
    },
  ];

  it('keeps a known subheading off the full line before it, and still joins a wrap', () => {
    const blocks = layoutBlocks(
      lines([
        'Essential',
        'Knowledge of infection prevention and control principles and of the',
        'trust policies on the use of electronic patient records',
        'Desirable',
        'Experience of caring for ventilated patients',
      ]),
      new Set(config.headings),
    );
    expect(blocks.map((b) => b.text)).toEqual([
      'Essential\nKnowledge of infection prevention and control principles and of the trust policies on the use of electronic patient records\nDesirable\nExperience of caring for ventilated patients',
    ]);
  });
});
