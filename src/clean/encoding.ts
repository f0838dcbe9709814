import iconv from 'iconv-lite';
import type { Edit, EditText } from './edit-text.js';
import { badness, isLetter, LETTER } from './mojibake-badness.js';

/**
 * Mojibake: UTF-8 bytes that were decoded with a single-byte code page. We look for characters
 * whose code-page bytes form a valid UTF-8 sequence, decode them, and keep the result only where a
 * word becomes cleaner (the ftfy approach: a fix must lower a "badness" score). Clean Greek,
 * Cyrillic or accented Latin text has no such badness, so it is left alone.
 */

type Table = Map<string, number>;

interface CodePage {
  name: string;
  table: Table;
  /** A UTF-8 lead byte's character followed by a continuation byte's (or a lost byte): a possible sequence. */
  pair: RegExp;
  /** Bytes the code page leaves undefined: a decoder dropped them, so a sequence may miss one. */
  undefinedBytes: Set<number>;
}

let codePages: CodePage[] | undefined;

function buildCodePage(name: string, iconvName: string): CodePage {
  const table: Table = new Map();
  const undefinedBytes = new Set<number>();
  const bytes = Buffer.alloc(128);
  for (let i = 0; i < 128; i++) bytes[i] = 128 + i;
  const decoded = iconv.decode(bytes, iconvName);
  const cp1252 = iconv.decode(bytes, 'win1252');
  for (let i = 0; i < 128; i++) {
    const ch = decoded[i];
    if (ch !== '\ufffd') table.set(ch, 128 + i);
    else undefinedBytes.add(128 + i);
  }
  // "Sloppy" decoders: an undefined byte comes out as the same code point (a C1 control or U+00xx)
  // or as the Windows-1252 character for that byte.
  for (let i = 0; i < 128; i++) {
    const b = 128 + i;
    const same = String.fromCharCode(b);
    if (!table.has(same) && (b < 0xa0 || undefinedBytes.has(b))) table.set(same, b);
    if (undefinedBytes.has(b) && cp1252[i] !== '\ufffd' && !table.has(cp1252[i])) table.set(cp1252[i], b);
  }
  const lead: string[] = [];
  const cont: string[] = [];
  for (const [ch, b] of table) {
    if (b >= 0xc2 && b <= 0xf4) lead.push(ch);
    else if (b >= 0x80 && b <= 0xbf) cont.push(ch);
  }
  const cls = (chars: string[]) => chars.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  const pair = new RegExp(`[${cls(lead)}][${cls(cont)}\\ufffd]`);
  return { name, table, pair, undefinedBytes };
}

function getCodePages(): CodePage[] {
  codePages ??= [
    buildCodePage('windows-1252', 'win1252'),
    buildCodePage('windows-1253', 'win1253'),
    buildCodePage('windows-1251', 'win1251'),
  ];
  return codePages;
}

interface Candidate {
  start: number;
  end: number;
  after: string;
  /** For a sequence that lost a byte: every character it may have been, likeliest first. */
  options?: string[];
}

function decodeUtf8(bytes: number[]): string | null {
  const b0 = bytes[0];
  let cp: number;
  if (bytes.length === 2) {
    cp = ((b0 & 0x1f) << 6) | (bytes[1] & 0x3f);
    if (cp < 0x80) return null;
  } else if (bytes.length === 3) {
    cp = ((b0 & 0x0f) << 12) | ((bytes[1] & 0x3f) << 6) | (bytes[2] & 0x3f);
    if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  } else {
    cp = ((b0 & 0x07) << 18) | ((bytes[1] & 0x3f) << 12) | ((bytes[2] & 0x3f) << 6) | (bytes[3] & 0x3f);
    if (cp < 0x10000 || cp > 0x10ffff) return null;
  }
  return String.fromCodePoint(cp);
}

/** The likeliest character for E2 80 xx when the last byte was lost (undefined in the code page). */
function lostPunctuation(cp: CodePage, before: string, next: string | undefined): string | null {
  const opening = before === '' || /\s/.test(before);
  const closing = next === undefined || /[\s.,;:!?)\]]/.test(next);
  // Which of the E2 80 xx punctuation marks the code page could not decode.
  if (cp.undefinedBytes.has(0x9d) && closing && !opening) return '\u201d';
  if (cp.undefinedBytes.has(0x9c) && opening) return '\u201c';
  if (cp.undefinedBytes.has(0x98) && opening) return '\u2018';
  return null;
}

