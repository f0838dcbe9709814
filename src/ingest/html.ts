import { createRequire } from 'node:module';
import type { Block, BlockKind } from '../types.js';

// htmlparser2's \`require\` entry, loaded at the first HTML document, not when a thread starts: with
// the entity tables it decodes as it loads (entities), its import was ~45 ms of CPU per worker thread,
// and most archives hold no HTML.
let htmlparser: typeof import('htmlparser2') | undefined;
const parserModule = (): typeof import('htmlparser2') => (htmlparser ??= createRequire(import.meta.url)('htmlparser2') as typeof import('htmlparser2'));

// Page furniture and non-content: everything inside is dropped.
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'head', 'svg', 'iframe', 'object', 'form', 'button', 'select', 'aside', 'canvas']);
// Site banners and footers; inside an article or main they are the posting's own header/footer and kept.
const PAGE_CHROME = new Set(['header', 'footer']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
// Elements that start a new block of text when they open or close.
const BREAKING = new Set([
  'p', 'div', 'section', 'article', 'main', 'blockquote', 'pre', 'address', 'figure', 'figcaption', 'dl', 'dt', 'dd',
  'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'hr', 'body', 'html', 'center',
  'header', 'footer', 'fieldset', 'legend', 'details', 'summary', ...HEADINGS,
]);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr']);

interface ListState {
  ordered: boolean;
  next: number;
}

interface TableState {
  row: number;
  col: number;
  /** Index of the table's first block, and whether the table only lays out the page. */
  firstBlock: number;
  maxCols: number;
  layout: boolean;
}

interface Context {
  kind: BlockKind;
  level?: number;
  marker?: string;
  tag: string;
  /** Table cells: how many columns the cell spans. */
  span?: number;
}

function isHidden(attribs: Record<string, string>): boolean {
  if ('hidden' in attribs || attribs['aria-hidden'] === 'true') return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribs.style ?? '');
}

/**
 * HTML (saved web pages, and DOCX through mammoth): headings, list items (with nesting and
 * ordered-list numbers), paragraphs and table cells become blocks; chrome and scripts go.
 */
