import type { CleanBlock, CleanDocument } from '../../src/types.js';

/**
 * A cleaned document from clean lines, the way the clean stage gives it:
 * "# X" heading, "- X" / "  - X" list item (level by indent), "1. X" numbered list item,
 * "A<TAB>B<TAB>C" table row (cells split on " • " into list items of the same cell), anything else a paragraph.
 * Blank lines are dropped.
 */
export function cleanDoc(source: string): CleanDocument {
  const blocks: CleanBlock[] = [];
  let text = '';
  let row = 0;
  const add = (block: Omit<CleanBlock, 'start' | 'end'>) => {
    if (text !== '') text += '\n';
    const start = text.length;
    text += block.text;
    blocks.push({ ...block, start, end: text.length });
  };
  for (const line of source.split('\n')) {
    if (line.trim() === '') continue;
    if (line.includes('\t')) {
      line.split('\t').forEach((cell, col) => {
        const parts = cell.replace(/^\s*•\s+/, '').split(/\s+•\s+/).map((p) => p.trim()).filter((p) => p !== '');
        parts.forEach((p, i) =>
          add({ kind: 'table-cell', text: p, row, col, ...(i > 0 || cell.trim().startsWith('•') ? { marker: '•' } : {}) }),
        );
      });
      row++;
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = /^(#+)\s+(.*)$/.exec(line))) add({ kind: 'heading', text: m[2].trim(), level: m[1].length });
    else if ((m = /^(\s*)[-•]\s+(.*)$/.exec(line))) add({ kind: 'list-item', text: m[2].trim(), level: 1 + Math.floor(m[1].length / 2), marker: '-' });
    else if ((m = /^(\s*)(\d+(?:\.\d+)*[.)])\s+(.*)$/.exec(line))) add({ kind: 'list-item', text: m[3].trim(), level: 1 + Math.floor(m[1].length / 2), marker: m[2] });
    else add({ kind: 'paragraph', text: line.trim() });
  }
  return { text, blocks, fixes: [], language: 'en', warnings: [] };
}
