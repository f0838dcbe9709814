// The matches of a regex that names something before a colon ("Job type: …", "Your responsibilities: …"),
// read only around the text's colons. Such a regex, run over a whole block, tries every position of it
// (~20 ns each with its Unicode classes); but a match is a run of the characters its name may have,
// then the colon, so the regex need only be started at the run before each colon.
import { isSpace } from '../word-scan.js';

/**
 * By ASCII code: 1 for a character that can be in the run before a colon (a name's letters, spaces,
 * hyphens …), 0 for one that ends it. Every character past ASCII counts as 1: the run then starts
 * earlier than it must, which costs a little time and changes no match.
 */
export function runChars(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) table[c] = /[A-Za-z\s]/.test(String.fromCharCode(c)) || chars.includes(String.fromCharCode(c)) ? 1 : 0;
  return table;
}

/**
 * What `text.matchAll(re)` gives, for a global regex whose every match is: a run of characters of
 * `run` (see runChars), one colon (":" or "："), then at most white space and one more character
 * (a lookahead). Each colon's run is searched by the regex itself, on the text up to that colon's
 * white space and the character after it, so every match, capture and lookaround is the regex's own.
 */
export function colonMatches(text: string, re: RegExp, run: Uint8Array): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const n = text.length;
  // No match starts before `from`: the end of the previous one, or a colon whose run had none.
  let from = 0;
  // The next colon of each kind at or after c (-1: none left).
  let ascii = text.indexOf(':');
  let wide = text.indexOf('：');
  for (let c = 0; c < n; c++) {
    if (ascii >= 0 && ascii < c) ascii = text.indexOf(':', c);
    if (wide >= 0 && wide < c) wide = text.indexOf('：', c);
    if (ascii < 0 && wide < 0) break;
    c = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    let start = c;
    while (start > from) {
      const ch = text.charCodeAt(start - 1);
      if (ch < 128 && run[ch] === 0) break;
      start--;
    }
    let end = c + 1;
    while (end < n && isSpace(text.charCodeAt(end))) end++;
    re.lastIndex = start;
    const m = re.exec(end < n ? text.slice(0, end + 1) : text);
    re.lastIndex = 0;
    // A match found here ends at this colon: its run has no other.
    if (m !== null && m.index <= c) {
      out.push(m);
      from = m.index + m[0].length;
      c = Math.max(c, from - 1);
    } else {
      from = c + 1;
    }
  }
  return out;
}
