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

/** A cell that must be quoted: a quote, the delimiter, a line break, or '|' (fast-csv, which wrote these files first, quotes it too). */
const NEEDS_QUOTES = /[,\r\n|]/;

/** One cell as written: NULs dropped; quoted when it holds a quote (doubled), a comma, a line break or '|'. */
function formatCell(value: string | number): string {
  let s = typeof value === 'number' ? String(value) : value;
  if (s.includes('\0')) s = s.replace(/\0/g, '');
  if (s.includes('"')) return `"${s.replace(/"/g, '""')}"`;
  return NEEDS_QUOTES.test(s) ? `"${s}"` : s;
}

/**
 * RFC 4180 CSV (CRLF, quotes where needed) in UTF-8 with a BOM, which Excel needs to read UTF-8 and
 * pandas skips. Rows stream to disk in pieces, so a large file is written with flat memory. The
 * bytes are fast-csv's (headers, writeBOM, CRLF, a CRLF after the last row, headers always), written
 * without its object stream: mentions.csv and roles.csv have hundreds of thousands of rows, and the
 * stream cost a second of the run's single-threaded reduce. As fast-csv, a file with no rows gets its
 * header line without a BOM.
 */
export function openCsv(path: string, headers: readonly string[]): CsvSink {
  const file = new FileSink(path);
  const headerLine = headers.map(formatCell).join(',');
  let rows = 0;
  return {
    async write(row) {
      let line = rows++ === 0 ? `\ufeff${headerLine}` : '';
      for (let i = 0; i < headers.length; i++) line += `${i === 0 ? '\r\n' : ','}${formatCell(escapeCell(row[headers[i]]))}`;
      file.push(line);
      await file.flushIfFull();
    },
    async end() {
      file.push(rows === 0 ? `${headerLine}\r\n` : '\r\n');
      await file.end();
    },
  };
}
