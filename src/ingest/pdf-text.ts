import { isSubheading } from '../clean/subheading.js';
import type { PdfItem } from './pdf-lines.js';

/**
 * A PDF that is a text file printed as is (LibreOffice, a browser or a2ps printing a .txt: one
 * monospaced font at one size) is read back as that text file: its lines rebuilt from the
 * character grid, wrapped lines joined where the next word could not have fitted, tabs told from
 * spaces by where the next run starts, blank lines from the vertical gaps. The text then goes
 * through the same reading as a .txt, so a tab-separated table or a "- " list reads as it does in
 * the text: geometry alone cannot rebuild the columns of a table whose rows wrap across the page.
 */

export interface PrintedItem extends PdfItem {
  /** The font is monospaced (pdf.js's fontFamily for it is "monospace"). */
  mono: boolean;
}

// Positions are compared in characters: a run starts on the grid to within a twentieth of one.
const ON_GRID = 0.05;
// LibreOffice's default tab stops, 1.25 cm, when the document shows none to measure.
const DEFAULT_TAB = 35.43;

interface Row {
  y: number;
  items: PrintedItem[];
}

function rowsOf(items: PrintedItem[]): Row[] {
  const sorted = items.filter((it) => it.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const it of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.y - it.y) <= 0.35 * it.size) row.items.push(it);
    else rows.push({ y: it.y, items: [it] });
  }
  for (const r of rows) r.items.sort((a, b) => a.x - b.x);
  return rows.filter((r) => r.items.some((it) => it.str.trim()));
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v * 100) / 100, (counts.get(Math.round(v * 100) / 100) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** The document's text if it is a monospaced print of a text file, else null. */
export function printedText(pages: PrintedItem[][], headings: ReadonlySet<string>): string | null {
  const all = pages.flat().filter((it) => it.str.trim());
  if (all.length === 0 || !all.every((it) => it.mono) || new Set(all.map((it) => Math.round(it.size * 10))).size !== 1) return null;
  const cw = mode(all.map((it) => it.width / it.str.length));
  // Every run of a monospaced print is as wide as its characters.
  if (cw <= 0 || !all.every((it) => Math.abs(it.width - cw * it.str.length) <= cw * 0.1)) return null;
  const pageRows = pages.map(rowsOf);
  const rows = pageRows.flat();
  const left = Math.min(...rows.map((r) => r.items[0].x));
  const right = Math.max(...rows.map((r) => r.items[r.items.length - 1].x + r.items[r.items.length - 1].width));
  const col = (x: number) => (x - left) / cw;
  const onGrid = (x: number) => Math.abs(col(x) - Math.round(col(x))) < ON_GRID;
  // Tab stops: the nearest off-grid start to the margin, which later stops are multiples of.
  const offGrid = rows.flatMap((r) => r.items.filter((it) => it.str.trim() && !onGrid(it.x)).map((it) => it.x - left));
  const stops = offGrid.filter((d) => d > cw);
  const tab = stops.length ? Math.min(...stops) : DEFAULT_TAB;
  const nextStop = (x: number) => left + (Math.floor((x - left) / tab + 1e-6) + 1) * tab;

  const textOf = (row: Row): string => {
    let out = '';
    let at = left;
    for (const it of row.items) {
      if (!it.str.trim()) continue;
      const gap = it.x - at;
      // A jump to a position off the character grid is a tab (one per stop passed); on the grid, spaces.
      if (gap > cw * ON_GRID) {
        if (onGrid(it.x)) out += ' '.repeat(Math.max(1, Math.round(gap / cw)));
        else out += '\t'.repeat(Math.max(1, Math.round((it.x - left) / tab) - Math.floor((at - left) / tab + 1e-6)));
      }
      out += it.str;
      at = it.x + it.width;
    }
    return out;
  };
  const rightOf = (row: Row) => row.items[row.items.length - 1].x + row.items[row.items.length - 1].width;
  // The row below continues this one when what it starts with could not have fitted after it.
  const wraps = (row: Row, next: Row): boolean => {
    const first = next.items.find((it) => it.str.trim())!;
    if (Math.abs(first.x - left) < cw * ON_GRID) {
      const word = first.str.trimStart().split(/\s/)[0];
      // A finished sentence before a line that starts like a new one: the text's own line break
      // as often as a wrap, and a break the clean stage may still join.
      if (/[.!?]$/.test(row.items[row.items.length - 1].str) && !/^\p{Ll}/u.test(word)) return false;
      return rightOf(row) + cw * (1 + word.length) > right + cw * ON_GRID;
    }
    return !onGrid(first.x) && nextStop(rightOf(row)) > right + cw * ON_GRID;
  };
  const pitch = mode(pageRows.flatMap((rs) => rs.slice(1).map((r, i) => rs[i].y - r.y)));

  const lines: string[] = [];
  // A tab-separated table's rows have at most as many cells as its widest row so far: a row that
  // would get more by taking in the next one ended where the page shows its end.
  let widest = 0;
  const tabs = (t: string) => t.split('\t').length - 1;
  let prev: Row | undefined;
  for (const rs of pageRows) {
    rs.forEach((row, i) => {
      const text = textOf(row);
      const last = lines[lines.length - 1] ?? '';
      // A blank line between them is the text's own break: a wrap leaves none ("records" / "" / "Desirable").
      const blank = i > 0 && pitch > 0 && rs[i - 1].y - row.y > pitch * 1.5;
      if (prev && !blank && wraps(prev, row) && !isSubheading(last, text.trim(), headings) && !(tabs(last) > 0 && tabs(text) > 0 && tabs(last) + tabs(text) > widest)) {
        // A line broken after a hyphen ("sector-" / "[REDACTED]") was broken inside one word.
        const glued = text.startsWith('\t') || /\p{L}-$/u.test(last);
        lines[lines.length - 1] += (glued ? '' : ' ') + text.replace(/^ +/, '');
      } else {
        // Blank lines of the text are the empty line heights between rows (within a page).
        // (A page break shows none: the text's blank lines there are not known.)
        if (i > 0 && pitch > 0) for (let k = Math.round((rs[i - 1].y - row.y) / pitch) - 1; k > 0; k--) lines.push('');
        lines.push(text);
      }
      widest = Math.max(widest, tabs(lines[lines.length - 1]));
      prev = row;
    });
  }
  return lines.join('\n');
}
