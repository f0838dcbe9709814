// How damaged a word reads, the ftfy way: a mojibake repair is kept only where it lowers this score.
// Clean Greek, Cyrillic or accented Latin text scores 0, so it is never "repaired".
const ODD_SYMBOLS = new Set(
  '€‚ƒ„†‡ˆ‰‹›™¢£¤¥¦§¨©ª¬®¯°±²³´µ¶·¸¹º¼½¾¿¡˜\u00ad΅΄\ufffd'.split(''),
);
/** Windows-1252's characters for bytes 0x80-0x9f that are punctuation: UTF-8 continuation bytes when they follow a lead. */
const CP1252_PUNCTUATION = new Set('‘’“”•–—…™˜‚„†‡‰‹›'.split(''));
/** Cyrillic letters outside Russian, Ukrainian and Belarusian: common in cp1251 mojibake. */
const RARE_CYRILLIC = /[\u0400\u0402-\u0403\u0405\u0408-\u040d\u040f\u0450\u0452-\u0453\u0455\u0458-\u045d\u045f]/;
const GREEK_ACCENTED_CAPITAL = /[\u0386\u0388-\u038a\u038c\u038e\u038f]/;
/**
 * Letters almost no running text uses (Latin Extended-B and IPA but Romanian and Vietnamese ones,
 * archaic Greek, historic Cyrillic): a decoding that produces them is wrong.
 */
const RARE_LETTER = /[\u0138\u0180-\u019f\u01a2-\u01ae\u01b1-\u0217\u021c-\u02ff\u0370-\u0373\u0376-\u037f\u03cf-\u03ff\u0460-\u052f]/;

type Script = 0 | 1 | 2 | 3 | 4 | 5; // none, Latin, Greek, Cyrillic, Armenian, Hebrew

function scriptOf(c: number): Script {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) return 1;
  if (c >= 0x370 && c <= 0x3ff) return 2;
  if (c >= 0x400 && c <= 0x52f) return 3;
  if (c >= 0x530 && c <= 0x58f) return 4;
  if (c >= 0x590 && c <= 0x5ff) return 5;
  return 0;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
export const LETTER = /\p{L}/u;
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER.test(ch);
}

export function badness(s: string): number {
  let score = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      // An ASCII letter right after a Greek or Cyrillic one ("ΓΊs", "Гєltim") mixes scripts too.
      if (i > 0 && s.charCodeAt(i - 1) >= 0x370 && scriptOf(s.charCodeAt(i - 1)) > 1 && scriptOf(c) === 1) score += 2;
      continue;
    }
    if (c >= 0x80 && c <= 0x9f) {
      score += 2;
      continue;
    }
    // A replacement character is damage wherever it stands.
    if (c === 0xfffd) {
      score += 2;
      continue;
    }
    if (ODD_SYMBOLS.has(ch)) {
      if (isLetter(s[i - 1]) || isLetter(s[i + 1])) score += 1;
      continue;
    }
    if (RARE_CYRILLIC.test(ch)) score += 1;
    // A lone Greek or Cyrillic letter against a typographic mark ("Β•A", ",В”"): the UTF-8 lead
    // byte of a punctuation mark, as Windows-1253 and -1251 read it; a one-letter word stands apart.
    if (c >= 0x370 && c <= 0x52f && !isLetter(s[i - 1]) && !isLetter(s[i + 1]) && (CP1252_PUNCTUATION.has(s[i - 1]) || CP1252_PUNCTUATION.has(s[i + 1]))) score += 1;
    if (RARE_LETTER.test(ch)) score += 2;
    const prev = s[i - 1];
    // A combining mark after a space or symbol has nothing to combine with.
    if (c >= 0x300 && c <= 0x36f && !isLetter(prev)) score += 2;
    if (prev !== undefined && isLetter(prev)) {
      const sp = scriptOf(prev.charCodeAt(0));
      const sc = scriptOf(c);
      if (sp !== 0 && sc !== 0 && sp !== sc) score += 2;
      if (isLower(prev) && isUpper(ch)) score += 1;
      // "ΞΊ": an accented capital after Ξ only happens when UTF-8 Greek went through Windows-1253.
      if (prev === '\u039e' && GREEK_ACCENTED_CAPITAL.test(ch)) score += 1;
    }
    // "Â" or "Ã" standing alone: what is left of a UTF-8 sequence whose second byte became a space.
    if ((c === 0xc2 || c === 0xc3) && !isLetter(s[i + 1]) && (prev === undefined || !isLetter(prev) || c === 0xc3)) score += 1;
    // An accented capital or â..ô followed by a Latin-1 symbol or C1 character: UTF-8 lead + continuation.
    if (((c >= 0xc0 && c <= 0xdf) || (c >= 0xe2 && c <= 0xf4)) && i + 1 < s.length) {
      const n = s.charCodeAt(i + 1);
      if ((n >= 0x80 && n <= 0xbf) || ODD_SYMBOLS.has(s[i + 1]) || CP1252_PUNCTUATION.has(s[i + 1])) score += 1;
    }
  }
  return score;
}
