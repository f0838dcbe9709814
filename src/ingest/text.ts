import { ENDS_IN_EXAMPLE_CUE } from '../example-cue.js';
import type { Block } from '../types.js';
import { append } from '../append.js';

// A marker the writer clearly meant as a list bullet or number, followed by the item text.
const BULLET = /^([-*•·◦▪●‣–])\s+(\S.*)$/u;
const NUMBERED = /^((?:\d{1,3}\.){1,4}\d{0,3}|\d{1,3}\)|\(\d{1,3}\)|[a-z]\))\s+(\S.*)$/u;

export interface ListMarker {
  marker: string;
  text: string;
  /** Depth implied by the marker itself ("3.1" is one level below "3."). */
  depth: number;
}

export function parseListMarker(line: string): ListMarker | undefined {
  const bullet = BULLET.exec(line);
  if (bullet) return { marker: bullet[1], text: bullet[2], depth: 1 };
  const numbered = NUMBERED.exec(line);
  if (!numbered) return undefined;
  const marker = numbered[1];
  // "2024." or "10.5" followed by text is more often a year or a figure than a list number.
  if (/^\d+\.\d+$/.test(marker) && !/^\d{1,2}\.\d{1,2}$/.test(marker)) return undefined;
  const parts = marker.replace(/\.$/, '').split('.').filter(Boolean);
  return { marker, text: numbered[2], depth: /^\d/.test(marker) ? parts.length : 1 };
}

function indentWidth(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ') width += 1;
    else if (ch === '\t') width += 4;
    else break;
  }
  return width;
}

function tabCount(line: string): number {
  let n = 0;
  for (const ch of line) if (ch === '\t') n++;
  return n;
}

// "|---|:---:|", a Markdown table's rule under its header.
const PIPE_RULE = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?)?\s*$/;

/** The cells of a line with two or more pipes ("Criteria | Essential | Desirable", "| a | b |", "HCPC | E |"), else none. */
function pipeCells(line: string): string[] | null {
  let pipes = 0;
  for (const ch of line) if (ch === '|') pipes++;
  return pipes >= 2 ? line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|') : null;
}

const tableLine = (line: string): boolean => tabCount(line) >= 2 || PIPE_RULE.test(line) || pipeCells(line) !== null;

/**
 * Lines [i, end) that form a table: 2+ consecutive lines with 2+ tabs or 2+ pipes each
 * (a person specification's "Criteria | Essential | Desirable | How assessed" exported as text).
 */
function tableRunEnd(lines: string[], i: number): number {
  let end = i;
  while (end < lines.length && tableLine(lines[end])) end++;
  return end - i >= 2 ? end : i;
}

/**
 * Paragraph blocks that are lines of a tab-separated table (2+ consecutive blocks with 2+ tabs
 * each: a text table pasted into Word, a comparison table saved as text) become its cells.
 */
export function tabTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    let end = i;
    while (end < blocks.length && blocks[end].kind === 'paragraph' && !blocks[end].text.includes('\n') && tabCount(blocks[end].text) >= 2) end++;
    if (end - i < 2) {
      out.push(blocks[i]);
      continue;
    }
    append(out, tableCells(blocks.slice(i, end).map((b) => b.text), blocks[i].page));
    i = end - 1;
  }
  return out;
}

function tableCells(lines: string[], page: number | undefined): Block[] {
  const blocks: Block[] = [];
  let row = 0;
  for (const line of lines) {
    if (tabCount(line) < 2 && PIPE_RULE.test(line)) continue;
    const tabs = tabCount(line) >= 2;
    (tabs ? line.split('\t') : (pipeCells(line) ?? [line])).forEach((cell, col) => {
      if (cell.trim() === '') return;
      blocks.push({ kind: 'table-cell', text: tabs ? cell : cell.trim(), row, col, ...(page ? { page } : {}) });
    });
    row++;
  }
  return blocks;
}

/**
 * Plain text: paragraphs are runs of non-blank lines, each line kept raw (the clean stage decides
 * about line joins and artefacts); list markers become structure; tab-separated runs become cells.
 */
export function textToBlocks(text: string): Block[] {
  // A form feed is a page break (pdftotext, print-to-text): blocks keep their page, so that the
  // clean stage can tell running headers and footers (a line at the edge of most pages) from a line
  // used once.
  // Without form feeds, a text export shows its page breaks as runs of blank lines, if at all.
  let pages = text.split('\f');
  if (pages.length === 1) pages = text.split(/\n[ \t]*\n(?:[ \t]*\n)+/);
  if (pages.length > 1) return pages.flatMap((page, i) => pageBlocks(page).map((b) => ({ ...b, page: i + 1 })));
  return pageBlocks(text);
}

function pageBlocks(text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  // Indents of the list markers seen in the current list, outermost first, to derive nesting.
  let listIndents: number[] = [];
  let item: Block | undefined;
  let itemIndent = 0;

  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
    paragraph = [];
  };
  const endItem = () => {
    item = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const tableEnd = tableRunEnd(lines, i);
    if (tableEnd > i) {
      flushParagraph();
      endItem();
      listIndents = [];
      append(blocks, tableCells(lines.slice(i, tableEnd), undefined));
      i = tableEnd - 1;
      continue;
    }
    if (line.trim() === '') {
      flushParagraph();
      endItem();
      continue;
    }
    const indent = indentWidth(line);
    const marker = parseListMarker(line.trim());
    if (marker) {
      flushParagraph();
      while (listIndents.length && listIndents[listIndents.length - 1] > indent) listIndents.pop();
      if (!listIndents.length || listIndents[listIndents.length - 1] < indent) listIndents.push(indent);
      const level = Math.max(listIndents.length, marker.depth);
      item = { kind: 'list-item', text: marker.text, level, marker: marker.marker };
      itemIndent = indent;
      blocks.push(item);
      continue;
    }
    // An indented line right under an item continues it (a wrapped item in a text dump), as does any line after an
    // item that ends in an example's cue.
    if (item && (indent > itemIndent || ENDS_IN_EXAMPLE_CUE.test(item.text))) {
      item.text += '\n' + line.trim();
      continue;
    }
    endItem();
    if (paragraph.length === 0) listIndents = [];
    paragraph.push(line);
  }
  flushParagraph();
  return blocks;
}
