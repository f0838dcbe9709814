import { createRequire } from 'node:module';
import type { EditText } from './edit-text.js';

/**
 * Character-level normalization: what a reader would not notice but analysis would trip over.
 * Each function is one rule; all are safe on text they do not apply to.
 */

/** C0/C1 controls (but tab and newline; carriage returns become newlines) and byte-order marks. */
export function fixControl(et: EditText): void {
  if (et.text.includes('\r')) et.replace(/\r\n?/g, 'characters.control', () => '\n');
  // Both rules below only ever match a control character (one plain pass; the first rule's lookbehind
  // is tried at every position).
  if (!CONTROL.test(et.text)) return;
  // A control character that stood for a space (the separators, a SUB left by a lossy conversion
  // between two words) must not glue the words together: "keeping COGS in\x1acheck".
  et.replace(/(?<=\S)[\u001a\u001c-\u001f](?=\p{L}{2}|\p{Lu}|\d)/gu, 'characters.control', () => ' ');
  et.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\ufffe]+/g, 'characters.control', () => '');
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\ufffe]/;

/** Entities old HTML allowed without their semicolon, and that text still carries that way. */
const BARE_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'AMP', 'LT', 'GT', 'QUOT']);

// entities' \`require\` entry, loaded at the first entity met: it decodes its tables as it loads (~20 ms
// of CPU), at the start of every worker thread when imported, and most postings have no entity.
let entities: typeof import('entities') | undefined;
const decodeHTMLStrict = (s: string): string => (entities ??= createRequire(import.meta.url)('entities') as typeof import('entities')).decodeHTMLStrict(s);

/** HTML entities (all of HTML's named ones), including double-escaped ones ("&amp;amp;"). */
export function fixEntities(et: EditText): void {
  if (!et.text.includes('&')) return;
  for (let round = 0; round < 2; round++) {
    const n = et.replace(/&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|([a-zA-Z][a-zA-Z0-9]{1,31}))(;?)/g, 'characters.entities', (m) => {
      if (m[2] === '' && (m[1] === undefined || !BARE_ENTITIES.has(m[1]))) return null;
      const decoded = decodeHTMLStrict(m[2] === '' ? `${m[0]};` : m[0]);
      // Unknown names stay as they are; so do code points that are not characters.
      if (decoded === m[0] || decoded === `${m[0]};` || decoded === '\ufffd') return null;
      return decoded;
    });
    if (n === 0) break;
  }
}

const LIGATURES: Record<string, string> = {
  '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st',
  '\u0132': 'IJ', '\u0133': 'ij', '\u01c7': 'LJ', '\u01c8': 'Lj', '\u01c9': 'lj', '\u01ca': 'NJ', '\u01cb': 'Nj', '\u01cc': 'nj',
};
export function fixLigatures(et: EditText): void {
  et.replace(/[\ufb00-\ufb06\u0132\u0133\u01c7-\u01cc]/g, 'characters.ligatures', (m) => LIGATURES[m[0]] ?? null);
}

const CJK = /[\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]/;

/**
 * Full-width Latin letters and digits become ASCII; full-width punctuation and the ideographic
 * space only outside CJK text, where they belong.
 */
export function fixWidth(et: EditText): void {
  if (!/[\uff01-\uff5e\u3000]/.test(et.text)) return;
  et.replace(/[\uff01-\uff5e\u3000]+/g, 'characters.width', (m, text) => {
    const run = m[0];
    const prev = text[m.index - 1] ?? '';
    const next = text[m.index + run.length] ?? '';
    const inCjk = CJK.test(prev.replace(/[\uff01-\uff5e\u3000]/, '')) || CJK.test(next.replace(/[\uff01-\uff5e\u3000]/, ''));
    let out = '';
    for (const ch of run) {
      const c = ch.charCodeAt(0);
      const alnum = (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
      if (alnum || !inCjk) out += c === 0x3000 ? ' ' : String.fromCharCode(c - 0xfee0);
      else out += ch;
    }
    return out;
  });
}

/**
 * Non-breaking, thin and other odd spaces become a space; zero-width characters go; runs of spaces
 * collapse; spaces at a line end go. Leading spaces stay: they tell list nesting to later rules.
 */
export function fixSpaces(et: EditText): void {
  et.replace(/[\u200b\u2060\u180e]+/g, 'characters.spaces', () => '');
  // (U+3000, the ideographic space, is fixWidth's: CJK text keeps it.)
  et.replace(/[\u00a0\u2000-\u200a\u202f\u205f]/g, 'characters.spaces', () => ' ');
  if (et.text.includes('  ')) et.replace(/(?<=\S) {2,}(?=\S)/g, 'characters.spaces', () => ' ');
  // (Looked for first: the regex tries every space of the text, and few lines end in one.)
  const t = et.text;
  if (t.includes(' \n') || t.includes('\t\n') || t.endsWith(' ') || t.endsWith('\t')) et.replace(/[ \t]+(?=\n|$)/g, 'characters.spaces', () => '');
}

export function fixSoftHyphen(et: EditText): void {
  if (et.text.includes('\u00ad')) et.replace(/\u00ad+/g, 'characters.soft-hyphen', () => '');
}

export function fixNfc(et: EditText): void {
  const t = et.text;
  // Only text with combining marks or compatibility forms can change.
  if (!/[\u0300-\u036f\u1100-\u11ff\u3099\u309a]/.test(t)) return;
  if (t.normalize('NFC') === t) return;
  et.replace(/\P{M}\p{M}+/gu, 'characters.nfc', (m) => m[0].normalize('NFC'));
}

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'", '\u0060': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
};
const QUOTE_CHARS = /[\u2018\u2019\u201a\u201b\u2032\u00b4\u201c-\u201f\u2033`]/;
/** Typographic quotes become ASCII for analysis (guillemets and CJK corner brackets are left as they are). */
export function fixQuotes(et: EditText): void {
  // (A plain pass first: the regex's lookbehind is tried at every position.)
  if (!QUOTE_CHARS.test(et.text)) return;
  // The backtick's lookbehind is tried at every position: only for a text that has a backtick.
  const re = et.text.includes('`') ? /[\u2018\u2019\u201a\u201b\u2032\u00b4\u201c-\u201f\u2033]|(?<=\w)`(?=\w)/g : /[\u2018\u2019\u201a\u201b\u2032\u00b4\u201c-\u201f\u2033]/g;
  et.replace(re, 'characters.quotes', (m) => QUOTES[m[0]] ?? "'");
}

/** En, em and other dashes become "-"; a spaced dash stays spaced. */
export function fixDashes(et: EditText): void {
  et.replace(/[\u2010-\u2015\u2212\ufe58\ufe63]/g, 'characters.dashes', () => '-');
}
