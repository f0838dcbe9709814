import type { Block } from '../types.js';

/** Signals that a text file is written in Markdown rather than merely containing a dash list. */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, 20_000);
  const headings = (sample.match(/^#{1,6}[ \t]+\S/gm) ?? []).length;
  const strong = (sample.match(/(\*\*|__)[^*_\n]+\1/g) ?? []).length;
  const links = (sample.match(/\[[^\]\n]+\]\([^)\s]+\)/g) ?? []).length;
  const fences = (sample.match(/^```/gm) ?? []).length;
  return headings >= 1 || strong + links + fences >= 2;
}

/** Emphasis, links, code and escapes reduced to the text a reader sees. */
export function inlineText(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=[^\s*_])([^\n]*?[^\s*_])\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=[^\s_])([^_\n]*?[^\s_])_(?!\w)/g, '$1$2')
    .replace(/~~([^~\n]+)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
    .replace(/ {2,}$/gm, '');
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const LIST = /^([ \t]*)([-*+]|\d{1,3}[.)])[ \t]+(.*)$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const FENCE = /^ {0,3}(```|~~~)/;

function indentWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch === '\t' ? 4 : 1;
  return w;
}

function splitRow(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim());
}

export function markdownToBlocks(text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let item: Block | undefined;
  let listIndents: number[] = [];
  let tableRow = -1;

  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: inlineText(paragraph.join('\n')) });
    paragraph = [];
  };
  const closeItem = () => {
    if (item) item.text = inlineText(item.text);
    item = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (FENCE.test(line)) {
      flush();
      closeItem();
      const fence = FENCE.exec(line)![1];
      const code: string[] = [];
      while (++i < lines.length && !lines[i].trimStart().startsWith(fence)) code.push(lines[i]);
      if (code.some((l) => l.trim())) blocks.push({ kind: 'paragraph', text: code.join('\n') });
      continue;
    }
    if (line.trim() === '') {
      flush();
      // A blank line inside a list does not end it; the next non-indented paragraph will.
      if (item) closeItem();
      tableRow = -1;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      closeItem();
      listIndents = [];
      const text = inlineText(heading[2]);
      if (text.trim()) blocks.push({ kind: 'heading', text, level: heading[1].length });
      continue;
    }
    // Setext heading: a paragraph line underlined with === or ---.
    if (paragraph.length === 1 && /^ {0,3}(=+|-+)[ \t]*$/.test(line)) {
      blocks.push({ kind: 'heading', text: inlineText(paragraph[0].trim()), level: line.trim()[0] === '=' ? 1 : 2 });
      paragraph = [];
      continue;
    }
    if (RULE.test(line)) {
      flush();
      closeItem();
      continue;
    }
    if (line.includes('|') && (tableRow >= 0 || (i + 1 < lines.length && TABLE_SEPARATOR.test(lines[i + 1])))) {
      flush();
      closeItem();
      if (TABLE_SEPARATOR.test(line)) continue;
      tableRow++;
      splitRow(line).forEach((cell, col) => {
        if (cell) blocks.push({ kind: 'table-cell', text: inlineText(cell), row: tableRow, col });
      });
      continue;
    }
    const list = LIST.exec(line);
    if (list && list[3].trim()) {
      flush();
      closeItem();
      const indent = indentWidth(list[1]);
      while (listIndents.length && listIndents[listIndents.length - 1] > indent) listIndents.pop();
      if (!listIndents.length || listIndents[listIndents.length - 1] < indent) listIndents.push(indent);
      item = { kind: 'list-item', text: list[3], level: listIndents.length, marker: list[2] };
      blocks.push(item);
      continue;
    }
    const quoted = line.replace(/^ {0,3}>[ \t]?/, '');
    if (item && (indentWidth(/^[ \t]*/.exec(line)![0]) > 0 || paragraph.length === 0)) {
      // Lazy continuation of a list item.
      item.text += '\n' + quoted.trim();
      continue;
    }
    closeItem();
    listIndents = [];
    paragraph.push(quoted);
  }
  flush();
  closeItem();
  return blocks;
}
