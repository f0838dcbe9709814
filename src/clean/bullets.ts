import type { WorkBlock } from './work.js';
import { HARD_BREAK } from './markup.js';
import type { EditText } from './edit-text.js';

/**
 * List markers at the start of a line: bullet glyphs (and what is left of them when a Symbol or
 * Wingdings font lost its glyph: "61 ", U+F0B7) and numbering. They become list structure
 * (`kind: 'list-item'`, `marker`, `level`), never text.
 */

/**
 * Bullet glyphs, including Private Use Area glyphs of symbol fonts, and the emoji a social-media posting uses as bullets
 * ("✅ Own …", "👉 3+ years …", "➕ Experience …", "👩‍💻 …": any pictograph, with its modifiers and joined parts).
 */
const GLYPH = /^(?:[\u2022\u25cf\u25aa\u25a0\u25e6\u2023\u2043\u2219\u00b7\u25cb\u25a1\u25ba\u25b8\u25b6\u27a2\u27a4\u2192\u2713\u2714\u2756\u2666\u25c6\u2605\u2606\u2794\u21d2\u00bb\u2013\u2014\u261b\u261e\u276f\u279c\u25b7\u25c9\-*+>]|(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\ufe0f|\u200d\p{Extended_Pictographic})*|[\ue000-\uf8ff]|o(?= ))\ufe0f?[ \t]*/u;
/** "61 ", "183 ", "167 ": the code of a Symbol/Wingdings bullet printed as a number. */
const LOST_GLYPH_CODE = /^(?:61|183|167|216|252|113|118|110|108)[ \t]+(?=\S)/;
const NUMBERING =
  /^(?:(?:\(?(\d{1,3})[.)])|(\d{1,3}(?:\.\d{1,3})+)\.?(?=[ \t]+\p{Lu})|(\d{1,3}(?:\.\d{1,3})+\.)|(?:\(?([a-z])\))|(?:([a-z])\.(?=[ \t]+\p{L}))|(?:\(?(?=[ivx])((?:x{0,3})(?:ix|iv|v?i{0,3}))[.)](?=[ \t]+\p{L}))|(?:((?:X{0,3})(?:IX|IV|V?I{1,3}|V))[.)](?=[ \t]+\p{Lu})))[ \t]+(?=\S)/u;

export interface Marker {
  /** Length of the marker and the spaces after it. */
  length: number;
  marker: string;
  kind: 'glyph' | 'numbering';
  /** Nesting depth the marker itself shows (3.1.2 → 3), when it shows one. */
  depth?: number;
}

/** The list marker a line starts with, if any. `lostCodes` holds the numbers that act as lost glyphs in this document. */
export function detectMarker(line: string, lostCodes?: ReadonlySet<string>): Marker | null {
  const lost = LOST_GLYPH_CODE.exec(line);
  if (lost && (lostCodes === undefined || lostCodes.has(lost[0].trim()))) {
    return { length: lost[0].length, marker: lost[0].trim(), kind: 'glyph' };
  }
  const n = NUMBERING.exec(line);
  if (n && n[0].trim().length > 0) {
    const marker = n[0].trim();
    const dotted = n[2] ?? n[3];
    const depth = dotted ? dotted.replace(/\.$/, '').split('.').length : undefined;
    // "J. R. Smith" style initials are not numbering.
    if (/^[A-Za-z]\.$/.test(marker) && /^[A-Za-z]\.[ \t]+\p{Lu}\./u.test(line)) return null;
    return { length: n[0].length, marker, kind: 'numbering', ...(depth ? { depth } : {}) };
  }
  const g = GLYPH.exec(line);
  if (g && g[0].length > 0) {
    const marker = line[0];
    const rest = line.slice(g[0].length);
    if (rest.length === 0) return null;
    // "-" and "*" need a space after them ("-based", "*required" are not lists); "o" needs a word.
    if ((marker === '-' || marker === '*' || marker === '+' || marker === '>' || marker === '\u2013' || marker === '\u2014') && !/^[-*+>\u2013\u2014][ \t]/.test(line)) return null;
    if (marker === 'o' && !/^o[ \t]+[\p{L}\p{N}(]/u.test(line)) return null;
    return { length: g[0].length, marker, kind: 'glyph' };
  }
  return null;
}

/**
 * Numbers that stand for a lost bullet glyph in this document: a known glyph code ("61") that
 * starts at least two lines, where the numbering would not make sense as a count.
 */
export function lostGlyphCodes(lines: Iterable<string>): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const m = LOST_GLYPH_CODE.exec(line.trimStart());
    if (m) counts.set(m[0].trim(), (counts.get(m[0].trim()) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([k]) => k));
}

