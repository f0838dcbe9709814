import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFile } from 'fast-csv';
import { describe, expect, it } from 'vitest';
import { openCsv } from '../../src/export/csv.js';
import { forEachRow } from '../../src/export/report/read-csv.js';

/** What fast-csv reads (as the report did before it read plain files itself). */
async function viaFastCsv(path: string): Promise<Record<string, string>[]> {
  const rows: Record<string, string>[] = [];
  await new Promise<void>((resolve, reject) => {
    parseFile(path, { headers: (h) => h.map((x) => (x ?? '').replace(/^\uFEFF/, '')), ignoreEmpty: true })
      .on('data', (r: Record<string, string>) => rows.push(r))
      .on('error', reject)
      .on('end', () => resolve());
  });
  return rows;
}

async function viaReport(path: string): Promise<Record<string, string>[]> {
  const rows: Record<string, string>[] = [];
  await forEachRow(path, (r) => rows.push({ ...r }));
  return rows;
}

describe('report CSV reader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'comptax-read-csv-'));

  it('reads what openCsv writes as fast-csv does: quotes, line breaks, bars, empty cells, no rows', async () => {
    const file = join(dir, 'written.csv');
    const sink = openCsv(file, ['a', 'b', 'c']);
    await sink.write({ a: 'comma, "quote"\r\nbreak', b: '', c: 'x | y' });
    await sink.write({ a: '', b: '', c: '' });
    await sink.write({ a: 'Обязанности', b: 3, c: 'trailing ' });
    await sink.end();
    const rows = await viaReport(file);
    expect(rows).toEqual(await viaFastCsv(file));
    expect(rows.map((r) => r.a)).toEqual(['comma, "quote"\r\nbreak', 'Обязанности']);
    const none = join(dir, 'none.csv');
    const empty = openCsv(none, ['a', 'b']);
    await empty.end();
    expect(await viaReport(none)).toEqual([]);
  });

  // Files another tool (or a hand) wrote go to fast-csv, quirks and all: spaces that open a row are dropped,
  // spaces before a quote are skipped, LF line ends, a missing last line end.
  for (const [name, text] of [
    ['spaces', 'a,b,c\r\nx, ,y\r\n ,b,c\r\n  "q",2,3\r\n'],
    ['a cell of spaces first', 'a,b,c\r\n ,b,c\r\nx,  ,\r\n'],
    ['lf', 'a,b\nx,y\n'],
    ['no end', 'a,b\r\nx,y'],
    ['short rows', '\ufeffa,b,c\r\nx\r\n,,\r\n\r\ny,z\r\n'],
    ['quote inside', 'a,b\r\nx"y,z\r\n'],
  ] as const) {
    it(`reads a file fast-csv's way: ${name}`, async () => {
      const file = join(dir, `${name}.csv`);
      writeFileSync(file, text);
      expect(await viaReport(file)).toEqual(await viaFastCsv(file));
    });
  }

  it('fails where fast-csv fails: more cells than headers', async () => {
    const file = join(dir, 'wide.csv');
    writeFileSync(file, 'a,b\r\nx,y,z\r\n');
    await expect(viaReport(file)).rejects.toThrow(/column header mismatch/);
  });
});
