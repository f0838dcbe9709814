/**
 * Text laid out in two columns side by side, as `pdftotext -layout` and some exports write a
 * two-column page ("- Deliver patient care to        Essential:"): each line holds a piece of the
 * left column, a gutter of spaces, and a piece of the right one. Read line by line, the columns'
 * sentences interleave. A run of such lines is read as the left column, then the right one.
 *
 * A key/value layout ("Salary:          £30,000") or a table is no pair of columns: the left pieces
 * must read as wrapped text (long enough, no labels ending with a colon, no gutter of their own).
 */
import { append } from '../append.js';

/** A gutter: at least three spaces between two pieces of text. */
const GUTTER = /(?<=\S) {3,}(?=\S)/g;
/** Lines with both pieces, at the least, for a run to be columns. */
const MIN_PAIRED = 3;
/** How far the right column's text may start from its edge (a list's indent, a stray space). */
const EDGE_SLACK = 3;

interface Piece {
  left: string;
  right: string;
}

/** The text with each run of two-column lines as its left column, then its right one; how many runs were read so. */
export function readColumns(text: string): { text: string; runs: number } {
  if (!text.includes('   ')) return { text, runs: 0 };
  const lines = text.split('\n');
  const runs = rightEdges(lines).flatMap((edge) => columnRuns(lines, edge));
  if (runs.length === 0) return { text, runs: 0 };
  // The run with the most paired lines wins where runs at different edges overlap.
  runs.sort((a, b) => b.paired - a.paired || a.from - b.from);
  const taken: Run[] = [];
  for (const r of runs) if (!taken.some((t) => r.from < t.to && t.from < r.to)) taken.push(r);
  taken.sort((a, b) => a.from - b.from);
  const out: string[] = [];
  let at = 0;
  for (const r of taken) {
    append(out, lines.slice(at, r.from));
    const left = r.pieces.map((p) => p.left).join('\n').replace(/\n+$/, '');
    const right = r.pieces.map((p) => p.right).join('\n').replace(/^\n+|\n+$/g, '').replace(/\n{3,}/g, '\n\n');
    out.push(left, '', right);
    at = r.to;
  }
  append(out, lines.slice(at));
  return { text: out.join('\n'), runs: taken.length };
}

interface Run {
  from: number;
  to: number;
  pieces: Piece[];
  paired: number;
}

/**
 * The runs of lines that keep to a right column at `edge`: from the first line with text in it to the
 * last, and on over the left column's own lines up to a blank line (a left column longer than the
 * right one), when they read as columns.
 */
function columnRuns(lines: string[], edge: number): Run[] {
  const cuts = lines.map((line) => cut(line, edge));
  const out: Run[] = [];
  let i = 0;
  while (i < lines.length) {
    while (i < lines.length && (cuts[i] === null || cuts[i]!.right === '')) i++;
    if (i === lines.length) break;
    let last = i;
    let j = i;
    while (j < lines.length && cuts[j] !== null) {
      if (cuts[j]!.right !== '') last = j;
      j++;
    }
    let to = last + 1;
    while (to < j && lines[to].trim() !== '') to++;
    const pieces = cuts.slice(i, to) as Piece[];
    const paired = pieces.filter((p) => p.left.trim() !== '' && p.right.trim() !== '');
    if (readsAsColumns(paired)) out.push({ from: i, to, pieces, paired: paired.length });
    i = j;
  }
  return out;
}

/** Right edges tried, the most frequent first: a page has one or two; aligned tables or code may have hundreds. */
const MAX_EDGES = 8;

/** Where a right column may begin: the start of the text after a gutter, on three lines or more. */
function rightEdges(lines: string[]): number[] {
  const counts = new Map<number, number>();
  for (const line of lines) {
    for (const g of line.matchAll(GUTTER)) {
      const edge = g.index + g[0].length;
      counts.set(edge, (counts.get(edge) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([, n]) => n >= MIN_PAIRED)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_EDGES)
    .map(([edge]) => edge);
}

/** One line cut at a right column starting at `edge`, or null when the line runs across it. */
function cut(line: string, edge: number): Piece | null {
  const body = line.trimEnd();
  if (body.length < edge - 1) return { left: body, right: '' };
  const lead = /^ */.exec(body)![0].length;
  if (lead >= edge - 1) return { left: '', right: ' '.repeat(Math.max(0, lead - edge)) + body.slice(lead) };
  for (const g of body.matchAll(GUTTER)) {
    const start = g.index + g[0].length;
    if (start >= edge - 1 && start <= edge + EDGE_SLACK) return { left: body.slice(0, g.index), right: ' '.repeat(Math.max(0, start - edge)) + body.slice(start) };
  }
  return null;
}

/** Wrapped text in both columns: enough lines with both pieces (`paired`), the left ones long, not labels, not cells of a wider table. */
function readsAsColumns(paired: Piece[]): boolean {
  if (paired.length < MIN_PAIRED) return false;
  const lefts = paired.map((p) => p.left.trim());
  const labels = lefts.filter((l) => /:$/.test(l)).length;
  // (A table of three columns or more has gutters in its left piece too: a table, not two columns of text.)
  const tabled = lefts.filter((l) => /\S {3,}\S/.test(l)).length;
  if (tabled * 2 >= paired.length) return false;
  const meanLength = lefts.reduce((n, l) => n + l.length, 0) / lefts.length;
  const wordy = paired.filter((p) => /\p{L}+\s+\p{L}+/u.test(p.right)).length;
  return labels * 2 < paired.length && meanLength >= 20 && wordy * 2 >= paired.length;
}