/** Strips the marker of a glyph (or numbering) list line, making the block a list item. */
export function stripMarker(b: WorkBlock, want: 'glyph' | 'numbering', lostCodes: ReadonlySet<string>): void {
  if (b.kind === 'heading') return;
  const text = b.et.text;
  const m = detectMarker(text, lostCodes);
  if (!m || m.kind !== want) return;
  let end = m.length;
  // A glyph inside a glyph ("• o Item", from <li> around a typed bullet) is the same item's marker.
  if (want === 'glyph') {
    const inner = detectMarker(text.slice(end), lostCodes);
    if (inner && inner.kind === 'glyph' && inner.length < text.length - end) end += inner.length;
  }
  b.et.apply([{ start: 0, end, after: '', rule: want === 'glyph' ? 'bullets.glyph' : 'bullets.numbering' }]);
  if (b.kind !== 'table-cell') b.kind = 'list-item';
  // A marker nested inside a marker ("• 1. …") is the same item.
  if (b.marker === undefined) b.marker = m.marker;
  if (m.depth !== undefined) b.level = m.depth;
}

/**
 * Inline bullets of a flattened list ("Duties: • Plan • Report", "o Coordinates … o Analyzes …")
 * become separate lines; " o " needs at least two occurrences before capitalized words.
 */
const INLINE_GLYPHS = '\u2022\u25cf\u25aa\u25e6\u261e\uf0b7\uf0a7';
const INLINE_BULLET = new RegExp(`[${INLINE_GLYPHS}]`);
const LEAD_DASH = new RegExp(String.raw`(?<=\S)[ \t]+(?=[-–—][ \t]+\p{L}[^\n\u2029${INLINE_GLYPHS}-]{0,60}[ \t][${INLINE_GLYPHS}][^\n\u2029]*[ \t][${INLINE_GLYPHS}])`, 'gu');
/** A bullet left before a break, and the break. */
const BULLET_BEFORE_BREAK = new RegExp(String.raw`[ \t]*([${INLINE_GLYPHS}])[ \t]*([\u2029\n]+)[ \t]*(?=\S)`, 'g');
const SPACED_BULLET = new RegExp(String.raw` [${INLINE_GLYPHS}] ?\S`);
const BEFORE_SPACED_BULLET = new RegExp(String.raw`(?<=\S)[ \t]+(?=[${INLINE_GLYPHS}][ \t]*\S)`, 'g');
const BEFORE_O_BULLET = new RegExp(String.raw`(?<=[^\s${INLINE_GLYPHS}])[ \t]+(?=o[ \t]+\p{Lu})`, 'gu');
const SPACED_DASH = /[ \t][-–—][ \t]/;
// (Besides the inline bullets, the arrows, check marks and squares lists use: glued, they are no decoration.)
const GLUED_GLYPHS = `${INLINE_GLYPHS}\u27a2\u27a4\u25ba\u2713\u2714\u2756\u25a0\u25a1\u2666\u25cb`;
/** A bullet right after a character of the item before it, before an item's first letter or digit: where a break goes. */
const GLUED_BULLET = new RegExp(`(?<=[^\\s${GLUED_GLYPHS}])([${GLUED_GLYPHS}])[ \\t]*(?=[\\p{L}\\p{N}])`, 'gu');
const GLUED_GLYPH = new RegExp(`[${GLUED_GLYPHS}]`, 'gu');

export function splitInlineBullets(et: EditText): void {
  // A bullet left before a break ("… • <p>Item") belongs to the line after the break; so does a
  // number that starts a line before one ("2) <p>Item").
  // (Each regex only where its bullet or break is: both try every space of the text.)
  if (INLINE_BULLET.test(et.text)) et.replace(BULLET_BEFORE_BREAK, 'bullets.inline', (m) => `${m[2]}${m[1]} `);
  if (et.text.includes('\u2029')) et.replace(
    /(?<=^|[\n\u2029])([ \t]*(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]|\(?[a-z]\)|[\u2022\u25cf\u25aa\u25a0\u25e6\u2023\u2219\u00b7\u25cb\u25a1\u25ba\u25b8\u27a2\u27a4\u2713\u2714\u2756\u25c6\u2013\u2014*+>o-]|[\ue000-\uf8ff]|61))[ \t]*\u2029+[ \t]*(?=\S)/g,
    'bullets.inline',
    (m) => `${m[1]} `,
  );
  // "Receptionist (part-time) - answering calls • booking appointments • …": a dash before the first of a line's
  // inline bullets, a few words from it, opens the list's first item.
  if (INLINE_BULLET.test(et.text) && SPACED_DASH.test(et.text)) et.replace(LEAD_DASH, 'bullets.inline', () => HARD_BREAK);
  const t = et.text;
  if (SPACED_BULLET.test(t)) {
    et.replace(BEFORE_SPACED_BULLET, 'bullets.inline', () => HARD_BREAK);
  }
  // "Requirements:•BA degree in Accounting•3 years …": bullets glued to the item before them (their list's markup
  // stripped), in a text with two or more.
  if ((et.text.match(GLUED_GLYPH)?.length ?? 0) >= 2 && et.text.search(GLUED_BULLET) >= 0) {
    et.replace(GLUED_BULLET, 'bullets.inline', (m) => `${HARD_BREAK}${m[1]} `);
  }
  const o = t.match(/(?:^|[ \t.:;])o[ \t]+\p{Lu}/gu);
  if (o && o.length >= 2) {
    et.replace(BEFORE_O_BULLET, 'bullets.inline', () => HARD_BREAK);
  }
}