/** Whether the text closes a single quote (’, or ’ read through the code page) before any double one. */
function closesSingle(rest: string, cp: CodePage): boolean {
  const through = (ch: string) => [...Buffer.from(ch, 'utf8')].map((b) => [...cp.table].find(([, v]) => v === b)?.[0] ?? '\ufffd').join('');
  // (An apostrophe inside a word closes nothing.)
  const find = (chars: string[]) => {
    let first = Infinity;
    for (const c of chars) {
      for (let k = rest.indexOf(c); k >= 0 && k < first; k = rest.indexOf(c, k + 1)) {
        if (!isLetter(rest[k + c.length])) first = k;
      }
    }
    return first;
  };
  return find(['\u2019', through('\u2019')]) < find(['\u201d', through('\u201d'), through('\u201d').slice(0, 2) + '\ufffd']);
}

/**
 * When a decoder replaced an undefined byte with U+FFFD, the byte is one of the code page's
 * undefined ones; these are the likeliest characters among the choices (by frequency in text).
 */
const LIKELY_WHEN_LOST = '\u201d\u201c\u2018\u2019\u25aa\u25cfρόύώψΝсяэАНÁÍÏÐÝ';
const PUNCTUATION = /^\p{P}$/u;

/** How often each character occurs in the document's text: the characters it is written in. */
export type CharacterCounts = () => ReadonlyMap<string, number>;

/** Characters of the text, counted (a document's own characters are the best guess for a lost byte). */
export function countCharacters(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) for (const ch of t) if (ch.charCodeAt(0) >= 0x80) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

function pickLost(lead: number, known: number[], slot: number, n: number, cp: CodePage, opening: boolean, inWord: boolean, rest: string, seen: CharacterCounts): string[] {
  // An opening quote that lost its last byte: single if the line closes a single quote before a double one.
  const single = opening && closesSingle(rest, cp);
  const ranked: [string, number][] = [];
  for (const u of cp.undefinedBytes) {
    if (u > 0xbf) continue;
    const bytes = [...known];
    bytes.splice(slot, 0, u);
    if (bytes.length !== n + 1 || !validUtf8(lead, bytes)) continue;
    const ch = decodeUtf8(bytes);
    if (ch === null) continue;
    if (ch === (opening ? '\u201d' : '\u201c')) continue;
    // Known likely characters first, then letters (a lost byte was far more often part of a word).
    // (A four-byte sequence is most often an emoji, U+1F300 to U+1FAFF.)
    const point = ch.codePointAt(0)!;
    const rank = LIKELY_WHEN_LOST.includes(ch) ? LIKELY_WHEN_LOST.indexOf(ch) : (LETTER.test(ch) ? 100 : point >= 0x1f300 && point <= 0x1faff ? 150 : 200) + point / 0x110000;
    ranked.push([ch, rank]);
  }
  // A letter or symbol the document writes elsewhere, the most frequent first: what it is
  // written in (the lost letter of an Amharic word, a bullet used on other lines) before any
  // letter of the script.
  const counts = ranked.some(([ch]) => !PUNCTUATION.test(ch)) ? seen() : undefined;
  const used = (ch: string) => (counts && !PUNCTUATION.test(ch) ? (counts.get(ch) ?? 0) : 0);
  ranked.sort((a, b) => used(b[0]) - used(a[0]) || a[1] - b[1]);
  // Between two letters a quote mark is an apostrophe ("Europe‘s"): of the quotes a code page can
  // lose, only "‘" is one.
  const wanted = opening ? (single ? '\u2018' : '\u201c') : inWord ? '\u2018' : undefined;
  const quote = wanted && ranked.find(([ch]) => ch === wanted);
  const options = ranked.map(([ch]) => ch);
  return quote ? [quote[0], ...options.filter((ch) => ch !== quote[0])] : options;
}

