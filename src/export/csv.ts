import { once } from 'node:events';
import { format, type CsvFormatterStream } from 'fast-csv';
import { FileSink } from './file-sink.js';

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
 * pandas skips. Rows stream to disk in pieces, so a large file is written with flat memory.
 */
export function openCsv(path: string, headers: readonly string[]): CsvSink {
  const file = new FileSink(path);
  const csv: CsvFormatterStream<Row, Row> = format({ headers: [...headers], writeBOM: true, rowDelimiter: '\r\n', includeEndRowDelimiter: true, alwaysWriteHeaders: true });
  csv.on('data', (chunk: Buffer) => file.push(chunk));
  return {
    async write(row) {
      const escaped: Row = {};
      for (const h of headers) escaped[h] = escapeCell(row[h]);
      if (!csv.write(escaped)) await once(csv, 'drain');
      await file.flushIfFull();
    },
    async end() {
      const ended = once(csv, 'end');
      csv.end();
      await ended;
      await file.end();
    },
  };
}
