// What the token tagger sees of one item: its tokens and, for each, the hashed ids of its features
// (the word, its shape and affixes, its neighbours, the section and list position, and whether the
// extraction lexicon or the bundled vocabulary covers it). Shared by the trainer and the stage, so a
// model is always read with the features it was trained on.
import type { Item, SectionKind } from '../types.js';
import type { ConceptType, NameMatch } from '../vocabulary/index.js';
import { matches } from './context.js';
import type { LexiconIndex } from './lexicon.js';
import { isSpace, runEnd, wordAt } from '../word-scan.js';

/** Feature set version: a model trained with another one is refused. */
export const FEATURES_VERSION = 2;

export interface Token {
  /** Offsets in the item's text. */
  start: number;
  end: number;
  text: string;
  lower: string;
}

// Words with inner dots, apostrophes, hyphens ("node.js", "don't", "well-being") and trailing +/# ("C++", "C#");
// every other non-space character is a token of its own. `tokenize` reads exactly the matches of this
// regex, by hand: the tagger tokenizes every item of a posting, and the regex's match arrays were one
// of the map step's largest allocations.
// const TOKEN = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*[+#]*|\S/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let end: number;
    if (wordAt(text, i) > 0) {
      end = runEnd(text, i);
      for (;;) {
        const s = text.charCodeAt(end);
        if (end < n && (s === 0x27 || s === 0x2019 || s === 0x2e || s === 0x2d) && wordAt(text, end + 1) > 0) end = runEnd(text, end + 1);
        else break;
      }
      while (end < n && (text.charCodeAt(end) === 0x2b || text.charCodeAt(end) === 0x23)) end++;
    } else if (isSpace(c)) {
      i++;
      continue;
    } else {
      // \S with the u flag: one code point (a surrogate pair, or a lone surrogate alone).
      end = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
    }
    const t = text.slice(i, end);
    out.push({ start: i, end, text: t, lower: t.toLowerCase() });
    i = end;
  }
  return out;
}

/** 32-bit FNV-1a of a string: the feature's bucket before masking. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Folds a value into a feature hash (order matters: "a b" and "b a" differ). */
export function mix(h: number, x: number): number {
  return mixS(h, x) >>> 0;
}

/**
 * mix's bits as a signed 32-bit number. The features are computed with it: an unsigned hash above
 * 2^31 is no small integer, and V8 boxes it in a heap number wherever a call is not inlined (mix was
 * one of the tagger's largest allocations). Every use reads only the 32 bits (^, &, a Uint32Array store).
 */
function mixS(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x9e3779b1);
  return h ^ (h >>> 15);
}

/**
 * The hash of a token's shape: "Kotlin" → "Xx", "SQL" → "X", "2" → "d", "C++" → "X+" (letter classes
 * with runs collapsed), hashed as hashFeature hashes the shape's string, one class at a time, so that
 * no string is built for it (it was one of the tagger's largest allocations).
 */
function shapeHash(s: string): number {
  let h = 0x811c9dc5 | 0;
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    // ASCII without case mapping (most characters; the same classes as below).
    const c =
      code < 128
        ? code >= 65 && code <= 90
          ? 88 // X
          : code >= 97 && code <= 122
            ? 120 // x
            : code >= 48 && code <= 57
              ? 100 // d
              : code
        : caseClass(s[i]).charCodeAt(0);
    if (c !== last) {
      h ^= c;
      h = Math.imul(h, 0x01000193);
    }
    last = c;
  }
  return h;
}

/** hashFeature(s.slice(from, to)) as a signed number (see mixS), without the slice. */
function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

function caseClass(ch: string): string {
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  return lower !== upper ? (ch === upper ? 'X' : 'x') : ch >= '0' && ch <= '9' ? 'd' : ch;
}

function positionBucket(i: number): number {
  return i < 4 ? i : i < 8 ? 4 : i < 16 ? 5 : 6;
}

/** The lexicon phrase lists whose matches mark the tokens they cover (a feature per list). */
const LEXICON_MARKS: [string, (lex: LexiconIndex) => RegExp][] = [
  ['qual', (l) => l.qualities],
  ['deg', (l) => l.degrees],
  ['cert', (l) => l.certifications],
  ['kcue', (l) => l.knowledgeCue],
  ['shead', (l) => l.skillHead],
  ['abil', (l) => l.ability],
  ['exp', (l) => l.experienceWords],
  ['resp', (l) => l.responsible],
  ['mod', (l) => l.modifiers],
];

export interface ItemInput {
  text: string;
  item: Item;
  section: SectionKind;
}

export interface FeatureContext {
  lex: LexiconIndex;
  /** The worker's matcher over the reference vocabulary's knowledge and tool names. */
  matcher: { match(text: string): NameMatch<ConceptType>[] } | null;
}