function validUtf8(lead: number, bytes: number[]): boolean {
  if (bytes.length < 3) return true;
  if (lead === 0xe0 && bytes[1] < 0xa0) return false;
  if (lead === 0xed && bytes[1] > 0x9f) return false;
  if (lead === 0xf0 && bytes[1] < 0x90) return false;
  if (lead === 0xf4 && bytes[1] > 0x8f) return false;
  return true;
}

function findCandidates(s: string, cp: CodePage, seen: CharacterCounts): Candidate[] {
  const out: Candidate[] = [];
  const t = cp.table;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) < 0x80) continue;
    const lead = t.get(s[i]);
    if (lead === undefined || lead < 0xc2 || lead > 0xf4) continue;
    const n = lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
    const bytes = [lead];
    let lostSlot = -1;
    let k = 1;
    for (; k <= n; k++) {
      const ch = s[i + k];
      if (ch === '\ufffd' && lostSlot < 0) {
        lostSlot = k;
        continue;
      }
      let b = ch !== undefined ? t.get(ch) : undefined;
      // U+00A0 read as a space, then turned into a plain one: "voilÃ  le" for "voilà le".
      // "Â " was a no-break space itself; "Ã " was "à" when a real space still follows.
      if (b === undefined && ch === ' ' && n === 1 && cp.name === 'windows-1252' && ((lead === 0xc2 && s[i + 2] !== ' ') || (lead === 0xc3 && s[i + 2] === ' '))) b = 0xa0;
      if (b === undefined || b < 0x80 || b > 0xbf) break;
      bytes.push(b);
    }
    if (k <= n) {
      // One lost byte at the end of a three-byte punctuation mark: "β€" for "”".
      if (n === 2 && k === 2 && lostSlot < 0 && lead === 0xe2 && bytes[1] === 0x80) {
        const guess = lostPunctuation(cp, i > 0 ? s[i - 1] : '', s[i + 2]);
        if (guess !== null) {
          out.push({ start: i, end: i + 2, after: guess });
          i += 1;
        }
      }
      continue;
    }
    if (lostSlot > 0) {
      const inWord = i > 0 && isLetter(s[i - 1]) && isLetter(s[i + n + 1]);
      const options = pickLost(lead, bytes, lostSlot, n, cp, i === 0 || /[\s([{]/.test(s[i - 1]), inWord, s.slice(i + n + 1), seen);
      if (options.length === 0) continue;
      out.push({ start: i, end: i + n + 1, after: options[0], options });
      i += n;
      continue;
    }
    const ch = validUtf8(lead, bytes) ? decodeUtf8(bytes) : null;
    if (ch === null) continue;
    out.push({ start: i, end: i + n + 1, after: ch.replace(C1, '') });
    i += n;
  }
  return sameScript(out);
}

/**
 * A letter that lost a byte is of the script the line's whole sequences decode to: in Ethiopic or
 * Greek text, "ተ�ላ" is Ethiopic, not the likeliest letter of any script.
 */
function sameScript(cands: Candidate[]): Candidate[] {
  const blocks = new Map<number, number>();
  for (const c of cands) if (!c.options && LETTER.test(c.after)) blocks.set(c.after.codePointAt(0)! >> 8, (blocks.get(c.after.codePointAt(0)! >> 8) ?? 0) + 1);
  if (blocks.size === 0) return cands;
  const main = [...blocks].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
  for (const c of cands) {
    const same = c.options?.find((ch) => LETTER.test(ch) && ch.codePointAt(0)! >> 8 === main);
    if (same !== undefined && (LETTER.test(c.after) || !LIKELY_WHEN_LOST.includes(c.after))) c.after = same;
  }
  return cands;
}

/* Badness: signs that text is mojibake rather than language. */

/** Could this text hold mojibake at all? (Cheap test so clean ASCII text costs nothing.) */
const SUSPECT = /[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u0384-\u03ce\u0401-\u045f\u0490\u0491\u2013-\u203a\u20ac\u2116\u2122]/;

function fixOnce(s: string, seen: CharacterCounts): Candidate[] | null {
  let best: Candidate[] | null = null;
  for (const cp of getCodePages()) {
    if (!cp.pair.test(s) && !(cp.name === 'windows-1252' && /\u00c2 |\u00c3  /.test(s))) continue;
    const cands = findCandidates(s, cp, seen);
    if (cands.length === 0) continue;
    const accepted: Candidate[] = [];
    const ties: Candidate[] = [];
    // Judge per word (ASCII-whitespace-delimited run): all candidates of a word stand or fall together.
    let k = 0;
    while (k < cands.length) {
      let ws = cands[k].start;
      while (ws > 0 && !/[ \t\n]/.test(s[ws - 1])) ws--;
      let we = cands[k].end;
      while (we < s.length && !/[ \t\n]/.test(s[we])) we++;
      const group: Candidate[] = [];
      while (k < cands.length && cands[k].start < we) {
        group.push(cands[k]);
        we = Math.max(we, cands[k].end);
        while (we < s.length && !/[ \t\n]/.test(s[we])) we++;
        k++;
      }
      const before = s.slice(ws, we);
      let after = '';
      let p = ws;
      for (const g of group) {
        after += s.slice(p, g.start) + g.after;
        p = g.end;
      }
      after += s.slice(p, we);
      const gain = badness(before) - badness(after);
      // (Loops, not push(...group): a long damaged word must not overflow the call stack.)
      if (gain > 0) for (const g of group) accepted.push(g);
      else if (gain === 0 && fullyDecoded(before, group)) for (const g of group) ties.push(g);
    }
    // Where this code page repaired words of the text, a word that decodes completely and reads
    // as well either way ("Рё" for "и") was damaged the same way.
    if (accepted.length > 0 && ties.length > 0) {
      for (const t of ties) accepted.push(t);
      accepted.sort((a, b) => a.start - b.start);
    }
    if (accepted.length > 0 && (best === null || accepted.length > best.length)) best = accepted;
  }
  return best;
}

/** Every non-ASCII character of the word belongs to a decoded sequence. */
function fullyDecoded(word: string, group: Candidate[]): boolean {
  let covered = 0;
  for (const g of group) covered += g.end - g.start;
  let nonAscii = 0;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x80) nonAscii++;
  return covered === nonAscii;
}

