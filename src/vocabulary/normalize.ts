// One tokenization for labels and text, so that a label's key and a span of text compare equal
// whenever they differ only in case, hyphens, apostrophes or spacing.

export interface Token {
  /** Lowercased, NFKC, apostrophes dropped. */
  norm: string;
  /** Offsets in the text the token was read from. */
  start: number;
  end: number;
}

// Letters and digits, with inner dots (Node.js, ASP.NET), a leading dot (.NET) and trailing +/#
// (C++, C#) kept; hyphens, slashes and other punctuation separate tokens.
const TOKEN = /(?<![\p{L}\p{N}])\.?[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*[+#]*/gu;
const APOSTROPHE = /['’]/g;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    tokens.push({ norm: m[0].normalize('NFKC').toLowerCase().replace(APOSTROPHE, ''), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** The key a label is indexed under: its normalized tokens joined by one space. */
export function labelKey(label: string): string {
  return tokenize(label)
    .map((t) => t.norm)
    .join(' ');
}
