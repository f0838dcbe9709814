import { readFile } from 'node:fs/promises';
import { parseFile } from 'fast-csv';

// openCsv prefixes a cell that a spreadsheet would run as a formula with an apostrophe: undo it.
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/;

/** Streams one of our CSV files back, row by row, as records keyed by header. */
export async function forEachRow(path: string, onRow: (row: Record<string, string>) => void): Promise<string[]> {
  const take = (row: Record<string, string>) => {
    for (const k in row) if (row[k].charCodeAt(0) === 39) row[k] = row[k].replace(ESCAPED_FORMULA, '');
    onRow(row);
  };
  // A file as openCsv writes it is read directly (fast-csv's parser was half the report's time on
  // 5,000 postings); anything else (edited by hand, another tool's) goes through fast-csv as before.
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  const headers = plainHeaders(text);
  if (headers && scanPlain(text, headers.length)) {
    scanPlain(text, headers.length, (cells) => {
      const row: Record<string, string> = {};
      for (let i = 0; i < headers.length; i++) row[headers[i]] = cells[i] ?? '';
      take(row);
    });
    return headers;
  }
  return forEachRowParsed(path, take);
}

/** fast-csv, for any file: records keyed by header, empty rows skipped. */
async function forEachRowParsed(path: string, onRow: (row: Record<string, string>) => void): Promise<string[]> {
  let headers: string[] = [];
  await new Promise<void>((resolve, reject) => {
    parseFile(path, {
      headers: (h) => (headers = h.map((x) => (x ?? '').replace(/^\uFEFF/, ''))),
      ignoreEmpty: true,
    })
      .on('data', onRow)
      .on('error', reject)
      .on('end', () => resolve());
  });
  return headers;
}

/** The header line's names when they are plain (distinct, non-empty, unquoted), else undefined. */
function plainHeaders(text: string): string[] | undefined {
  const end = text.indexOf('\r\n');
  if (end <= 0) return undefined;
  const names = text.slice(0, end).split(',');
  if (names.some((n) => n === '' || /["\r\n]|^\s/.test(n)) || new Set(names).size !== names.length) return undefined;
  return names;
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;
const SPACE = /\s/;

/**
 * The data rows after the header line, in the subset of CSV that openCsv writes, where fast-csv
 * (headers, ignoreEmpty) reads the same cells: every line ends with CRLF; a cell is either unquoted
 * (no quote, CR or LF in it) or quoted from its first character to a closing quote right before a
 * comma or the line's end, with quotes doubled inside; no cell starts with white space (fast-csv
 * skips it before a quote, and drops it when it opens a row); no row has more cells than the header.
 * Rows whose cells are all empty are skipped, as fast-csv's ignoreEmpty does. Returns false, having
 * emitted nothing when `emit` is absent, at the first thing outside that subset.
 */
function scanPlain(text: string, columns: number, emit?: (cells: string[]) => void): boolean {
  let i = text.indexOf('\r\n') + 2;
  const n = text.length;
  while (i < n) {
    const cells: string[] = [];
    let empty = true;
    for (;;) {
      let cell: string;
      if (text.charCodeAt(i) === QUOTE) {
        let j = i + 1;
        let parts = '';
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) return false;
          if (text.charCodeAt(q + 1) === QUOTE) {
            parts += text.slice(j, q + 1);
            j = q + 2;
            continue;
          }
          cell = parts + text.slice(j, q);
          i = q + 1;
          break;
        }
      } else {
        let j = i;
        for (; j < n; j++) {
          const c = text.charCodeAt(j);
          if (c === COMMA || c === CR) break;
          if (c === QUOTE || c === LF) return false;
        }
        cell = text.slice(i, j);
        if (cell !== '' && SPACE.test(cell[0])) return false;
        i = j;
      }
      if (cell !== '') empty = false;
      cells.push(cell);
      if (cells.length > columns) return false;
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === CR && text.charCodeAt(i + 1) === LF) {
        i += 2;
        break;
      }
      return false;
    }
    if (!empty && emit) emit(cells);
  }
  return true;
}
