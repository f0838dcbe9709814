import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText, sniffUtf16 } from '../../src/ingest/decode.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { tabTables, textToBlocks } from '../../src/ingest/text.js';
import { writeFixtures, type Fixtures } from './fixtures.js';
import { config, ingestPath } from './helpers.js';

let fx: Fixtures;
beforeAll(async () => {
  fx = await writeFixtures();
});
afterAll(() => rmSync(fx.dir, { recursive: true, force: true }));

describe('encodings', () => {
  it.each([
    ['utf8.txt', 'utf-8'],
    ['utf8-bom.txt', 'utf-8'],
    ['utf16le-bom.txt', 'utf-16le'],
    ['utf16be-bom.txt', 'utf-16be'],
    ['utf16le.txt', 'utf-16le'],
    ['utf16be.txt', 'utf-16be'],
    ['crlf.txt', 'utf-8'],
  ])('%s decodes as %s to the same blocks', async (name, encoding) => {
    const doc = await ingestPath(fx.path(name));
    expect(doc.encoding).toBe(encoding);
    expect(doc.blocks).toEqual(textToBlocks(fx.texts.en));
  });

  it('Windows-1252 with curly quotes and the euro sign', async () => {
    const doc = await ingestPath(fx.path('windows-1252.txt'));
    expect(doc.encoding).toBe('windows-1252');
    expect(doc.blocks.at(-1)?.text).toBe('We offer a café, a résumé workshop and “a bonus” of 5 €.');
  });

  it('Latin-1', async () => {
    const doc = await ingestPath(fx.path('latin1.txt'));
    expect(doc.encoding).toBe('iso-8859-1');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Poste : Chargé de clientèle', 'Compétences : négociation, rigueur, sens du détail.']);
  });

  it('Windows-1251 (Russian)', async () => {
    const doc = await ingestPath(fx.path('windows-1251.txt'));
    expect(doc.encoding).toBe('windows-1251');
    expect(doc.blocks[0].text).toBe('Менеджер по работе с клиентами');
    expect(doc.blocks[2]).toEqual({ kind: 'list-item', text: 'ведение переговоров с клиентами', level: 1, marker: '-' });
  });

  it('BOM-less UTF-16 is recognised by its zero bytes, and plain text is not taken for it', () => {
    expect(sniffUtf16(Buffer.from('Account manager', 'utf16le'))).toBe('utf-16le');
    expect(sniffUtf16(Buffer.from('Менеджер по работе с клиентами', 'utf16le'))).toBe('utf-16le');
    expect(sniffUtf16(Buffer.from('Менеджер по работе с клиентами', 'utf16le').swap16())).toBe('utf-16be');
    expect(sniffUtf16(new TextEncoder().encode('Менеджер по работе с клиентами'))).toBeUndefined();
    expect(sniffUtf16(new TextEncoder().encode('Name        Role        Team        \n'.repeat(20)))).toBeUndefined();
    expect(sniffUtf16(new TextEncoder().encode('Account manager with a stray \u0000 NUL'))).toBeUndefined();
  });

  it('CR-only line ends are normalised', () => {
    expect(decodeText(new TextEncoder().encode('a\rb\r\nc')).text).toBe('a\nb\nc');
  });
});

