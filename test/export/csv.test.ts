import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeCell, openCsv } from '../../src/export/csv.js';
import { readCsv } from '../helpers/csv.js';

describe('csv export', () => {
  it('escapes cells a spreadsheet would run as formulas, and only those', () => {
    for (const bad of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx']) expect(escapeCell(bad)).toBe(`'${bad}`);
    for (const ok of ['Negotiation', 'C++ and C#', '3+ years', 'a=b', '', 'Обязанности']) expect(escapeCell(ok)).toBe(ok);
    expect(escapeCell(-3)).toBe(-3);
    expect(escapeCell(undefined)).toBe('');
  });

  it('writes RFC 4180 UTF-8 with a BOM that a CSV parser reads back exactly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'comptax-csv-'));
    const file = join(dir, 'x.csv');
    const sink = openCsv(file, ['a', 'b']);
    await sink.write({ a: 'comma, "quote"\nnewline', b: '职位描述' });
    await sink.write({ a: '=HYPERLINK("x")', b: 3 });
    await sink.end();
    const raw = readFileSync(file);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = raw.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe('a,b');
    const { rows } = await readCsv(file);
    expect(rows).toEqual([
      { a: 'comma, "quote"\nnewline', b: '职位描述' },
      { a: `'=HYPERLINK("x")`, b: '3' },
    ]);
  });

  it('writes the bytes fast-csv wrote: quotes for a quote, comma, line break or bar; no BOM on a file without rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'comptax-csv-'));
    const file = join(dir, 'x.csv');
    const sink = openCsv(file, ['a', 'b', 'c']);
    await sink.write({ a: 'x | y', b: 'say "hi"', c: 'nul\0cut' });
    await sink.write({ a: 1.5, b: undefined, c: 'plain' });
    await sink.end();
    expect(readFileSync(file, 'utf8')).toBe('\ufeffa,b,c\r\n"x | y","say ""hi""",nulcut\r\n1.5,,plain\r\n');
    const empty = join(dir, 'empty.csv');
    const none = openCsv(empty, ['a', 'b']);
    await none.end();
    expect(readFileSync(empty, 'utf8')).toBe('a,b\r\n');
  });
});
