import type { EditText } from './edit-text.js';
import type { WorkBlock } from './work.js';

/** A break no later rule may rejoin (U+2029 PARAGRAPH SEPARATOR); it becomes a block boundary. */
export const HARD_BREAK = '\u2029';

const BLOCK_TAGS = new Set([
  'p', 'div', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'section',
  'article', 'header', 'footer', 'nav', 'aside', 'main', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'pre', 'figure', 'figcaption', 'form', 'center', 'caption', 'address',
]);
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins',
  'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var',
  'wbr', 'label', 'input', 'button', 'select', 'option', 'textarea', 'meta', 'link', 'o:p', 'html', 'body', 'head',
  'title', 'col', 'colgroup', 'source', 'picture', 'svg', 'path', 'iframe', 'video', 'audio', 'noscript',
]);

const TAG = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?([a-zA-Z][a-zA-Z0-9]*(?::[a-zA-Z]+)?)\b(?:[^<>"']|"[^"]*"|'[^']*')*\/?>/gi;

/**
 * Whether the text marks removed names with capitalized placeholders ("<LOCATION>", "<NAME>"), as
 * anonymized postings do: there "<ADDRESS>" is one of them, not the HTML element.
 */
function usesPlaceholders(text: string): boolean {
  for (const m of text.matchAll(/<([A-Z]{3,})>/g)) {
    const name = m[1].toLowerCase();
    if (!BLOCK_TAGS.has(name) && !INLINE_TAGS.has(name)) return true;
  }
  return false;
}

/**
 * HTML left in text: block tags become breaks (a list item keeps a bullet for bullets.glyph to
 * record), inline tags and comments go. Only real tag names count, so "<5 years>" stays.
 */
export function fixHtmlTags(et: EditText): void {
  // The tail of a tag whose "<" was cut off (a cell boundary split it): `style="…">`.
  if (/="[^"]*"\s*\/?>/.test(et.text)) {
    et.replace(/(?<![<\w-])(?:\b(?:style|class|id|align|width|height|valign|colspan|rowspan|lang|dir|type)="[^"<>]*"\s*)+\/?>/g, 'markup.html-tag', (m, text) => {
      // Inside a whole tag ("<p class=…>") it is the tag rule's.
      const open = text.lastIndexOf('<', m.index);
      return open > text.lastIndexOf('>', m.index) ? null : '';
    });
  }
  if (!et.text.includes('<')) return;
  const placeholders = usesPlaceholders(et.text);
  et.replace(TAG, 'markup.html-tag', (m) => {
    if (m[0].startsWith('<!--') || m[1] !== undefined) return '';
    if (placeholders && /^<[A-Z]+>$/.test(m[0])) return null;
    const name = m[2].toLowerCase();
    const closing = m[0].startsWith('</');
    if (name === 'li') return closing ? HARD_BREAK : `${HARD_BREAK}\u2022 `;
    if (name === 'br') return '\n';
    if (BLOCK_TAGS.has(name)) return HARD_BREAK;
    if (INLINE_TAGS.has(name)) return '';
    return null;
  });
}

/**
 * Tab-separated table remnants: "Label:<TAB>value" reads as one line; other cells become lines of
 * their own; stray tabs at a line's ends go. Markdown table rules ("|---|") go too.
 */
export function fixTable(et: EditText): void {
  const t = et.text;
  if (!t.includes('\t') && !t.includes('|')) return;
  et.replace(/^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-{0,}:?[ \t]*$/gm, 'markup.table', () => '');
  et.replace(/^[ \t]*\|(.*)\|[ \t]*$/gm, 'markup.table', (m) => {
    const cells = m[1].split('|').map((c) => c.trim()).filter((c) => c.length > 0);
    return cells.length >= 2 ? cells.join(HARD_BREAK) : (cells[0] ?? '');
  });
  et.replace(/^\t+|\t+$/gm, 'markup.table', () => '');
  et.replace(/[ ]*\t+[ ]*/g, 'markup.table', (m, text) => {
    const before = text.slice(0, m.index);
    return /:\s*$/.test(before.slice(before.lastIndexOf('\n') + 1)) ? ' ' : HARD_BREAK;
  });
}

/**
 * Markdown remnants: headings (the block becomes a heading), images, links (their text stays),
 * emphasis, inline code, strikethrough, link reference definitions.
 */
export function fixMarkdown(b: WorkBlock): void {
  const et = b.et;
  const t = et.text;
  if (!/[#*_\[\]`~]/.test(t)) return;
  const h = /^(#{1,6})[ \t]+(?=\S)/.exec(t);
  if (h) {
    et.apply([{ start: 0, end: h[0].length, after: '', rule: 'markup.markdown' }]);
    et.replace(/[ \t]+#+[ \t]*$/g, 'markup.markdown', () => '');
    b.kind = 'heading';
    b.level = h[1].length;
  }
  et.replace(/^\[[^\]\n]+\]:[ \t]*\S+.*$/gm, 'markup.markdown', () => '');
  et.replace(/[ \t]*!\[[^\]\n]*\]\([^)\n]*\)/g, 'markup.markdown', () => '');
  et.unwrap(/\[([^\]\n]+)\]\((?:[^)\s]+)(?:[ \t]+"[^"\n]*")?\)/g, 'markup.markdown', 1);
  et.replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, 'markup.markdown', (m) => m[1].replace(/^mailto:/, ''));
  // Emphasis wraps words: "*****" or "__" alone are filler, not emphasis.
  const words = (m: RegExpExecArray): boolean => /[\p{L}\p{N}]/u.test(m[m.length - 1]);
  et.unwrap(/(\*\*|__)(?=[^\s*_])([^\n]*?[^\s*_])\1/g, 'markup.markdown', 2, words);
  et.unwrap(/(?<![\w*])\*(?=[^\s*])([^\n*]*?[^\s*])\*(?![\w*])/g, 'markup.markdown', 1, words);
  et.unwrap(/(?<![\w_])_(?=[^\s_])([^\n_]*?[^\s_])_(?![\w_])/g, 'markup.markdown', 1, words);
  et.unwrap(/~~(?=\S)([^\n]*?\S)~~/g, 'markup.markdown', 1);
  et.unwrap(/`([^`\n]+)`/g, 'markup.markdown', 1);
  // Bold markers left unpaired at a line's ends ("**Job Title :** Account Manager" already paired).
  et.replace(/^\*\*(?=\S)|(?<=\S)\*\*$/gm, 'markup.markdown', () => '');
}