/** The hashes of a mark's two features, "B-name" and "I-name", by name. */
const markHashes = new Map<string, [number, number]>();
function markHashesOf(name: string): [number, number] {
  let h = markHashes.get(name);
  if (h === undefined) markHashes.set(name, (h = [hashFeature(`B-${name}`) | 0, hashFeature(`I-${name}`) | 0]));
  return h;
}

/**
 * The hashes of the marks ("B-deg", "I-tool", …) on each token from phrase matches covering it, in the
 * order they are found (null: no mark). Hashes, not strings: a mark's string was built for each token.
 */
function marksOf(text: string, tokens: Token[], fc: FeatureContext): (number[] | null)[] {
  const marks: (number[] | null)[] = new Array<number[] | null>(tokens.length).fill(null);
  const mark = (name: string, a: number, b: number) => {
    const ids = markHashesOf(name);
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= a) lo = mid + 1;
      else hi = mid;
    }
    for (let t = lo; t < tokens.length && tokens[t].start < b; t++) {
      const h = t === lo ? ids[0] : ids[1];
      const ms = marks[t];
      if (ms === null) marks[t] = [h];
      else ms.push(h);
    }
  };
  for (const [name, re] of LEXICON_MARKS) {
    const r = re(fc.lex);
    // Global regexes are scanned from the start, as the rules scan them (the same helper); sticky/anchored ones ("mod") once.
    if (!r.global) {
      const m = r.exec(text);
      if (m && m[0].length > 0) mark(name, m.index, m.index + m[0].length);
      continue;
    }
    for (const m of matches(r, text)) if (m[0] !== '') mark(name, m.index, m.index + m[0].length);
  }
  if (fc.matcher) for (const m of fc.matcher.match(text)) mark(`v${m.value}`, m.start, m.end);
  return marks;
}

// Feature templates: each feature is mix(template, value, …), values being hashes of words, shapes, marks.
const enum T {
  Bias = 1, Word, Shape, Prefix3, Suffix3, Suffix2, Prev, Next, Prev2, Next2, PrevWord, WordNext, Shapes3,
  Section, SectionWord, Position, PositionSection, FirstWord, FirstVerb, Length, Verb, Mark, MarkSection, MarkPrev, MarkNext,
  PrevLabel, PrevLabelWord,
}

// (Signed, as mixS's are.)
const BOS = hashFeature('<s>') | 0;
const EOS = hashFeature('</s>') | 0;
const hashes = new Map<string, number>();
/** Hashes of the few strings used again and again (sections, marks, positions). */
function cached(s: string): number {
  let h = hashes.get(s);
  if (h === undefined) hashes.set(s, (h = hashFeature(s) | 0));
  return h;
}

/** The previous label's features, added to a token's static ones while decoding. */
export function prevLabelFeatures(prev: number, word: number): [number, number] {
  return [prevLabelFeature(prev) >>> 0, prevLabelWordFeature(prev, word) >>> 0];
}

/** The first of prevLabelFeatures, signed (see mixS): decode asks for each alone, with no array per token. */
export function prevLabelFeature(prev: number): number {
  return mixS(T.PrevLabel, prev);
}

/** The second of prevLabelFeatures, signed. */
export function prevLabelWordFeature(prev: number, word: number): number {
  return mixS(mixS(T.PrevLabelWord, prev), word);
}

/**
 * The static feature hashes of every token of an item (flattened; `offsets[t]..offsets[t+1]` are
 * token t's) and each token's word hash (for the previous label's features, added while decoding).
 */
