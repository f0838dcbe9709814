import { FileSink } from './file-sink.js';

export type Cell = string | number | undefined | null;
export type Row = Record<string, Cell>;

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection"):
// = + - @, a tab, a carriage return. Compared by character code: a run writes ~2 million cells.
const isFormulaStart = (c: number) => c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;

/** Neutralises formula injection: such a cell is prefixed with an apostrophe, which Excel hides. */
export function escapeCell(value: Cell): string | number {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return value;
  return isFormulaStart(value.charCodeAt(0)) ? `'${value}` : value;
}

/** A row as report/read-csv.ts's forEachRow reads it back from the file: each cell's text by header. */
export type ReadBackRow = Record<string, string>;

/**
 * A file's rows as forEachRow would read them back, kept as they are written. `exact` turns false
 * on a cell fast-csv's parser reads otherwise than written (one of white space only, unquoted: it
 * skips it), so that the reader parses the file instead.
 */
export class ReadBackRows {
  readonly rows: ReadBackRow[] = [];
  exact = true;
}

// forEachRow undoes the formula escape (report/read-csv.ts).
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/;

/**
 * A cell as forEachRow gives it back from the file: written as formatCell writes it (NULs dropped),
 * encoded in UTF-8 (a lone surrogate becomes U+FFFD), unquoted, the formula escape undone.
 */
function readBack(value: string | number, into: ReadBackRows): string {
  let s = typeof value === 'number' ? String(value) : value;
  if (s.includes('\0')) s = s.replace(/\0/g, '');
  if (s && !s.trim() && !NEEDS_QUOTES.test(s) && !s.includes('"')) into.exact = false;
  s = (s as unknown as { toWellFormed(): string }).toWellFormed();
  return s.charCodeAt(0) === 39 ? s.replace(ESCAPED_FORMULA, '') : s;
}

export interface CsvSink {
  write(row: Row): Promise<void>;
  end(): Promise<void>;
}

/** A cell that must be quoted: a quote, the delimiter, a line break, or '|' (fast-csv, which wrote these files first, quotes it too). */
const NEEDS_QUOTES = /[,\r\n|]/;

/** What formatCell changes: a NUL, a quote, or what NEEDS_QUOTES has. Most cells have none: one scan for them. */
const SPECIAL = /[\0",\r\n|]/;

/** One cell as written: NULs dropped; quoted when it holds a quote (doubled), a comma, a line break or '|'. */
function formatCell(value: string | number): string {
  // A number's text has none of those characters.
  if (typeof value === 'number') return String(value);
  if (!SPECIAL.test(value)) return value;
  let s = value;
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
 * header line without a BOM. `readBackRows`, when given, receives each row as forEachRow would read
 * it back from the file (the run's report reads them instead of parsing the file again).
 */
/** What a row's write gives when it waits for nothing. */
const WRITTEN = Promise.resolve();

export function openCsv(path: string, headers: readonly string[], readBackRows?: ReadBackRows): CsvSink {
  const file = new FileSink(path);
  const headerLine = headers.map(formatCell).join(',');
  let rows = 0;
  return {
    // Not async: most rows only add to what is pending, and an async function makes two promises a row.
    write(row) {
      let line = rows++ === 0 ? `\ufeff${headerLine}` : '';
      for (let i = 0; i < headers.length; i++) line += `${i === 0 ? '\r\n' : ','}${formatCell(escapeCell(row[headers[i]]))}`;
      if (readBackRows) {
        const kept: ReadBackRow = {};
        let any = false;
        for (const h of headers) any = (kept[h] = readBack(escapeCell(row[h]), readBackRows)).trim() !== '' || any;
        // A row of white space only is one fast-csv skips (ignoreEmpty).
        if (!any) readBackRows.exact = false;
        readBackRows.rows.push(kept);
      }
      file.push(line);
      return file.flushIfFull() ?? WRITTEN;
    },
    async end() {
      file.push(rows === 0 ? `${headerLine}\r\n` : '\r\n');
      await file.end();
    },
  };
}
