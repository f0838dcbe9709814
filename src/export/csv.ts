import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { format, type CsvFormatterStream } from 'fast-csv';

export type Cell = string | number | undefined | null;
export type Row = Record<string, Cell>;

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises formula injection: such a cell is prefixed with an apostrophe, which Excel hides. */
export function escapeCell(value: Cell): string | number {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export interface CsvSink {
  write(row: Row): Promise<void>;
  end(): Promise<void>;
}

/**
 * RFC 4180 CSV (CRLF, quotes where needed) in UTF-8 with a BOM, which Excel needs to read UTF-8 and
 * pandas skips. Writes respect back-pressure, so a large file streams with flat memory.
 */
export function openCsv(path: string, headers: readonly string[]): CsvSink {
  const out = createWriteStream(path);
  const csv: CsvFormatterStream<Row, Row> = format({ headers: [...headers], writeBOM: true, rowDelimiter: '\r\n', includeEndRowDelimiter: true, alwaysWriteHeaders: true });
  csv.pipe(out);
  const failed = new Promise<never>((_, reject) => out.on('error', reject));
  failed.catch(() => undefined);
  return {
    async write(row) {
      const escaped: Row = {};
      for (const h of headers) escaped[h] = escapeCell(row[h]);
      if (!csv.write(escaped)) await Promise.race([once(csv, 'drain'), failed]);
    },
    async end() {
      csv.end();
      await Promise.race([once(out, 'finish'), failed]);
    },
  };
}
