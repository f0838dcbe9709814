import type { Block, BlockKind, CleanBlock, CleanDocument, Fix, Warning } from '../types.js';
import { oneByte } from '../one-byte.js';
import { EditText, type LocalFix } from './edit-text.js';

/** A block while the rules work on it. A removed block stays in place so its removal can be located. */
export interface WorkBlock {
  kind: BlockKind;
  et: EditText;
  page?: number;
  level?: number;
  row?: number;
  col?: number;
  marker?: string;
  /** Leading spaces the source line had (list nesting in plain text). */
  indent?: number;
  language?: string;
  /** Set when a rule removed the block: its removal fix (after = ''). */
  removed?: LocalFix;
}

export interface WorkDoc {
  blocks: WorkBlock[];
  warnings: Warning[];
  /** Ingest's page count, when the format has pages. */
  pages?: number;
}

/**
 * Every block has every field (undefined when unset), set in one order: blocks of one shape keep the
 * rules' property reads monomorphic. (Fields added as rules went gave blocks a dozen shapes, and every
 * `b.removed` / `b.et` in every rule a megamorphic lookup.)
 */
function shaped(b: Omit<WorkBlock, 'et' | 'removed'>, et: EditText): WorkBlock {
  return {
    kind: b.kind,
    et,
    page: b.page,
    level: b.level,
    row: b.row,
    col: b.col,
    marker: b.marker,
    indent: undefined,
    language: undefined,
    removed: undefined,
  };
}

export function workBlock(b: Block): WorkBlock {
  return shaped(b, new EditText(b.text));
}

export function live(doc: WorkDoc): WorkBlock[] {
  return doc.blocks.filter((b) => !b.removed);
}

/** Removes a block from the text, reporting its whole current text under `rule`. */
export function removeBlock(b: WorkBlock, rule: string): void {
  if (b.removed) return;
  b.removed = { rule, before: b.et.text, after: '', start: 0 };
}

/** A copy of `b`'s attributes around new text (used when a block is cut into several). */
export function derive(b: WorkBlock, et: EditText): WorkBlock {
  const d = shaped(b, et);
  d.indent = b.indent;
  d.language = b.language;
  return d;
}

/**
 * Cuts every block at its line breaks: the final text keeps no "\n" inside a block. Blank lines and
 * the whitespace around a line are structure, not text, so they go without a fix.
 */
export function splitLines(b: WorkBlock): WorkBlock[] {
  const text = b.et.text;
  if (!/[\n\u2029]/.test(text) && text === text.trim()) return [b];
  const ranges: [number, number][] = [];
  const indents: number[] = [];
  const re = /[^\n\u2029]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body.length === 0) continue;
    ranges.push([m.index + lead, m.index + lead + body.length]);
    indents.push(m[0].slice(0, lead).replace(/\t/g, '    ').length);
  }
  if (ranges.length === 0) {
    if (b.et.fixes.length === 0) return [];
    return [derive(b, new EditText('', b.et.fixes))];
  }
  return b.et.split(ranges).map((et, i) => {
    const d = derive(b, et);
    if (indents[i] > 0 || b.indent !== undefined) d.indent = indents[i] + (i === 0 ? (b.indent ?? 0) : 0);
    return d;
  });
}

/** Joins the surviving blocks into the CleanDocument, turning every fix offset into a text offset. */
export function materialize(doc: WorkDoc, language: string): CleanDocument {
  const pieces: string[] = [];
  const blocks: CleanBlock[] = [];
  const fixes: Fix[] = [];
  const pendingRemovals: LocalFix[] = [];
  let offset = 0;
  const flat = doc.blocks.flatMap((b) => (b.removed ? [b] : splitLines(b)));
  for (const b of flat) {
    if (b.removed) {
      pendingRemovals.push(b.removed);
      continue;
    }
    if (b.et.text.length === 0) {
      // Emptied by its rules: its fixes (all removals) point where it would have been.
      for (const f of b.et.fixes) pendingRemovals.push({ ...f, after: '' });
      continue;
    }
    if (pieces.length > 0) offset += 1;
    for (const f of pendingRemovals) fixes.push({ ...f, before: f.before.replace(/\u2029/g, '\n'), start: offset });
    pendingRemovals.length = 0;
    const start = offset;
    const text = b.et.text;
    for (const f of b.et.fixes) fixes.push({ rule: f.rule, before: f.before.replace(/\u2029/g, '\n'), after: f.after.replace(/\u2029/g, '\n'), start: start + f.start });
    const cb: CleanBlock = { kind: b.kind, text, start, end: start + text.length };
    if (b.page !== undefined) cb.page = b.page;
    if (b.level !== undefined) cb.level = b.level;
    if (b.row !== undefined) cb.row = b.row;
    if (b.col !== undefined) cb.col = b.col;
    if (b.marker !== undefined) cb.marker = b.marker;
    cb.language = b.language ?? 'und';
    blocks.push(cb);
    pieces.push(text);
    offset += text.length;
  }
  const text = oneByte(pieces.join('\n'));
  for (const cb of blocks) cb.text = text.slice(cb.start, cb.end);
  for (const f of pendingRemovals) fixes.push({ ...f, before: f.before.replace(/\u2029/g, '\n'), start: text.length });
  // A break a rule inserted may have become a block boundary elsewhere (several breaks in a row
  // are one boundary): report it at the boundary, or as removed text where none is left.
  for (const f of fixes) {
    if (f.after.length === 0 || !/^\s+$/.test(f.after) || text.startsWith(f.after, f.start)) continue;
    if (f.start > 0 && text.startsWith(f.after, f.start - 1)) f.start -= 1;
    else f.after = '';
  }
  fixes.sort((a, b) => a.start - b.start);
  return { text, blocks, fixes, language, warnings: doc.warnings };
}