export function itemFeatures(input: ItemInput, tokens: Token[], fc: FeatureContext): { ids: Uint32Array; offsets: Uint32Array; words: Uint32Array } {
  const { text, item, section } = input;
  const n = tokens.length;
  const marks = marksOf(text, tokens, fc);
  // The three arrays an item keeps are views of one buffer, filled at the end; the shapes are scratch.
  // (A typed array over 64 bytes has its own buffer outside the heap: 0.3-1 µs to make, against
  // ~30-100 ns for a heap object, and a posting's items made ~180 of them.)
  if (wordsScratch.length < n) {
    wordsScratch = new Uint32Array(2 * n);
    shapeScratch = new Int32Array(2 * n);
  }
  const words = wordsScratch;
  const shapes = shapeScratch;
  for (let i = 0; i < n; i++) {
    words[i] = hashFeature(tokens[i].lower);
    shapes[i] = shapeHash(tokens[i].text);
  }
  const list = item.level > 0 ? 1 : /[.!?]$/.test(text) ? 2 : 3;
  const first = tokens[0]?.lower ?? '';
  const firstVerb = fc.lex.verbs.has(first) || fc.lex.verbs.has(first.replace(/(?:ing|ed|es|s)$/, '')) ? 1 : 0;
  const sec = cached(section);
  // (Read as signed numbers, as mixS gives them.)
  const w = (i: number) => (i < 0 ? BOS : i >= n ? EOS : words[i] | 0);
  const sh = (i: number) => (i < 0 ? BOS : i >= n ? EOS : shapes[i]);
  // At most 21 features a token plus four per mark it or a neighbour has: written straight into a
  // scratch array (Uint32Array.from over a growing number[] cost 1.5% of a posting's CPU).
  let room = 21 * n;
  for (const ms of marks) if (ms !== null) room += 4 * ms.length;
  if (scratch.length < room) scratch = new Uint32Array(Math.max(room, 2 * scratch.length));
  const ids = scratch;
  let k = 0;
  if (offsetScratch.length < n + 1) offsetScratch = new Uint32Array(2 * (n + 1));
  const offsets = offsetScratch;
  offsets[0] = 0;
  // The features that are the same for every token of the item, or for every token but the first.
  const fSection = mixS(T.Section, sec);
  const fSectionWord = mixS(T.SectionWord, sec);
  const fFirstWord = mixS(T.FirstWord, words[0] | 0);
  const fFirstVerb = mixS(mixS(T.FirstVerb, firstVerb), sec);
  const fLength = mixS(mixS(T.Length, Math.min(n, 30) >> 2), list);
  for (let i = 0; i < n; i++) {
    const l = tokens[i].lower;
    const wi = words[i] | 0;
    const at = i === 0 ? 0 : 1;
    ids[k++] = T.Bias;
    ids[k++] = mixS(T.Word, wi);
    ids[k++] = mixS(T.Shape, shapes[i]);
    // The affixes are hashed in place (hashFeature of l.slice(-2), l.slice(0, 3), l.slice(-3)).
    const len = l.length;
    ids[k++] = mixS(T.Suffix2, hashRange(l, Math.max(0, len - 2), len));
    if (len > 3) {
      ids[k++] = mixS(T.Prefix3, hashRange(l, 0, 3));
      ids[k++] = mixS(T.Suffix3, hashRange(l, len - 3, len));
    }
    ids[k++] = mixS(T.Prev, w(i - 1));
    ids[k++] = mixS(T.Next, w(i + 1));
    ids[k++] = mixS(T.Prev2, w(i - 2));
    ids[k++] = mixS(T.Next2, w(i + 2));
    ids[k++] = mixS(mixS(T.PrevWord, w(i - 1)), wi);
    ids[k++] = mixS(mixS(T.WordNext, wi), w(i + 1));
    ids[k++] = mixS(mixS(mixS(T.Shapes3, sh(i - 1)), shapes[i]), sh(i + 1));
    ids[k++] = fSection;
    ids[k++] = mixS(fSectionWord, wi);
    ids[k++] = mixS(mixS(T.Position, positionBucket(i)), list);
    ids[k++] = mixS(mixS(T.PositionSection, positionBucket(i)), sec);
    ids[k++] = mixS(fFirstWord, at);
    ids[k++] = mixS(fFirstVerb, at);
    ids[k++] = fLength;
    if (fc.lex.verbs.has(l)) ids[k++] = mixS(T.Verb, at);
    const mi = marks[i];
    if (mi !== null) {
      for (let j = 0; j < mi.length; j++) {
        ids[k++] = mixS(T.Mark, mi[j]);
        ids[k++] = mixS(mixS(T.MarkSection, mi[j]), sec);
      }
    }
    const mp = i > 0 ? marks[i - 1] : null;
    if (mp !== null) for (let j = 0; j < mp.length; j++) ids[k++] = mixS(T.MarkPrev, mp[j]);
    const mn = i + 1 < n ? marks[i + 1] : null;
    if (mn !== null) for (let j = 0; j < mn.length; j++) ids[k++] = mixS(T.MarkNext, mn[j]);
    offsets[i + 1] = k;
  }
  const buffer = new ArrayBuffer(4 * (k + 2 * n + 1));
  const out = { ids: new Uint32Array(buffer, 0, k), offsets: new Uint32Array(buffer, 4 * k, n + 1), words: new Uint32Array(buffer, 4 * (k + n + 1), n) };
  out.ids.set(ids.subarray(0, k));
  out.offsets.set(offsets.subarray(0, n + 1));
  out.words.set(words.subarray(0, n));
  return out;
}

/** Where itemFeatures writes an item's word hashes, shapes and offsets before copying them out. */
let wordsScratch = new Uint32Array(256);
let shapeScratch = new Int32Array(256);
let offsetScratch = new Uint32Array(257);

/** Where itemFeatures writes an item's features before copying them out (grown as needed). */
let scratch = new Uint32Array(4096);
