import { createReadStream } from 'node:fs';
import { CsvRecords } from '../csv-records.js';

// openCsv prefixes a cell that a spreadsheet would run as a formula with an apostrophe: undo it.
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/;

/**
 * Streams one of our CSV files back, row by row, as records keyed by header (a missing cell is
 * ''); a row of blank cells is skipped (as fast-csv's ignoreEmpty did); flat memory. A row with more
 * cells than the header is an error.
 */
export async function forEachRow(path: string, onRow: (row: Record<string, string>) => void): Promise<string[]> {
  let headers: string[] | undefined;
  let line = 0;
  const records = new CsvRecords((fields) => {
    line++;
    if (!headers) {
      headers = fields.map((h) => h.replace(/^\uFEFF/, ''));
      return;
    }
    if (fields.join('').trim() === '') return;
    if (fields.length > headers.length) throw new Error(`${path}: record ${line} has ${fields.length} cells, the header ${headers.length}`);
    const row: Record<string, string> = {};
    for (let i = 0; i < headers.length; i++) {
      const cell = fields[i] ?? '';
      row[headers[i]] = cell.charCodeAt(0) === 39 ? cell.replace(ESCAPED_FORMULA, '') : cell;
    }
    onRow(row);
  });
  for await (const piece of createReadStream(path, { encoding: 'utf8' })) records.push(piece as string);
  records.end();
  return headers ?? [];
}
