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

// A cell is quoted when it holds a comma, a line break or (as fast-csv, which wrote these files
// first, did) a '|'; one holding a quote has its quotes doubled.
const QUOTE_NEEDED = /[,\r\n|]/;

function field(value: string | number): string {
  let text = typeof value === 'number' ? String(value) : value;
  if (text.includes('\0')) text = text.replace(/\0/g, '');
  if (text.includes('"')) return `"${text.replace(/"/g, '""')}"`;
  return QUOTE_NEEDED.test(text) ? `"${text}"` : text;
}

/**
 * RFC 4180 CSV (CRLF, quotes where needed) in UTF-8 with a BOM, which Excel needs to read UTF-8 and
 * pandas skips. Rows stream to disk in pieces, so a large file is written with flat memory. The
 * bytes are those fast-csv wrote (a file with no rows has its header line and no BOM), made here
 * in one string per row: its stream of objects cost 0.1 ms per row, a second per run on the
 * mention files.
 */
export function openCsv(path: string, headers: readonly string[]): CsvSink {
  const file = new FileSink(path);
  const headerLine = `${headers.map(field).join(',')}\r\n`;
  let rows = 0;
  return {
    async write(row) {
      if (rows++ === 0) file.push(`\uFEFF${headerLine}`);
      let line = '';
      for (let i = 0; i < headers.length; i++) line += (i ? ',' : '') + field(escapeCell(row[headers[i]]));
      file.push(`${line}\r\n`);
      await file.flushIfFull();
    },
    async end() {
      if (rows === 0) file.push(headerLine);
      await file.end();
    },
  };
}
