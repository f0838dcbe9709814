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

function joinSegments(parts: PdfSegment[]): string {
  return parts.map((p) => p.text).join(' ').replace(/\s+/g, ' ').trim();
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
      if (seg && gap > CELL_GAP * size) {
        segments.push(seg);
        cellParts.push(seg);
        cells.push({ x: cellStart, right: seg.right, text: joinSegments(cellParts) });
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
      cells.push({ x: cellStart, right: seg.right, text: joinSegments(cellParts) });
    }
    for (const s of segments) s.text = s.text.replace(/\s+/g, ' ').trim();
    const text = joinSegments(segments);
    if (!text) continue;
    lines.push({ page, y: row[0].y, x: segments[0].x, right: segments[segments.length - 1].right, size, text, segments, cells });
  }
  return lines;
}