export function htmlToBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const open: string[] = [];
  const lists: ListState[] = [];
  const tables: TableState[] = [];
  const contexts: Context[] = [];
  let skipDepth = 0;
  let pre = 0;
  let text = '';

  const cellOf = (): Pick<Block, 'row' | 'col'> => {
    const t = tables[tables.length - 1];
    return t && t.row >= 0 && contexts.some((c) => c.tag === 'td' || c.tag === 'th') ? { row: t.row, col: t.col } : {};
  };

  // Old pages lay themselves out with tables (one column, or headings and tables inside cells):
  // their cells are ordinary text, not a grid of roles.
  const owner = new Map<Block, TableState>();
  const unTable = (table: TableState) => {
    for (let i = table.firstBlock; i < blocks.length; i++) {
      const b = blocks[i];
      if (owner.get(b) !== table) continue;
      delete b.row;
      delete b.col;
      if (b.kind === 'table-cell') b.kind = 'paragraph';
    }
  };

  const flush = () => {
    // &nbsp; is layout, not content: it folds like any other space.
    const spaced = text.replace(/\u00A0/g, ' ');
    const cleaned = pre ? spaced.replace(/^\n+|\s+$/g, '') : spaced.replace(/[ \t\n\f\r]+/g, ' ').trim();
    // <br> leaves "\n" markers (U+2028 while collecting, so whitespace folding keeps them).
    const value = cleaned.replace(/ *\u2028 */g, '\n').replace(/^\n+|\n+$/g, '');
    text = '';
    if (!value.trim()) return;
    const ctx = contexts[contexts.length - 1];
    const block: Block = { kind: ctx?.kind ?? 'paragraph', text: value };
    if (ctx?.level !== undefined) block.level = ctx.level;
    if (ctx?.marker !== undefined) {
      block.marker = ctx.marker;
      // A list item's marker belongs to its first block only.
      ctx.marker = undefined;
    }
    const cell = cellOf();
    if (cell.row !== undefined) owner.set(block, tables[tables.length - 1]);
    Object.assign(block, cell);
    blocks.push(block);
  };

  const parser = new (parserModule().Parser)(
    {
      onopentag(name, attribs) {
        if (!VOID.has(name)) open.push(name);
        if (skipDepth > 0) {
          if (!VOID.has(name)) skipDepth++;
          return;
        }
        const chrome = PAGE_CHROME.has(name) && !open.slice(0, -1).some((t) => t === 'article' || t === 'main');
        if (DROPPED.has(name) || chrome || isHidden(attribs)) {
          if (!VOID.has(name)) skipDepth = 1;
          return;
        }
        if (name === 'br') {
          text += '\u2028';
          return;
        }
        if (BREAKING.has(name)) flush();
        if (name === 'pre') pre++;
        if (name === 'ul' || name === 'ol' || name === 'menu') {
          const start = Number.parseInt(attribs.start ?? '1', 10);
          lists.push({ ordered: name === 'ol', next: Number.isFinite(start) ? start : 1 });
        } else if (name === 'li') {
          const list = lists[lists.length - 1];
          let marker: string | undefined;
          if (list?.ordered) {
            const value = Number.parseInt(attribs.value ?? '', 10);
            if (Number.isFinite(value)) list.next = value;
            marker = `${list.next++}.`;
          }
          contexts.push({ kind: 'list-item', level: Math.max(1, lists.length), marker, tag: name });
        } else if (HEADINGS.has(name)) {
          if (tables.length && contexts.some((c) => c.tag === 'td' || c.tag === 'th')) tables[tables.length - 1].layout = true;
          contexts.push({ kind: 'heading', level: Number(name[1]), tag: name });
        } else if (name === 'table') {
          // A table inside a table makes the outer one a layout grid.
          if (tables.length) tables[tables.length - 1].layout = true;
          tables.push({ row: -1, col: 0, firstBlock: blocks.length, maxCols: 0, layout: false });
        } else if (name === 'tr') {
          const t = tables[tables.length - 1];
          if (t) {
            t.row++;
            t.col = 0;
          }
        } else if (name === 'td' || name === 'th') {
          // The cell's column is where it starts; colspan moves the next cell along.
          contexts.push({ kind: 'table-cell', tag: name, span: Math.max(1, Number.parseInt(attribs.colspan ?? '1', 10) || 1) });
        }
      },
      ontext(data) {
        if (skipDepth > 0) return;
        text += data;
      },
      onclosetag(name) {
        if (!VOID.has(name)) {
          const idx = open.lastIndexOf(name);
          if (idx >= 0) open.splice(idx);
        }
        if (skipDepth > 0) {
          if (!VOID.has(name)) skipDepth--;
          return;
        }
        if (BREAKING.has(name)) flush();
        if (name === 'pre') pre = Math.max(0, pre - 1);
        if (name === 'ul' || name === 'ol' || name === 'menu') lists.pop();
        else if (name === 'table') {
          const table = tables.pop();
          if (table && (table.layout || table.maxCols <= 1)) unTable(table);
        }
        else if (name === 'li' || HEADINGS.has(name) || name === 'td' || name === 'th') {
          const idx = contexts.map((c) => c.tag).lastIndexOf(name);
          if (idx >= 0) {
            const ctx = contexts[idx];
            if ((name === 'td' || name === 'th') && tables.length) {
              const t = tables[tables.length - 1];
              t.col += ctx.span ?? 1;
              t.maxCols = Math.max(t.maxCols, t.col);
            }
            contexts.splice(idx);
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks;
}

/** Signals that decoded text is an HTML document rather than text that happens to hold a tag. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (/^<!doctype html|^<html[\s>]|^<\?xml[^>]*>\s*<(!doctype html|html)/.test(head)) return true;
  if (!head.startsWith('<')) return false;
  return /<(html|head|body|div|p|h[1-6]|ul|ol|table|article|section|main|meta|title)[\s>/]/.test(head);
}
