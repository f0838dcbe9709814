import { readFileSync } from 'node:fs';
import { parseString } from 'fast-csv';

/** Reads one of our CSV files back: header names and rows as records. */
export async function readCsv(file: string): Promise<{ headers: string[]; rows: Record<string, string>[] }> {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  let headers: string[] = [];
  const rows: Record<string, string>[] = [];
  await new Promise<void>((resolve, reject) => {
    parseString(text, { headers: (h) => (headers = h as string[]) })
      .on('data', (r: Record<string, string>) => rows.push(r))
      .on('end', () => resolve())
      .on('error', reject);
  });
  return { headers, rows };
}