describe('plain text blocks', () => {
  it('groups lines by blank lines and keeps each line raw', () => {
    const blocks = textToBlocks('61 Following procedures and policies.\n61 Consult with dealers.\n\nSecond  paragraph\n  indented line\n');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '61 Following procedures and policies.\n61 Consult with dealers.' },
      { kind: 'paragraph', text: 'Second  paragraph\n  indented line' },
    ]);
  });

  it('makes list items of obvious markers, with nesting from indentation and numbers', () => {
    const blocks = textToBlocks('Duties:\n- Plan visits\n  - weekly\n• Report sales\n1. First\n3.1 Nested number\n2) Second\n');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Duties:' },
      { kind: 'list-item', text: 'Plan visits', level: 1, marker: '-' },
      { kind: 'list-item', text: 'weekly', level: 2, marker: '-' },
      { kind: 'list-item', text: 'Report sales', level: 1, marker: '•' },
      { kind: 'list-item', text: 'First', level: 1, marker: '1.' },
      { kind: 'list-item', text: 'Nested number', level: 2, marker: '3.1' },
      { kind: 'list-item', text: 'Second', level: 1, marker: '2)' },
    ]);
  });

  it('leaves lines that only look like numbers alone', () => {
    expect(textToBlocks('2024. A good year for sales.\n-5 degrees is cold')).toEqual([{ kind: 'paragraph', text: '2024. A good year for sales.\n-5 degrees is cold' }]);
  });

  it('joins an indented wrapped line to its list item', () => {
    expect(textToBlocks('  o Assess patients\n- Plan care and record\n    observations')).toEqual([
      { kind: 'paragraph', text: '  o Assess patients' },
      { kind: 'list-item', text: 'Plan care and record\nobservations', level: 1, marker: '-' },
    ]);
  });

  it('joins the line after a list item that ends in an example\'s cue ("(e.g.") to the item, however indented', () => {
    expect(textToBlocks('* Knowledge of front-end languages (e.g.\nHTML CSS JavaScript)\nNext paragraph')).toEqual([
      { kind: 'list-item', text: 'Knowledge of front-end languages (e.g.\nHTML CSS JavaScript)', level: 1, marker: '*' },
      { kind: 'paragraph', text: 'Next paragraph' },
    ]);
  });

  it('turns tab-separated lines into table cells with row and column, cell text raw', () => {
    const blocks = textToBlocks('Intro line\n\nRole\t<i>Coordinator</i>\t<i>Manager</i>\nDuties\t<ul> • Files orders</ul>\t\n\nAfter');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Intro line' },
      { kind: 'table-cell', text: 'Role', row: 0, col: 0 },
      { kind: 'table-cell', text: '<i>Coordinator</i>', row: 0, col: 1 },
      { kind: 'table-cell', text: '<i>Manager</i>', row: 0, col: 2 },
      { kind: 'table-cell', text: 'Duties', row: 1, col: 0 },
      { kind: 'table-cell', text: '<ul> • Files orders</ul>', row: 1, col: 1 },
      { kind: 'paragraph', text: 'After' },
    ]);
  });

  it('ends a paragraph at a form feed (a page break in extracted text) and numbers the pages', () => {
    expect(textToBlocks('end of page one\fAcme Health   Page 2 of 3\nstart of page two')).toEqual([
      { kind: 'paragraph', text: 'end of page one', page: 1 },
      { kind: 'paragraph', text: 'Acme Health   Page 2 of 3\nstart of page two', page: 2 },
    ]);
  });

  it('turns lines of three or more cells between pipes into table cells, a Markdown rule and empty cells skipped', () => {
    const blocks = textToBlocks('Criteria | Essential | Desirable\n---|---|---\nHCPC registration | E |\n| Driving licence | | D |\nJob title | Nurse');
    expect(blocks).toEqual([
      { kind: 'table-cell', text: 'Criteria', row: 0, col: 0 },
      { kind: 'table-cell', text: 'Essential', row: 0, col: 1 },
      { kind: 'table-cell', text: 'Desirable', row: 0, col: 2 },
      { kind: 'table-cell', text: 'HCPC registration', row: 1, col: 0 },
      { kind: 'table-cell', text: 'E', row: 1, col: 1 },
      { kind: 'table-cell', text: 'Driving licence', row: 2, col: 0 },
      { kind: 'table-cell', text: 'D', row: 2, col: 2 },
      { kind: 'paragraph', text: 'Job title | Nurse' },
    ]);
    // One line with pipes ("Medical Secretary | Band 4 | Cardiology") is a header, not a table.
    expect(textToBlocks('Medical Secretary | Band 4 | Cardiology\nThe department is busy.')).toEqual([{ kind: 'paragraph', text: 'Medical Secretary | Band 4 | Cardiology\nThe department is busy.' }]);
  });

  it('does not take a single tabbed line for a table', () => {
    expect(textToBlocks('Name:\tJane\tDoe')).toEqual([{ kind: 'paragraph', text: 'Name:\tJane\tDoe' }]);
  });

  it('reports plain text as format text', async () => {
    const doc = await ingestBytes(new TextEncoder().encode('Account manager wanted.\nApply today.'), config);
    expect(doc.format).toBe('text');
  });
});

