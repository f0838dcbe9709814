import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeCell, openCsv } from '../../src/export/csv.js';
import { CsvRecords } from '../../src/export/csv-records.js';
import { forEachRow } from '../../src/export/report/read-csv.js';
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

  it('reads back every row it wrote, whatever the cells hold; a file of no rows is its header line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'comptax-csv-'));
    const cells = ['plain', 'a, b', 'say "hi"', '""', 'line\r\nbreak', 'CR\ronly', 'a | b', '=1+1', '-3', 'Обязанности', '', 7.25];
    const file = join(dir, 'x.csv');
    const sink = openCsv(file, ['a', 'b', 'c']);
    for (const [i, a] of cells.entries()) await sink.write({ a, b: cells[(i + 5) % cells.length], c: i });
    await sink.end();
    const rows: Record<string, string>[] = [];
    expect(await forEachRow(file, (r) => rows.push(r))).toEqual(['a', 'b', 'c']);
    expect(rows).toEqual(cells.map((a, i) => ({ a: String(a), b: String(cells[(i + 5) % cells.length]), c: String(i) })));
    // Quoted cells come back the same whatever pieces the text arrives in.
    const text = readFileSync(file, 'utf8');
    const whole: string[][] = [];
    const records = new CsvRecords((f) => whole.push(f));
    records.push(text);
    records.end();
    for (const size of [1, 2, 3, 7]) {
      const got: string[][] = [];
      const pieces = new CsvRecords((f) => got.push(f));
      for (let p = 0; p < text.length; p += size) pieces.push(text.slice(p, p + size));
      pieces.end();
      expect(got).toEqual(whole);
    }
    const empty = join(dir, 'empty.csv');
    const none = openCsv(empty, ['path', 'stage']);
    await none.end();
    expect(readFileSync(empty, 'utf8')).toBe('path,stage\r\n');
  });
});
