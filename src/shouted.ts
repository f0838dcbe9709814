/**
 * Whether a text is typed in capitals ("TRAINED B.ED GRADUATE WITH MINIMUM OF 3 YEARS …"): at least three words
 * of three capitals or more (and nothing else), and three capitals or more to each lower-case letter. In such a
 * text every word is capitalised, so capitals tell neither a heading nor a name. One pass over the characters
 * (three regexes over a whole posting cost a second per 1,500 postings).
 */
export function isShouted(text: string): boolean {
  let upper = 0;
  let lower = 0;
  let shouted = 0;
  // The current word: its capitals, and whether anything else (a lower-case letter, a digit) is in it.
  let capitals = 0;
  let mixed = false;
  for (let i = 0; i <= text.length; i++) {
    const kind = i < text.length ? kindOf(text, i) : OTHER;
    if (kind === UPPER) {
      upper++;
      capitals++;
    } else if (kind === LOWER || kind === DIGIT) {
      if (kind === LOWER) lower++;
      mixed = true;
    } else {
      if (capitals >= 3 && !mixed) shouted++;
      capitals = 0;
      mixed = false;
    }
  }
  return shouted >= 3 && lower * 3 < upper;
}

const OTHER = 0;
const UPPER = 1;
const LOWER = 2;
const DIGIT = 3;

function kindOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? UPPER : c >= 97 && c <= 122 ? LOWER : c >= 48 && c <= 57 ? DIGIT : OTHER;
  const ch = text[i];
  if (ch !== ch.toLowerCase()) return UPPER;
  if (ch !== ch.toUpperCase()) return LOWER;
  return /[\p{L}\p{N}]/u.test(ch) ? DIGIT : OTHER;
}
