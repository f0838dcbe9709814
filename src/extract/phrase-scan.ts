/**
 * Where a lexicon phrase regex can match, found without the regex engine.
 *
 * A phrase regex (`(?<![\p{L}\p{N}])(?:alt|…)(?![\p{L}\p{N}])`, up to a few hundred alternatives) costs the
 * engine about 15 ns per character of every text it scans: at each position it tries the alternatives.
 * Almost every text has no match. Here the text's word starts are listed once, for all the regexes, each
 * with the set of regexes whose table of first two (or three) characters lets it through; for each
 * regex, a trie of its phrases then keeps the few word starts where one of them might begin. The regex
 * itself, sticky, is run only at those, so the matches are the regex's own: the filters only have to let
 * every true match through.
 *
 * The trie's steps are character classes: each literal character of the phrases is a class with every
 * character the regex's flags let it match (asked of the regex engine, so case folding is the engine's).
 * A run of spaces and hyphens in a phrase (`[\s\-]+` in the regex) is one step over a run of such
 * characters; an apostrophe (`['’]`) one step over either quote. How the classes, the trie and the
 * filters are built: phrase-trie.ts.
 */

import { ALNUM, ASCII_END, NONE, PAIR, phraseScan, SEP, TRIPLE_BITS, tripleBit, type CharClasses } from './phrase-trie.js';

/**
 * A text's word starts: positions after no ASCII letter or digit, not on ASCII white space (where a
 * phrase may start, for every phrase regex). Four numbers a start in `at` (a plain array: a typed
 * array's buffer cost more to make than the scan of a short text): its position; its mask, the bit
 * of each scan whose pair and triple filters let it through (read in the combined tables, see
 * `combined`); its pair code, the first two characters' (-1 when the first is not ASCII, then the
 * mask has every bit); its third character (ASCII_END for a non-ASCII one or the end). `any` is the
 * union of the masks: a text is asked for a dozen regexes and most have no start in it, so most scans
 * end at one test of `any`. Only the scans registered before the text was read (`known` of them) have
 * their bit in the masks.
 */
export interface WordStarts {
  at: number[];
  any: number;
  known: number;
  n: number;
}

/** The stride of WordStarts.at and its fields. */
const STRIDE = 4;
const POS = 0;
const MASK = 1;
const CODE = 2;
const THIRD = 3;

export function wordStarts(s: string): WordStarts {
  const { pairAny, pairThird, tripleMask } = combined;
  const at: number[] = [];
  let any = 0;
  let prevAlnum = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!prevAlnum && c !== 32 && c !== 10 && c !== 9 && c !== 13) {
      const e = i + 2 < s.length ? s.charCodeAt(i + 2) : ASCII_END;
      const third = e < 128 ? e : ASCII_END;
      if (c < 128) {
        const d = i + 1 < s.length ? s.charCodeAt(i + 1) : ASCII_END;
        const pair = c * PAIR + (d < 128 ? d : ASCII_END);
        const needThird = pairThird[pair];
        const mask = needThird === 0 ? pairAny[pair] : pairAny[pair] | (needThird & tripleMask[tripleBit(pair, third)]);
        any |= mask;
        at.push(i, mask, pair, third);
      } else {
        any = -1;
        at.push(i, -1, -1, third);
      }
    }
    prevAlnum = c < 128 && ALNUM[c] === 1;
  }
  return { at, any, known: combined.count, n: at.length / STRIDE };
}

/**
 * The pair and triple filters of the first 31 scans registered, as bit sets by scan: `pairAny` by pair
 * code, the scans whose pairs say 2; `pairThird`, those whose pairs say 1; `tripleMask` by triple bit,
 * the scans whose triples set has it. A scan registered later (a process that builds many configs)
 * has no bit and reads its own tables at every start. A scan's bit is never given to another.
 */
const combined = {
  pairAny: new Int32Array(128 * PAIR),
  pairThird: new Int32Array(128 * PAIR),
  tripleMask: new Int32Array(1 << TRIPLE_BITS),
  count: 0,
};
const COMBINED_MAX = 31;

function combine(scan: PhraseScan): void {
  if (combined.count >= COMBINED_MAX) return;
  scan.index = combined.count++;
  scan.bit = 1 << scan.index;
  for (let c = 0; c < scan.pairs.length; c++) {
    if (scan.pairs[c] === 2) combined.pairAny[c] |= scan.bit;
    else if (scan.pairs[c] === 1) combined.pairThird[c] |= scan.bit;
  }
  for (let h = 0; h < combined.tripleMask.length; h++) if ((scan.triples[h >>> 5] & (1 << (h & 31))) !== 0) combined.tripleMask[h] |= scan.bit;
}

