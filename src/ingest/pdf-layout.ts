import { isSubheading } from '../clean/subheading.js';
import type { Block } from '../types.js';
import { documentWords, joinCellLines, joinLines, type DocumentWords } from './hyphenation.js';
import { isMarker, type PdfLine, type PdfPage } from './pdf-lines.js';
import { parseListMarker } from './text.js';
import { append } from '../append.js';

const BULLET_PREFIX = /^([•·◦▪▫●○■□◆◇►▶➢➤✓✔❖‣⁃∙\uF0A7\uF0B7\uF076\uF0D8\uF0FC\uF06E\uF0A8])\s*(\S.*)$/u;

interface Layout {
  bodySize: number;
  /** Usual distance between baselines of one paragraph's lines. */
  lineGap: number;
  /** Right edge of full-width text lines. */
  rightEdge: number;
  words: DocumentWords;
  /** Distinct x positions of list markers, left to right: a marker's index is its nesting level. */
  markerColumns: number[];
  headings: ReadonlySet<string>;
}

interface Marked {
  marker?: string;
  text: string;
  /** Where the item's own text starts, so its wrapped lines can be recognised. */
  textX: number;
}

function splitMarker(line: PdfLine): Marked {
  const [first, second] = line.segments;
  // A bullet drawn as its own glyph, apart from the text: the commonest Word export.
  if (second && isMarker(first.text)) {
    const rest = line.segments.slice(1).map((s) => s.text).join(' ');
    return { marker: first.text, text: rest, textX: second.x };
  }
  const prefixed = BULLET_PREFIX.exec(line.text);
  if (prefixed) return { marker: prefixed[1], text: prefixed[2], textX: line.x + line.size };
  // pdf.js may merge a number drawn apart from its text into one run without a space: "2.Conducts".
  const glued = /^((?:\d{1,3}\.){1,3}|\d{1,3}\))(\p{Lu}\S*(?:\s.*)?)$/u.exec(line.text);
  if (glued) return { marker: glued[1], text: glued[2], textX: line.x + line.size * 1.2 };
  const numbered = parseListMarker(line.text);
  if (numbered) return { marker: numbered.marker, text: numbered.text, textX: line.x + line.size };
  return { text: line.text, textX: line.x };
}

