import { parseFile } from 'fast-csv';

// openCsv prefixes a cell that a spreadsheet would run as a formula with an apostrophe: undo it.
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/;

/** Streams one of our CSV files back, row by row, as records keyed by header; flat memory. */
export async function forEachRow(path: string, onRow: (row: Record<string, string>) => void): Promise<string[]> {
  let headers: string[] = [];
  await new Promise<void>((resolve, reject) => {
    parseFile(path, {
      headers: (h) => (headers = h.map((x) => (x ?? '').replace(/^\uFEFF/, ''))),
      ignoreEmpty: true,
    })
      .on('data', (row: Record<string, string>) => {
        for (const k in row) if (row[k].charCodeAt(0) === 39) row[k] = row[k].replace(ESCAPED_FORMULA, '');
        onRow(row);
      })
      .on('error', reject)
      .on('end', () => resolve());
  });
  return headers;
}