describe('tabTables', () => {
  it('turns consecutive tab-separated paragraphs (a text table pasted into Word) into cells, and leaves one tabbed line alone', () => {
    const blocks = tabTables([
      { kind: 'heading', text: 'Roles' },
      { kind: 'paragraph', text: 'Role\tCoordinator\tManager' },
      { kind: 'paragraph', text: 'Reports to\tLead\tDirector' },
      { kind: 'paragraph', text: 'Name:\tJane\tDoe' },
    ]);
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Roles' },
      { kind: 'table-cell', text: 'Role', row: 0, col: 0 },
      { kind: 'table-cell', text: 'Coordinator', row: 0, col: 1 },
      { kind: 'table-cell', text: 'Manager', row: 0, col: 2 },
      { kind: 'table-cell', text: 'Reports to', row: 1, col: 0 },
      { kind: 'table-cell', text: 'Lead', row: 1, col: 1 },
      { kind: 'table-cell', text: 'Director', row: 1, col: 2 },
      { kind: 'table-cell', text: 'Name:', row: 2, col: 0 },
      { kind: 'table-cell', text: 'Jane', row: 2, col: 1 },
      { kind: 'table-cell', text: 'Doe', row: 2, col: 2 },
    ]);
    expect(tabTables([{ kind: 'paragraph', text: 'Name:\tJane\tDoe' }])).toEqual([{ kind: 'paragraph', text: 'Name:\tJane\tDoe' }]);
  });
});

describe('text laid out in two columns (a PDF page converted to text with its layout kept)', () => {
  const page = (rows: [string, string][]) => rows.map(([l, r]) => (r ? l.padEnd(52) + r : l)).join('\n');
  const columns = page([
    ['Staff Nurse - Acute Medicine', ''],
    ['', ''],
    ['Main duties', 'Person specification'],
    ['- Deliver high quality patient care to', 'Essential:'],
    ['  patients on the ward', '- NMC registration'],
    ['- Administer medications safely and in', '- Diploma or degree in nursing'],
    ['  line with Trust policy', '- Experience of acute care'],
    ['- Maintain accurate patient records', 'Desirable:'],
    ['- Support student nurses on placement', '- Mentorship qualification'],
  ]);

  it('reads the left column, then the right one, and says so', async () => {
    const doc = await ingestBytes(new TextEncoder().encode(columns), config);
    expect(doc.warnings.map((w) => w.code)).toEqual(['text-columns']);
    const read = doc.blocks.map((b) => b.text.replace(/\s+/g, ' '));
    expect(read).toContain('Deliver high quality patient care to patients on the ward');
    expect(read).toContain('Administer medications safely and in line with Trust policy');
    expect(read.indexOf('Support student nurses on placement')).toBeLessThan(read.indexOf('NMC registration'));
  });

  it('leaves labels with their values, and tables of three columns, as they are', async () => {
    const labelled = page([
      ['Job title:', 'Staff Nurse'],
      ['Location:', 'Leeds General Infirmary'],
      ['Salary:', '£28,407 - £34,581 per annum'],
      ['Closing date:', '12 December 2026'],
    ]);
    const table = [
      'Criteria                          Essential                      Desirable',
      'Qualifications                    NMC registration               Mentorship qualification',
      'Experience                        Acute care experience          Leadership experience',
      'Skills                            Good communication skills      IT skills',
    ].join('\n');
    for (const text of [labelled, table]) {
      const doc = await ingestBytes(new TextEncoder().encode(text), config);
      expect(doc.warnings).toEqual([]);
      expect(doc.blocks.map((b) => b.text).join('\n')).toBe(text);
    }
  });
});