function measure(pages: PdfPage[], headings: ReadonlySet<string>): Layout {
  const lines = pages.flatMap((p) => p.lines);
  const sizeChars = new Map<number, number>();
  for (const l of lines) sizeChars.set(Math.round(l.size * 2) / 2, (sizeChars.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  const bodySize = [...sizeChars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
  const gaps: number[] = [];
  for (const p of pages) {
    for (let i = 1; i < p.lines.length; i++) {
      const a = p.lines[i - 1];
      const b = p.lines[i];
      if (Math.abs(a.size - bodySize) < 0.5 && Math.abs(b.size - bodySize) < 0.5) gaps.push(Math.round((a.y - b.y) * 2) / 2);
    }
  }
  // The tightest spacing that is common is the one inside paragraphs; list items and paragraphs
  // sit further apart.
  const counts = new Map<number, number>();
  for (const g of gaps) if (g > bodySize * 0.8) counts.set(g, (counts.get(g) ?? 0) + 1);
  const common = [...counts].filter(([, n]) => n >= Math.max(2, gaps.length * 0.1)).map(([g]) => g);
  const lineGap = common.length ? Math.min(...common) : Math.min(bodySize * 1.2, ...counts.keys());
  const rights = lines.filter((l) => l.cells.length === 1).map((l) => l.right).sort((a, b) => a - b);
  const rightEdge = rights.length ? rights[Math.floor(rights.length * 0.9)] : 0;
  const markerXs = lines
    .filter((l) => splitMarker(l).marker !== undefined)
    .map((l) => l.x)
    .sort((a, b) => a - b);
  const markerColumns: number[] = [];
  for (const x of markerXs) if (!markerColumns.length || x - markerColumns[markerColumns.length - 1] > 3) markerColumns.push(x);
  return { bodySize, lineGap, rightEdge, words: documentWords(lines.map((l) => l.text)), markerColumns, headings };
}

/** Whether the line ran to the right margin, i.e. it ended because the next word did not fit. */
function wrapped(line: PdfLine, next: PdfLine | undefined, layout: Layout): boolean {
  if (!next) return false;
  // A finished sentence and a line that starts like a new one: a break the clean stage may still
  // join, not a wrap to undo here (a text printed as is fills its lines to any length).
  if (/[.!?:;]$/.test(line.text) && !/^\p{Ll}/u.test(next.text)) return false;
  if (isSubheading(line.text, next.text, layout.headings)) return false;
  const nextWord = next.text.split(' ')[0] ?? '';
  const room = layout.rightEdge - line.right;
  return room < (nextWord.length + 1.5) * 0.55 * line.size;
}

function isHeading(line: PdfLine, layout: Layout): boolean {
  return line.size >= layout.bodySize * 1.1 && line.text.length <= 120 && !/[.;,]$/.test(line.text);
}

function headingLevel(size: number, headingSizes: number[]): number {
  const idx = headingSizes.findIndex((s) => Math.abs(s - size) < 0.5);
  return Math.min(6, (idx < 0 ? headingSizes.length : idx) + 1);
}

interface Open {
  block: Block;
  last: PdfLine;
  textX: number;
  /** Whether the previous line ran to the margin (the paragraph was wrapped, not broken). */
  lastWrapped: boolean;
}

/**
 * Table columns: x starts of the cells of multi-cell lines, merged when within an em; those where two
 * or more lines start a cell, when there are such (a header centred over its column starts nowhere
 * else: it goes to the nearest).
 */
function columnsOf(lines: PdfLine[]): number[] {
  const xs = lines.flatMap((l) => l.cells.map((c) => c.x)).sort((a, b) => a - b);
  const cols: { x: number; n: number }[] = [];
  for (const x of xs) {
    const last = cols[cols.length - 1];
    if (last && x - last.x <= lines[0].size) last.n++;
    else cols.push({ x, n: 1 });
  }
  const shared = cols.filter((c) => c.n >= 2);
  return (shared.length >= 2 ? shared : cols).map((c) => c.x);
}

function columnOf(x: number, cols: number[]): number {
  let best = 0;
  for (let i = 0; i < cols.length; i++) if (Math.abs(cols[i] - x) < Math.abs(cols[best] - x)) best = i;
  return best;
}

/** A run of lines laid out in columns (2+ lines with 2+ wide-gapped cells) becomes table cells. */
function tableBlocks(lines: PdfLine[], layout: Layout): Block[] {
  const cols = columnsOf(lines);
  const cells = new Map<string, { row: number; col: number; text: string; page: number }>();
  let row = -1;
  let prev: PdfLine | undefined;
  // The row's first column's cell so far: a row set apart by space may have it centred on its height, under its other
  // cells' first lines; a narrow column wraps it ("Qualificatio" / "ns", "Knowledge and" / "Skills").
  let first = '';
  // Rows set apart by more than the page's line spacing, or by half as much again as the table's own closest lines
  // (cells centred on a row's height put lines between their neighbours' lines).
  let step = Infinity;
  for (let k = 1; k < lines.length; k++) {
    const d = lines[k - 1].y - lines[k].y;
    if (lines[k - 1].page === lines[k].page && d >= 0.4 * layout.bodySize) step = Math.min(step, d);
  }
  const rowGap = Math.min(layout.lineGap * 1.3, step * 1.5);
  for (const line of lines) {
    const inFirst = columnOf(line.cells[0].x, cols) === 0;
    const spaced = prev !== undefined && prev.page === line.page && prev.y - line.y > rowGap;
    const wraps = !spaced && (/^\p{Ll}/u.test(line.cells[0].text) || /(?:\s(?:and|or|of)|[&,/-])$/.test(first));
    if (row < 0 || spaced || (inFirst && first !== '' && !wraps)) {
      row++;
      first = '';
    }
    if (inFirst) first = line.cells[0].text;
    for (const c of line.cells) {
      const col = columnOf(c.x, cols);
      const k = `${row}:${col}`;
      const cell = cells.get(k);
      if (cell) cell.text = joinCellLines(cell.text, c.text, layout.words);
      else cells.set(k, { row, col, text: c.text, page: line.page });
    }
    prev = line;
  }
  return [...cells.values()]
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((c) => ({ kind: 'table-cell' as const, text: c.text, page: c.page, row: c.row, col: c.col }));
}

function tableRunEnd(lines: PdfLine[], i: number, layout: Layout): number {
  if (lines[i].cells.length < 2) return i;
  const tight = (k: number) => lines[k - 1].page !== lines[k].page || lines[k - 1].y - lines[k].y <= layout.lineGap * 1.5 + 0.5;
  let left = lines[i].x;
  // Where the run's cells start.
  const starts: number[] = [];
  let end = i;
  let multi = 0;
  while (end < lines.length) {
    const line = lines[end];
    const beforeRow = end + 1 < lines.length && lines[end + 1].cells.length >= 2;
    if (line.cells.length >= 2) {
      multi++;
      // (A header centred over its column starts right of the first column's cells.)
      left = Math.min(left, line.x);
      for (const c of line.cells) starts.push(c.x);
      end++;
    } else if (
      (line.x > left + 2 * line.size && (tight(end) || (beforeRow && starts.some((x) => Math.abs(x - line.x) < 3)))) ||
      (/^\p{Ll}/u.test(line.text) && tight(end) && starts.some((x) => Math.abs(x - line.x) < 3))
    ) {
      // Wrapped text inside a cell continues the table on a line of one cell, off the left column (or in any column,
      // going on in lower case: "Personal" / "qualities"); so does a row's first line above its first cell, which is
      // centred on the row's height.
      end++;
    } else if (beforeRow && Math.abs(line.x - left) < 3 && line.text.length < 60 && line.size < layout.bodySize * 1.1) {
      // A one-cell row (a section label) between rows of the table; a heading in a larger size ends it.
      end++;
    } else break;
  }
  return multi >= 2 ? end : i;
}

/**
 * Rebuilds headings, paragraphs, list items and table cells from the visual lines of all pages:
 * wrapped lines are joined (line-end hyphens undone only for real words), hard breaks kept as
 * "\n", bullets kept with their text, and a paragraph running over a page break kept whole.
 */
export function layoutBlocks(pages: PdfPage[], headings: ReadonlySet<string>): Block[] {
  const layout = measure(pages, headings);
  const headingSizes = [...new Set(pages.flatMap((p) => p.lines).filter((l) => isHeading(l, layout)).map((l) => Math.round(l.size * 2) / 2))].sort((a, b) => b - a);
  const blocks: Block[] = [];
  let open: Open | undefined;

  const close = () => {
    open = undefined;
  };

  // One sequence over all pages, so paragraphs and tables can run across a page break.
  const lines = pages.flatMap((p) => p.lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const tableEnd = tableRunEnd(lines, i, layout);
    if (tableEnd > i) {
      close();
      append(blocks, tableBlocks(lines.slice(i, tableEnd), layout));
      i = tableEnd - 1;
      continue;
    }
    const samePage = open?.last.page === line.page;
    const gap = open && samePage ? open.last.y - line.y : 0;
    const tight = open !== undefined && (samePage ? gap <= layout.lineGap * 1.3 + 0.5 : open.lastWrapped);
    if (isHeading(line, layout)) {
      if (open?.block.kind === 'heading' && tight && Math.abs(open.last.size - line.size) < 0.5) {
        open.block.text = joinLines(open.block.text, line.text, layout.words);
        open.last = line;
        continue;
      }
      const block: Block = { kind: 'heading', text: line.text, page: line.page, level: headingLevel(Math.round(line.size * 2) / 2, headingSizes) };
      blocks.push(block);
      open = { block, last: line, textX: line.x, lastWrapped: false };
      continue;
    }
    const marked = splitMarker(line);
    if (marked.marker !== undefined) {
      const level = Math.max(1, layout.markerColumns.findIndex((x) => Math.abs(x - line.x) <= 3) + 1);
      const block: Block = { kind: 'list-item', text: marked.text, page: line.page, level, marker: marked.marker };
      blocks.push(block);
      open = { block, last: line, textX: marked.textX, lastWrapped: wrapped(line, lines[i + 1], layout) };
      continue;
    }
    const sameSize = open !== undefined && Math.abs(open.last.size - line.size) < 0.5;
    if (open && open.block.kind !== 'heading' && tight && sameSize) {
      // An item's next line lines up with its text; or, where the item ran to the margin and the
      // wrap has no hanging indent (a text file printed as is), it starts under the marker.
      const continuesItem = open.block.kind === 'list-item' ? Math.abs(line.x - open.textX) <= 3 || line.x > open.textX || open.lastWrapped : true;
      // A first-line indent after a line that ended short starts a new paragraph.
      const indented = open.block.kind === 'paragraph' && line.x - open.last.x > line.size && !open.lastWrapped;
      const startsLower = /^\p{Ll}/u.test(line.text);
      if (continuesItem && !indented && (samePage || startsLower || open.lastWrapped)) {
        open.block.text = open.lastWrapped ? joinLines(open.block.text, line.text, layout.words) : `${open.block.text}\n${line.text}`;
        open.last = line;
        open.lastWrapped = wrapped(line, lines[i + 1], layout);
        continue;
      }
    }
    const block: Block = { kind: 'paragraph', text: line.text, page: line.page };
    blocks.push(block);
    open = { block, last: line, textX: line.x, lastWrapped: wrapped(line, lines[i + 1], layout) };
  }
  return blocks;
}
