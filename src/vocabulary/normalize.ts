// One tokenization for labels and text, so that a label's key and a span of text compare equal
// whenever they differ only in case, hyphens, apostrophes or spacing.
import { runEnd, wordAt } from '../word-scan.js';

export interface Token {
  /** Lowercased, NFKC, apostrophes dropped. */
  norm: string;
  /** Offsets in the text the token was read from. */
  start: number;
  end: number;
}

// Letters and digits, with inner dots (Node.js, ASP.NET), a leading dot (.NET) and trailing +/#
// (C++, C#) kept; hyphens, slashes and other punctuation separate tokens. `tokenize` reads exactly
// the matches of this regex, by hand (the matcher tokenizes every sentence of a posting: the
// regex's Unicode classes and match arrays cost more than the lookups that follow).
// const TOKEN = /(?<![\p{L}\p{N}])\.?[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*[+#]*/gu;
const APOSTROPHE = /['’]/g;

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  // Whether the code point before `i` is a letter or digit (the regex's lookbehind).
  let afterWord = false;
  let i = 0;
  while (i < n) {
    const own = wordAt(text, i);
    const c = text.charCodeAt(i);
    const dotted = !afterWord && own === 0 && c === 0x2e && wordAt(text, i + 1) > 0;
    if (afterWord || (own === 0 && !dotted)) {
      afterWord = own > 0;
      i += own > 0 ? own : c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const start = i;
    let end = runEnd(text, dotted ? i + 1 : i);
    for (;;) {
      const s = text.charCodeAt(end);
      if (end < n && (s === 0x27 || s === 0x2019 || s === 0x2e) && wordAt(text, end + 1) > 0) end = runEnd(text, end + 1);
      else break;
    }
    afterWord = true;
    while (end < n && (text.charCodeAt(end) === 0x2b || text.charCodeAt(end) === 0x23)) {
      end++;
      afterWord = false;
    }
    const raw = text.slice(start, end);
    // NFKC leaves ASCII as it is.
    let norm = (isAscii(raw) ? raw : raw.normalize('NFKC')).toLowerCase();
    if (norm.includes("'") || norm.includes('’')) norm = norm.replace(APOSTROPHE, '');
    tokens.push({ norm, start, end });
    i = end;
  }
  return tokens;
}
/** The key a label is indexed under: its normalized tokens joined by one space. */
export function labelKey(label: string): string {
  return tokenize(label)
    .map((t) => t.norm)
    .join(' ');
}
