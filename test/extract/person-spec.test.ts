import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPipeline } from '../../src/pipeline/config.js';
import { mentionSet } from '../helpers/mentions.js';

// How the fixtures were made: test/fixtures/libreoffice-edited/README.md.
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/libreoffice-edited/${name}`, import.meta.url));
const pipeline = loadPipeline();

describe('a person specification table (HTML, and the DOCX and PDF LibreOffice makes of it)', () => {
  it('reads each criterion, no assessment method and no row label', async () => {
    for (const file of ['person-spec-table.html', 'person-spec-table.docx', 'person-spec-table.pdf']) {
      const found = await mentionSet(fixture(file), pipeline);
      expect(found, file).toContain('qualification|registered nurse (adult) with current nmc registration');
      expect(found, file).toContain('knowledge|mental capacity act');
      expect(found, file).toContain('skill|caring');
      for (const m of found) expect(m, file).not.toMatch(/application form|interview|personal qualities|criteria/);
    }
  });

  it('reads the same mentions from the PDF, whose columns sit close, whose row labels are centred and whose header is cut off', async () => {
    const docx = await mentionSet(fixture('person-spec-table.docx'), pipeline);
    expect(await mentionSet(fixture('person-spec-table.pdf'), pipeline)).toEqual(docx);
  });

  it('reads bulleted cells as criteria, the same from HTML, DOCX and a PDF whose table runs over a page break', async () => {
    const html = await mentionSet(fixture('person-spec-bulleted.html'), pipeline);
    expect(html).toContain('qualification|registered nurse (adult) on the nmc register');
    expect(html).toContain('knowledge|mental capacity act');
    for (const m of html) expect(m).not.toMatch(/personal qualities|criteria/);
    expect(await mentionSet(fixture('person-spec-bulleted.docx'), pipeline)).toEqual(html);
    expect(await mentionSet(fixture('person-spec-bulleted.pdf'), pipeline)).toEqual(html);
  });

  it('reads the same mentions from the PDF of two tables with a heading between them, whose columns sit close', async () => {
    const docx = await mentionSet(fixture('person-spec-two-tables.docx'), pipeline);
    expect(docx).toContain('knowledge|outlook');
    expect(await mentionSet(fixture('person-spec-two-tables.pdf'), pipeline)).toEqual(docx);
  });
});
