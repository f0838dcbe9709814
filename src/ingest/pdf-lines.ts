/** One visual line of a PDF page, rebuilt from the text items the PDF draws. */
export interface PdfSegment {
  x: number;
  right: number;
  text: string;
}

export interface PdfLine {
  page: number;
  /** Baseline, in PDF units from the bottom of the page. */
  y: number;
  x: number;
  right: number;
  /** Font size (the text's vertical scale). */
  size: number;
  text: string;
  /** Runs of text separated by small gaps (words, a bullet and its text). */
  segments: PdfSegment[];
  /** Runs separated by gaps wide enough to be table columns. */
  cells: PdfSegment[];
}

export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  lines: PdfLine[];
}

// Gaps are measured in font sizes (ems).
const WORD_GAP = 0.12;
const SEGMENT_GAP = 0.6;
const CELL_GAP = 2.2;
/** A gap that may part two cells of a table whose columns the page's lines align on (see tableColumns). */
const COLUMN_GAP = 0.2;
/** Distance within which two left edges are one (PDF units). */
const EDGE = 1;

// Glyphs that only ever serve as bullets, including the Symbol/Wingdings private-use code points
// Word writes into PDFs.
const BULLET_GLYPH = /^[•·◦▪▫●○■□◆◇►▶➢➤✓✔❖‣⁃∙\u2013\u2014\-*\uF0A7\uF0B7\uF076\uF0D8\uF0FC\uF06E\uF0A8]$/u;
/** A run that is only a list marker ("•", "o", "3.", "b)"): the text after it is its item, not the next cell. */
export const isMarker = (text: string): boolean => BULLET_GLYPH.test(text) || text === 'o' || /^(?:\d{1,3}|[a-z])[.)]$/.test(text);

/**
 * The left edges of a table's columns when its cells sit closer than CELL_GAP ("Qualifications" ends a
 * third of an em before the next column's "Registration with …"): an edge where text starts on three
 * or more of the page's lines, and after other text on the same line on two or more of them; only when
 * two or more edges are (one such edge is a tab stop: "Salary:" / "£30,000").
 */
function tableColumns(rows: PdfItem[][]): number[] {
  const starts: { x: number; mid: boolean }[] = [];
  for (const row of rows) {
    let right = -Infinity;
    let prev = '';
    for (const it of row) {
      if (!it.str.trim()) continue;
      const gap = it.x - right;
      if (right === -Infinity) starts.push({ x: it.x, mid: false });
      else if (gap > COLUMN_GAP * it.size && !isMarker(prev.trim())) starts.push({ x: it.x, mid: true });
      right = Math.max(right, it.x + it.width);
      prev = it.str;
    }
  }
  starts.sort((a, b) => a.x - b.x);
  const columns: number[] = [];
  for (let i = 0; i < starts.length; ) {
    let j = i;
    let mid = 0;
    while (j < starts.length && starts[j].x - starts[i].x <= EDGE) mid += starts[j++].mid ? 1 : 0;
    if (j - i >= 3 && mid >= 2) columns.push(starts[i].x);
    i = j;
  }
  return columns.length >= 2 ? columns : [];
}

function joinSegments(parts: PdfSegment[]): string {
  return parts.map((p) => p.text).join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * A cell from its runs. One that opens with a list marker starts where its text does, as the lines its items wrap onto
 * do, so that a column of bulleted cells is one column.
 */
function cellOf(parts: PdfSegment[], start: number): PdfSegment {
  const x = parts.length > 1 && isMarker(parts[0].text.trim()) ? parts[1].x : start;
  return { x, right: parts[parts.length - 1].right, text: joinSegments(parts) };
}

/** Groups a page's text items into lines (top to bottom), with word, segment and cell breaks. */
export function buildLines(items: PdfItem[], page: number): PdfLine[] {
  const visible = items.filter((it) => it.str.length > 0 && it.size > 0);
  // Top to bottom, then left to right; items within a third of an em vertically share a line.
  visible.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfItem[][] = [];
  for (const it of visible) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - it.y) <= 0.35 * Math.max(row[0].size, it.size)) row.push(it);
    else rows.push([it]);
  }
  const columns = tableColumns(rows);
  const atColumn = (x: number) => columns.some((c) => x >= c - EDGE / 2 && x - c <= EDGE);
  const lines: PdfLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    const size = Math.max(...row.filter((r) => r.str.trim()).map((r) => r.size), 0) || row[0].size;
    const segments: PdfSegment[] = [];
    const cells: PdfSegment[] = [];
    let seg: PdfSegment | undefined;
    let cellParts: PdfSegment[] = [];
    let cellStart = 0;
    let pendingSpace = false;
    for (const it of row) {
      // pdf.js fills a jump between runs with a space item as wide as the jump; the jump is what
      // tells columns apart, so the space only counts as a word break.
      if (!it.str.trim()) {
        pendingSpace = true;
        continue;
      }
      const gap = seg ? it.x - seg.right : 0;
      if (seg && (gap > CELL_GAP * size || (gap > COLUMN_GAP * size && atColumn(it.x) && !isMarker(seg.text.trim())))) {
        segments.push(seg);
        cellParts.push(seg);
        cells.push(cellOf(cellParts, cellStart));
        cellParts = [];
        seg = undefined;
      }
      if (!seg) {
        seg = { x: it.x, right: it.x + it.width, text: it.str };
        if (cellParts.length === 0) cellStart = it.x;
      } else if (gap > SEGMENT_GAP * size) {
        segments.push(seg);
        cellParts.push(seg);
        seg = { x: it.x, right: it.x + it.width, text: it.str };
      } else {
        const space = (gap > WORD_GAP * size || pendingSpace) && !/\s$/.test(seg.text) && !/^\s/.test(it.str) ? ' ' : '';
        seg.text += space + it.str;
        seg.right = Math.max(seg.right, it.x + it.width);
      }
      pendingSpace = false;
    }
    if (seg) {
      segments.push(seg);
      cellParts.push(seg);
      cells.push(cellOf(cellParts, cellStart));
    }
    for (const s of segments) s.text = s.text.replace(/\s+/g, ' ').trim();
    const text = joinSegments(segments);
    if (!text) continue;
    lines.push({ page, y: row[0].y, x: segments[0].x, right: segments[segments.length - 1].right, size, text, segments, cells });
  }
  return lines;
}