/**
 * C1 control characters in text are usually Windows-1252 bytes that were read as Latin-1
 * ("people\u0092s" for "people’s"), but we drop them rather than read them as Windows-1252 (as ftfy
 * does): a PDF that LibreOffice prints from such text shows every one of them as "’", so a bullet
 * read back from the text ("•") would disagree with its PDF ("’") and the two formats would give
 * different lists. Dropped, all formats of a posting read the same; a second wrong decoding of such
 * a character is still recognised as damage and dropped with it.
 */
const C1 = /[\u0080-\u009f]/g;

/**
 * Repairs mojibake in one block, reporting each repaired sequence as `encoding.mojibake`. `seen`
 * counts the characters of the whole document, for bytes a strict decoder lost.
 */
export function fixMojibake(et: EditText, seen: CharacterCounts = () => countCharacters([et.text])): void {
  if (!SUSPECT.test(et.text)) return;
  // Text decoded wrongly twice needs two rounds.
  for (let round = 0; round < 3; round++) {
    const cands = fixOnce(et.text, seen);
    if (cands === null) break;
    const edits: Edit[] = cands.map((c) => ({ start: c.start, end: c.end, after: c.after, rule: 'encoding.mojibake' }));
    et.apply(mergeAdjacent(edits));
  }
  // What is left of the C1 range after the sequences they belonged to were repaired.
  et.replace(C1, 'encoding.mojibake', () => '');
}

/** One fix per damaged run rather than per character, so `--explain` reads "Ã©tÃ©" → "été". */
function mergeAdjacent(edits: Edit[]): Edit[] {
  const out: Edit[] = [];
  for (const e of edits) {
    const last = out[out.length - 1];
    if (last && last.end === e.start) {
      out[out.length - 1] = { ...last, end: e.end, after: last.after + e.after };
    } else out.push({ ...e });
  }
  return out;
}

/** A whole string repaired (for tools and tests). */
export function repairMojibake(s: string): string {
  let out = s;
  const seen = () => countCharacters([s]);
  for (let round = 0; round < 3; round++) {
    const cands = fixOnce(out, seen);
    if (cands === null) break;
    let r = '';
    let p = 0;
    for (const c of cands) {
      r += out.slice(p, c.start) + c.after;
      p = c.end;
    }
    out = r + out.slice(p);
  }
  return out.replace(C1, '');
}
