// What the token tagger sees of one item: its tokens and, for each, the hashed ids of its features
// (the word, its shape and affixes, its neighbours, the section and list position, and whether the
// extraction lexicon or the bundled vocabulary covers it). Shared by the trainer and the stage, so a
// model is always read with the features it was trained on.
import type { Item, SectionKind } from '../types.js';
import type { ConceptType, NameMatch } from '../vocabulary/index.js';
import { matches } from './context.js';
import type { LexiconIndex } from './lexicon.js';

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
// every other non-space character is a token of its own.
const TOKEN = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*[+#]*|\S/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() });
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
  h = Math.imul(h ^ x, 0x9e3779b1);
  return (h ^ (h >>> 15)) >>> 0;
}

/** "Kotlin" → "Xx", "SQL" → "X", "2" → "d", "C++" → "X+": letter classes with runs collapsed. */
function shape(s: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const code = ch.charCodeAt(0);
    // ASCII without case mapping (most characters; the same classes as below).
    const c =
      code < 128
        ? code >= 65 && code <= 90
          ? 'X'
          : code >= 97 && code <= 122
            ? 'x'
            : code >= 48 && code <= 57
              ? 'd'
              : ch
        : caseClass(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
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

/** Marks ("B-deg", "I-tool", …) on each token from phrase matches covering it. */
function marksOf(text: string, tokens: Token[], fc: FeatureContext): string[][] {
  const marks: string[][] = tokens.map(() => []);
  const mark = (name: string, a: number, b: number) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= a) lo = mid + 1;
      else hi = mid;
    }
    for (let t = lo; t < tokens.length && tokens[t].start < b; t++) marks[t].push(`${t === lo ? 'B' : 'I'}-${name}`);
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

const BOS = hashFeature('<s>');
const EOS = hashFeature('</s>');
const hashes = new Map<string, number>();
/** Hashes of the few strings used again and again (sections, marks, positions). */
function cached(s: string): number {
  let h = hashes.get(s);
  if (h === undefined) hashes.set(s, (h = hashFeature(s)));
  return h;
}

/** The previous label's features, added to a token's static ones while decoding. */
export function prevLabelFeatures(prev: number, word: number): [number, number] {
  return [mix(T.PrevLabel, prev), mix(mix(T.PrevLabelWord, prev), word)];
}

/**
 * The static feature hashes of every token of an item (flattened; `offsets[t]..offsets[t+1]` are
 * token t's) and each token's word hash (for the previous label's features, added while decoding).
 */
export function itemFeatures(input: ItemInput, tokens: Token[], fc: FeatureContext): { ids: Uint32Array; offsets: Uint32Array; words: Uint32Array } {
  const { text, item, section } = input;
  const n = tokens.length;
  const marks = marksOf(text, tokens, fc).map((ms) => ms.map(cached));
  const words = new Uint32Array(n);
  const shapes = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    words[i] = hashFeature(tokens[i].lower);
    shapes[i] = cached(shape(tokens[i].text));
  }
  const list = item.level > 0 ? 1 : /[.!?]$/.test(text) ? 2 : 3;
  const first = tokens[0]?.lower ?? '';
  const firstVerb = fc.lex.verbs.has(first) || fc.lex.verbs.has(first.replace(/(?:ing|ed|es|s)$/, '')) ? 1 : 0;
  const sec = cached(section);
  const w = (i: number) => (i < 0 ? BOS : i >= n ? EOS : words[i]);
  const sh = (i: number) => (i < 0 ? BOS : i >= n ? EOS : shapes[i]);
  // At most 21 features a token plus four per mark it or a neighbour has: written straight into a
  // scratch array (Uint32Array.from over a growing number[] cost 1.5% of a posting's CPU).
  let room = 21 * n;
  for (const ms of marks) room += 4 * ms.length;
  if (scratch.length < room) scratch = new Uint32Array(Math.max(room, 2 * scratch.length));
  const ids = scratch;
  let k = 0;
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const l = tokens[i].lower;
    const wi = words[i];
    const at = i === 0 ? 0 : 1;
    ids[k++] = T.Bias;
    ids[k++] = mix(T.Word, wi);
    ids[k++] = mix(T.Shape, shapes[i]);
    ids[k++] = mix(T.Suffix2, cached(l.slice(-2)));
    if (l.length > 3) {
      ids[k++] = mix(T.Prefix3, hashFeature(l.slice(0, 3)));
      ids[k++] = mix(T.Suffix3, hashFeature(l.slice(-3)));
    }
    ids[k++] = mix(T.Prev, w(i - 1));
    ids[k++] = mix(T.Next, w(i + 1));
    ids[k++] = mix(T.Prev2, w(i - 2));
    ids[k++] = mix(T.Next2, w(i + 2));
    ids[k++] = mix(mix(T.PrevWord, w(i - 1)), wi);
    ids[k++] = mix(mix(T.WordNext, wi), w(i + 1));
    ids[k++] = mix(mix(mix(T.Shapes3, sh(i - 1)), shapes[i]), sh(i + 1));
    ids[k++] = mix(T.Section, sec);
    ids[k++] = mix(mix(T.SectionWord, sec), wi);
    ids[k++] = mix(mix(T.Position, positionBucket(i)), list);
    ids[k++] = mix(mix(T.PositionSection, positionBucket(i)), sec);
    ids[k++] = mix(mix(T.FirstWord, words[0]), at);
    ids[k++] = mix(mix(mix(T.FirstVerb, firstVerb), sec), at);
    ids[k++] = mix(mix(T.Length, Math.min(n, 30) >> 2), list);
    if (fc.lex.verbs.has(l)) ids[k++] = mix(T.Verb, at);
    for (const m of marks[i]) {
      ids[k++] = mix(T.Mark, m);
      ids[k++] = mix(mix(T.MarkSection, m), sec);
    }
    if (i > 0) for (const m of marks[i - 1]) ids[k++] = mix(T.MarkPrev, m);
    if (i + 1 < n) for (const m of marks[i + 1]) ids[k++] = mix(T.MarkNext, m);
    offsets[i + 1] = k;
  }
  return { ids: ids.slice(0, k), offsets, words };
}

/** Where itemFeatures writes an item's features before copying them out (grown as needed). */
let scratch = new Uint32Array(4096);
