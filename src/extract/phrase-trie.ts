// Building a phrase regex's scan (see phrase-scan.ts for how a text is read with it): the classes of its phrases'
// characters, their trie, the filters of a phrase's first two or three characters, all flattened into typed arrays.
import type { PhraseScan } from './phrase-scan.js';

export const NONE = 0;
export const SEP = 1;
const APOS = 2;

interface Node {
  next: Map<number, Node>;
  /** 0: no phrase ends here; 1: a phrase ends with a literal; 2: a phrase ends with a space or hyphen. */
  end: 0 | 1 | 2;
}

/** ASCII letters and digits: after one, no phrase starts (the lookbehind); before one, none ends (the lookahead). */
export const ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++) ALNUM[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

const SEP_CHAR = /^[\s\-]$/u;
const APOS_CHAR = /^['’]$/u;

/** Pair codes of a word start's first two characters: c0 * PAIR + c1, c1 = ASCII_END for a non-ASCII one or the end. */
export const PAIR = 129;
export const ASCII_END = 128;

/** log2 of the bits of a scan's triples set (8 KB: it stays in cache while a text is scanned). */
export const TRIPLE_BITS = 16;

/**
 * The classes of a phrase regex's characters: each literal character of its phrases with every
 * character the regex's flags let it match, spaces and hyphens (SEP), quotes (APOS); NONE for a
 * character no phrase has.
 */
export class CharClasses {
  private readonly reps: RegExp[] = [];
  private readonly ascii = new Int32Array(128);
  private readonly wide = new Map<number, number>();
  private readonly interned = new Map<string, number>();

  constructor(private readonly flags: string) {}

  /** Classes so far, the three fixed ones included. */
  get count(): number {
    return this.reps.length + 3;
  }

  /** The class of a phrase's literal character, a new one when no class has it yet. */
  intern(ch: string): number {
    // Once a character has a class it keeps it (classes are only added): each distinct character is
    // tested against the classes once, not once per phrase it is in.
    let known = this.interned.get(ch) ?? this.find(ch);
    if (known === NONE) {
      this.reps.push(new RegExp(`^${ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, this.flags));
      known = this.reps.length + 2;
    }
    this.interned.set(ch, known);
    return known;
  }

  /** Once every phrase is read: the ASCII characters' classes. */
  seal(): void {
    for (let c = 0; c < 128; c++) this.ascii[c] = this.of(String.fromCharCode(c));
  }

  /** A text character's class. */
  key(c: number): number {
    if (c < 128) return this.ascii[c];
    // A surrogate is half of a character outside the BMP: the phrases have none, and folding stays in the BMP.
    if (c >= 0xd800 && c <= 0xdfff) return NONE;
    let k = this.wide.get(c);
    if (k === undefined) this.wide.set(c, (k = this.of(String.fromCharCode(c))));
    return k;
  }

  private of(ch: string): number {
    return SEP_CHAR.test(ch) ? SEP : APOS_CHAR.test(ch) ? APOS : this.find(ch);
  }

  private find(ch: string): number {
    for (let k = 0; k < this.reps.length; k++) if (this.reps[k].test(ch)) return k + 3;
    return NONE;
  }
}

export function phraseScan(phrases: readonly string[], re: RegExp): PhraseScan | undefined {
  const classes = new CharClasses(re.flags.replace('g', ''));
  const root = trieOf(phrases, classes);
  if (!root) return undefined;
  classes.seal();
  const ascii = Int32Array.from({ length: 128 }, (_, c) => classes.key(c));
  return {
    sticky: new RegExp(re.source, re.flags + 'y'),
    ...pairsOf(root, ascii),
    ...flatten(root, classes, ascii),
    asciiSep: Uint8Array.from(ascii, (k) => (k === SEP ? 1 : 0)),
    classes,
    bit: 0,
    index: -1,
  };
}

/** The trie of the phrases over character classes, or undefined for a phrase the classes do not model. */
function trieOf(phrases: readonly string[], classes: CharClasses): Node | undefined {
  const root: Node = { next: new Map(), end: 0 };
  for (const phrase of phrases) {
    let node = root;
    let last = NONE;
    for (let i = 0; i < phrase.length; ) {
      const cp = phrase.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      i += ch.length;
      let key: number;
      if (ch === ' ' || ch === '-') {
        // phraseRe turns a run of spaces and hyphens into one [\s\-]+; word starts are never on a space.
        if (node === root) return undefined;
        if (last === SEP) continue;
        key = SEP;
      } else if (ch === "'" || ch === '’') {
        key = APOS; // "’" itself is only itself in the regex: a class of both lets through more, never less.
      } else {
        if (cp > 0xffff || ch === '\\' || SEP_CHAR.test(ch) || APOS_CHAR.test(ch)) return undefined;
        key = classes.intern(ch);
      }
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), end: 0 }));
      node = child;
      last = key;
    }
    if (node !== root) node.end = last === SEP || node.end === 2 ? 2 : 1;
  }
  return root;
}

/** The bit of (pair code, third character): ASCII_END (a non-ASCII third, or none) always passes (see pairsOf). */
export function tripleBit(pair: number, third: number): number {
  return Math.imul(pair * PAIR + third, 0x9e3779b1) >>> (32 - TRIPLE_BITS);
}

/**
 * Which first two ASCII characters a phrase may start with (ASCII_END: anything after the first), and
 * after which of them, which third character: what mayStart would find in its first three steps. A
 * pair is 2 (no third asked) when the trie's answer does not hang on the third character alone: a
 * phrase of one character, or of two followed by a space or hyphen run, or a second character that is
 * a space or hyphen (the walk then skips the whole run).
 */
function pairsOf(root: Node, ascii: Int32Array): { pairs: Uint8Array; triples: Int32Array } {
  const pairs = new Uint8Array(128 * PAIR);
  const triples = new Int32Array(1 << (TRIPLE_BITS - 5));
  for (let c0 = 0; c0 < 128; c0++) {
    const node = root.next.get(ascii[c0]);
    if (!node) continue;
    for (let c1 = 0; c1 <= ASCII_END; c1++) {
      const pair = c0 * PAIR + c1;
      // A phrase ends after the first character (mayStart says yes, or looks no further than here).
      if (c1 === ASCII_END || node.end === 2 || (node.end === 1 && ALNUM[c1] === 0)) {
        pairs[pair] = 2;
        continue;
      }
      const next = node.next.get(ascii[c1]);
      if (!next) continue;
      if (ascii[c1] === SEP || next.end === 2) {
        pairs[pair] = 2;
        continue;
      }
      pairs[pair] = 1;
      // A third character that ends a two-character phrase, or that the trie takes; ASCII_END always.
      for (let c2 = 0; c2 <= ASCII_END; c2++) {
        if (c2 === ASCII_END || (next.end === 1 && ALNUM[c2] === 0) || next.next.has(ascii[c2])) {
          const h = tripleBit(pair, c2);
          triples[h >>> 5] |= 1 << (h & 31);
        }
      }
    }
  }
  return { pairs, triples };
}

/**
 * The trie flattened into arrays (the nodes and their maps are garbage once the scan is built): node
 * ids, their ends, the steps an ASCII character takes in a hash table keyed by node * 128 + code, and
 * the few steps by a class with no ASCII character.
 */
function flatten(root: Node, classes: CharClasses, ascii: Int32Array): Pick<PhraseScan, 'ends' | 'stepKeys' | 'stepTo' | 'shift' | 'mask' | 'asciiOf' | 'wideSteps'> {
  const nodes: Node[] = [];
  const idOf = new Map<Node, number>();
  const number = (node: Node): void => {
    idOf.set(node, nodes.length);
    nodes.push(node);
    for (const child of node.next.values()) number(child);
  };
  number(root);
  const asciiOf = new Int32Array(classes.count).fill(-1);
  for (let c = 127; c >= 0; c--) if (ascii[c] !== NONE) asciiOf[ascii[c]] = c;
  // The ASCII characters of each class: a node's steps are read from its children, not by asking
  // its map for each of the 128 characters (tens of thousands of nodes, in every worker thread).
  const asciiIn: number[][] = Array.from({ length: classes.count }, () => []);
  for (let c = 0; c < 128; c++) if (ascii[c] !== NONE) asciiIn[ascii[c]].push(c);
  const steps: [number, number][] = [];
  const wideSteps = new Map<number, number>();
  nodes.forEach((node, id) => {
    for (const [key, child] of node.next) {
      for (const c of asciiIn[key]) steps.push([id * 128 + c, idOf.get(child)!]);
      if (asciiOf[key] < 0) wideSteps.set(id * classes.count + key, idOf.get(child)!);
    }
  });
  const bits = Math.max(4, Math.ceil(Math.log2(steps.length * 2 + 1)));
  const mask = (1 << bits) - 1;
  const stepKeys = new Int32Array(1 << bits).fill(-1);
  const stepTo = new Int32Array(1 << bits);
  for (const [key, to] of steps) {
    let h = Math.imul(key, 0x9e3779b1) >>> (32 - bits);
    while (stepKeys[h] !== -1) h = (h + 1) & mask;
    stepKeys[h] = key;
    stepTo[h] = to;
  }
  return { ends: Uint8Array.from(nodes, (node) => node.end), stepKeys, stepTo, shift: 32 - bits, mask, asciiOf, wideSteps };
}
