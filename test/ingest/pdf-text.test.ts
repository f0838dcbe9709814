import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { config, ingestPath } from './helpers.js';
import { printedText, type PrintedItem } from '../../src/ingest/pdf-text.js';

// A text file printed in a 10 pt monospaced font: 6 pt a character, lines 11.3 pt apart, text
// from x = 56.8 to at most 80 characters (536.8), tab stops every 35.45 pt from the margin.
const CW = 6;
const LEFT = 56.8;
const TAB = 35.45;
const run = (str: string, col: number, line: number, x = LEFT + col * CW): PrintedItem => ({ str, x, y: 700 - line * 11.3, width: str.length * CW, size: 10, mono: true });
const tabAt = (stop: number) => LEFT + stop * TAB;
const HEADINGS = new Set(config.headings);
const full = 'Maintains productive, long-term relationships with clients and runs quarterly'; // 78 characters

describe('printedText', () => {
  it('reads a monospaced print back as its text: wraps joined, hard breaks, blank lines and tabs kept', () => {
    const items = [
      run('Duties', 0, 0),
      run(full, 0, 2),
      run('reviews.', 0, 3),
      run('Short line', 0, 4),
      run('Role', 0, 5),
      { ...run('Coordinator', 0, 5), x: tabAt(1) },
      { ...run('Manager', 0, 5), x: tabAt(4) },
      run('Reports To:', 0, 6),
      { ...run('Lead', 0, 6), x: tabAt(2) },
      { ...run('VP', 0, 6), x: tabAt(4) },
      run('- first item', 0, 7),
      run('  indented', 0, 8),
    ];
    expect(printedText([items], HEADINGS)).toBe(`Duties\n\n${full} reviews.\nShort line\nRole\tCoordinator\t\tManager\nReports To:\tLead\t\tVP\n- first item\n  indented`);
  });

  it('keeps a hard break where the next line starts a new sentence or a table row would get too many cells', () => {
    const ended = 'Responds to client questions promptly and politely and keeps them informed.'; // 76
    const items = [
      run(ended, 0, 0),
      run('Follows up until the issue is closed', 0, 1),
      run('Role', 0, 2),
      { ...run('Coordinator', 0, 2), x: tabAt(1) },
      { ...run('Director', 0, 2), x: tabAt(12) },
      run('Purpose:', 0, 3),
      { ...run('Working', 0, 3), x: tabAt(2) },
      run('sector-', 73, 4),
      run('[REDACTED]', 0, 5),
    ];
    const text = printedText([items], HEADINGS)!;
    expect(text.split('\n').slice(0, 4)).toEqual([ended, 'Follows up until the issue is closed', 'Role\tCoordinator' + '\t'.repeat(10) + 'Director', 'Purpose:\tWorking']);
    expect(text.split('\n')[4].trim()).toBe('sector-[REDACTED]');
  });

  it('leaves a PDF set in a proportional font, or in several sizes, to the layout reader', () => {
    expect(printedText([[{ ...run('Duties', 0, 0), mono: false }]], HEADINGS)).toBeNull();
    expect(printedText([[run('Duties', 0, 0), { ...run('Heading', 0, 1), size: 14 }]], HEADINGS)).toBeNull();
    expect(printedText([[{ ...run('Duties', 0, 0), width: 20 }, run('More text here', 0, 1)]], HEADINGS)).toBeNull();
  });
});

describe('a LibreOffice print of a text file', () => {
  it('keeps a line after a blank line apart, even where it could not have fitted on the line above', async () => {
    // test/fixtures/libreoffice/nu-01-registered-nurse-icu.pdf: see scripts/make-libreoffice-fixtures.sh.
    const doc = await ingestPath(fileURLToPath(new URL('../fixtures/libreoffice/nu-01-registered-nurse-icu.pdf', import.meta.url)));
    const text = doc.blocks.map((b) => b.text).join('\n\n');
    expect(text).toContain('including use of electronic patient records\n');
    expect(text).not.toMatch(/records Desirable/);
    expect(doc.blocks.some((b) => b.text.startsWith('Desirable\n'))).toBe(true);
  });

  it('keeps a known subheading on its own line though it could not have fitted after an unfinished line', async () => {
    // How it was made: test/fixtures/libreoffice-edited/README.md.
    const doc = await ingestPath(fileURLToPath(new URL('../fixtures/libreoffice-edited/nu-01-no-blank-lines.pdf', import.meta.url)));
    const text = doc.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('including use of electronic patient records\nDesirable\n');
    // A wrap is still a wrap: the long items stay whole lines.
    expect(text).toContain('Registered Nurse (Adult) with current NMC registration (RN licence)\n');
  });
});