/** A phrase regex's filters: the pair table, then the trie, flattened into typed arrays. */
export interface PhraseScan {
  /** The regex, sticky: run at a position the scan keeps, it gives the regex's match there. */
  sticky: RegExp;
  /**
   * By pair code: 0 when no phrase starts with these two characters; 1 when one may, if the third
   * character is one `triples` lets through; 2 when one may, whatever the third.
   */
  pairs: Uint8Array;
  /** A hashed bit set of (pair code, third ASCII character) that may start a phrase (see pairsOf). */
  triples: Int32Array;
  /** By node (0 is the root): Node.end. */
  ends: Uint8Array;
  /** A step on an ASCII character: an open-addressing table keyed by node * 128 + code, -1 for empty. */
  stepKeys: Int32Array;
  stepTo: Int32Array;
  shift: number;
  mask: number;
  /** Whether an ASCII character is a space or hyphen (`[\s\-]`). */
  asciiSep: Uint8Array;
  /** A step on another character goes by its class: as an ASCII character of the class, else by wideSteps. */
  classes: CharClasses;
  /** By class: an ASCII character of it, or -1. */
  asciiOf: Int32Array;
  /** Steps by a class with no ASCII character, keyed by node * classes.count + class. */
  wideSteps: Map<number, number>;
  /** The scan's bit in the combined filters (see combine), or 0 when it has none; `index` is its number. */
  bit: number;
  index: number;
}

const scans = new WeakMap<RegExp, PhraseScan>();

/** The scan registered for a phrase regex, if any. */
export function scanOf(re: RegExp): PhraseScan | undefined {
  return scans.get(re);
}

/**
 * Registers a scan for `re`, the regex phraseRe built of these (trimmed, distinct, non-empty) phrases.
 * None when a phrase has a character the classes do not model: then the regex scans alone.
 */
export function registerPhraseScan(re: RegExp, phrases: readonly string[]): void {
  const scan = phraseScan(phrases, re);
  if (!scan) return;
  combine(scan);
  scans.set(re, scan);
}

const NO_MATCHES: readonly RegExpExecArray[] = Object.freeze([]);

/** The regex's matches from the start (the first only, if `first`), as its own global loop finds them. */
export function scanMatches(scan: PhraseScan, s: string, starts: WordStarts, first: boolean): readonly RegExpExecArray[] {
  const bit = scan.bit;
  if (bit === 0 || scan.index >= starts.known) return scanEach(scan, s, starts, first);
  if ((starts.any & bit) === 0) return NO_MATCHES;
  let out: RegExpExecArray[] | undefined;
  let from = 0;
  const at = starts.at;
  for (let k = 0; k < at.length; k += STRIDE) {
    if ((at[k + MASK] & bit) === 0) continue;
    const i = at[k + POS];
    if (i < from || !mayStart(scan, s, i)) continue;
    scan.sticky.lastIndex = i;
    const m = scan.sticky.exec(s);
    if (m === null) continue;
    (out ??= []).push(m);
    if (first) break;
    from = i + Math.max(1, m[0].length);
  }
  return out ?? NO_MATCHES;
}

/** scanMatches for a scan with no bit in `starts`: its own pair and triple filters at each start. */
function scanEach(scan: PhraseScan, s: string, starts: WordStarts, first: boolean): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  const at = starts.at;
  for (let k = 0; k < at.length; k += STRIDE) {
    const i = at[k + POS];
    if (i < from) continue;
    const c = at[k + CODE];
    if (c >= 0) {
      const p = scan.pairs[c];
      if (p === 0) continue;
      if (p === 1) {
        const h = tripleBit(c, at[k + THIRD]);
        if ((scan.triples[h >>> 5] & (1 << (h & 31))) === 0) continue;
      }
    }
    if (!mayStart(scan, s, i)) continue;
    scan.sticky.lastIndex = i;
    const m = scan.sticky.exec(s);
    if (m === null) continue;
    out.push(m);
    if (first) break;
    from = i + Math.max(1, m[0].length);
  }
  return out;
}

/** The node a step on character c leads to from `node`, or -1. */
function step(scan: PhraseScan, node: number, c: number): number {
  if (c >= 128) {
    const cls = scan.classes.key(c);
    if (cls === NONE) return -1;
    if (scan.asciiOf[cls] < 0) return scan.wideSteps.get(node * scan.classes.count + cls) ?? -1;
    c = scan.asciiOf[cls];
  }
  const key = node * 128 + c;
  for (let h = Math.imul(key, 0x9e3779b1) >>> scan.shift; ; h = (h + 1) & scan.mask) {
    const k = scan.stepKeys[h];
    if (k === key) return scan.stepTo[h];
    if (k === -1) return -1;
  }
}

function isSep(scan: PhraseScan, c: number): boolean {
  return c < 128 ? scan.asciiSep[c] === 1 : scan.classes.key(c) === SEP;
}

/** Whether a phrase may match at i: the trie walked from i reaches a phrase's end. */
export function mayStart(scan: PhraseScan, s: string, i: number): boolean {
  const n = s.length;
  let node = 0;
  let j = i;
  for (;;) {
    const end = scan.ends[node];
    if (end === 2) return true;
    if (end === 1) {
      const c = j < n ? s.charCodeAt(j) : -1;
      if (c < 0 || c >= 128 || ALNUM[c] === 0) return true;
    }
    if (j >= n) return false;
    const c = s.charCodeAt(j);
    const next = step(scan, node, c);
    if (next === -1) return false;
    j++;
    if (isSep(scan, c)) while (j < n && isSep(scan, s.charCodeAt(j))) j++;
    node = next;
  }
}
