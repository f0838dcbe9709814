import { scanWords } from '../word-scan.js';
import { removeBlock, type WorkBlock } from './work.js';

/**
 * The same paragraph twice in one posting (pasted twice, or translated twice slightly
 * differently): later copies go. Near-duplicates are judged on word sets, with words cut to their
 * first five letters so "relations"/"relationships" or "maintain"/"maintaining" still match; a
 * block that follows a removed copy is compared more leniently with the block that followed the
 * original, since a repeated section repeats in order.
 */

/**
 * A word cut to its first five code units, as the comparisons know it. Cut words of [a-z0-9] only
 * (nearly all) are a number, one to one (base 37, no zero digit, at most 37^5: a small integer), so
 * that no string is built for them; any other cut word is its string, which no number equals.
 */
type Word = number | string;

function wordOf(lower: string, start: number, end: number): Word {
  let id = 0;
  for (let i = start; i < end; i++) {
    const c = lower.charCodeAt(i);
    const d = c >= 97 && c <= 122 ? c - 96 : c >= 48 && c <= 57 ? c - 21 : 0;
    if (d === 0) return lower.slice(start, end);
    id = id * 37 + d;
  }
  return id;
}

/** The words of /[\p{L}\p{N}]+/gu in the lower-cased text, each cut to its first five code units. */
function tokens(text: string): Word[] {
  const lower = text.toLowerCase();
  const out: Word[] = [];
  scanWords(lower, (_h, start, end) => {
    out.push(wordOf(lower, start, Math.min(end, start + 5)));
  });
  return out;
}

const STOP = new Set<Word>(
  ['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'for', 'with', 'on', 'at', 'by', 'is', 'are', 'be', 'as', 'it', 'its', 'this', 'that', 'their', 'his', 'her', 'our', 'your', 'from', 'will'].map((w) =>
    wordOf(w, 0, Math.min(w.length, 5)),
  ),
);

/** A hash of a block's words, in order: the exact pass's key (equal words, equal hash; candidates are then compared word by word). */
function hashWords(words: Word[]): number {
  let h = 0x811c9dc5 | 0;
  for (const w of words) {
    if (typeof w === 'number') h = Math.imul(h ^ w, 0x01000193);
    else for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x20, 0x01000193);
  }
  return h;
}

function sameWords(a: Word[], b: Word[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Acronyms and numbers as written ("BTEC", "Level 3", "2 years"): what tells one item of a list from the next. */
function identifiers(text: string): Set<string> {
  return new Set(text.match(/\b(?:\p{Lu}{2,}|\p{N}+)\b/gu) ?? []);
}

/** Whether `copy` names an acronym or a number `original` lacks ("BTEC Level 3 …" after "NVQ Level 3 …"): another item, not a copy. */
function namesMore(copy: Set<string>, original: Set<string>): boolean {
  for (const x of copy) if (!original.has(x)) return true;
  return false;
}

/** What the comparisons read of a block's text. */
interface BlockWords {
  words: Word[];
  /** The words but stop words. */
  content: Set<Word>;
  /** Its identifiers, read only when the block is compared with another (most never are). */
  ids: () => Set<string>;
}

/**
 * A document's block words by text. The exact and the near pass run one after the other over the
 * same blocks: a memo of the document (see clean) reads each text once instead of twice.
 */
export type DuplicateWords = Map<string, BlockWords>;

function wordsOf(text: string, memo: DuplicateWords | undefined): BlockWords {
  let found = memo?.get(text);
  if (!found) {
    const words = tokens(text);
    let ids: Set<string> | undefined;
    found = { words, content: new Set(words.filter((w) => !STOP.has(w))), ids: () => (ids ??= identifiers(text)) };
    memo?.set(text, found);
  }
  return found;
}

function jaccard(a: Set<Word>, b: Set<Word>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Cells of different columns never repeat each other: a column is one role. */
function comparable(a: WorkBlock, b: WorkBlock): boolean {
  return !(a.kind === 'table-cell' && b.kind === 'table-cell' && (a.col ?? 0) !== (b.col ?? 0));
}

export function removeDuplicates(
  blocks: WorkBlock[],
  opts: { near: boolean; exact: boolean; threshold: number; minWords: number; memo?: DuplicateWords },
): void {
  // The first block of each word sequence, by the sequence's hash (a block's words joined, as the key
  // was, built a string of the block's length).
  const seenExact = new Map<number, number[]>();
  const blockWords: Word[][] = [];
  const firstWith = (words: Word[], h: number): number | undefined => seenExact.get(h)?.find((j) => sameWords(blockWords[j], words));
  const sets: (Set<Word> | null)[] = [];
  const ids: (() => Set<string>)[] = [];
  const index = new Map<Word, number[]>();
  const shared = new Int32Array(blocks.length);
  let lastMatch = -1;
  /** Block index → index of the block it repeats. */
  const dupOf = new Map<number, number>();
  blocks.forEach((b, i) => {
    const { words, content: set, ids: own } = wordsOf(b.et.text, opts.memo);
    sets.push(set);
    ids.push(own);
    blockWords.push(words);
    if (b.kind === 'heading' || words.length < opts.minWords) {
      // A short item inside a repeated run: compare with the items that followed the original.
      if (opts.near && lastMatch >= 0 && words.length >= 2 && set.size > 0) {
        for (let j = lastMatch + 1; j <= lastMatch + 3 && j < i; j++) {
          if (!blocks[j].removed && comparable(blocks[j], b) && !namesMore(own(), ids[j]()) && jaccard(set, sets[j]!) >= 0.5) {
            removeBlock(b, 'duplicates.near');
            dupOf.set(i, j);
            lastMatch = j;
            return;
          }
        }
      }
      lastMatch = -1;
      return;
    }
    const key = hashWords(words);
    const exact = firstWith(words, key);
    if (opts.exact && exact !== undefined && comparable(blocks[exact], b)) {
      removeBlock(b, 'duplicates.exact');
      dupOf.set(i, exact);
      lastMatch = exact;
      return;
    }
    if (opts.near && set.size > 0) {
      // Candidates share at least one content word (inverted index), same scope only: their shared
      // words are counted in `shared` and they are listed in the order first met (no Map per block).
      const candidates: number[] = [];
      // Words in hundreds of paragraphs say little and would make long documents quadratic.
      for (const w of set) {
        const list = index.get(w);
        if (!list || list.length > 300) continue;
        for (const j of list) if (shared[j]++ === 0) candidates.push(j);
      }
      let best = -1;
      let bestSim = 0;
      for (const j of candidates) {
        const count = shared[j];
        shared[j] = 0;
        if (!comparable(blocks[j], b) || blocks[j].removed) continue;
        if (count / Math.max(set.size, sets[j]!.size) < opts.threshold * 0.5) continue;
        // (After the cheap test: most candidates share too few words to need their identifiers read.)
        if (namesMore(own(), ids[j]())) continue;
        const sim = jaccard(set, sets[j]!);
        // Few words leave little room for chance overlap: short paragraphs need more of it ("You will be responsible for the
        // budget." is no copy of "You will be responsible for managing the budget.", three words of four).
        const base = Math.min(set.size, sets[j]!.size) < 6 ? Math.max(opts.threshold, 0.8) : opts.threshold;
        const bar = lastMatch >= 0 && j > lastMatch && j <= lastMatch + 3 ? base * 0.7 : base;
        if (sim >= bar && sim > bestSim) {
          best = j;
          bestSim = sim;
        }
      }
      if (best >= 0) {
        removeBlock(b, 'duplicates.near');
        dupOf.set(i, best);
        lastMatch = best;
        return;
      }
    }
    lastMatch = -1;
    if (exact === undefined) {
      const same = seenExact.get(key);
      if (same) same.push(i);
      else seenExact.set(key, [i]);
    }
    // (Read by the near pass only.)
    if (!opts.near) return;
    for (const w of set) {
      const list = index.get(w);
      if (list) list.push(i);
      else index.set(w, [i]);
    }
  });
  if (!opts.near) return;
  // The block just before a repeated run (its lead-in line, "… should know:") repeats the block
  // before the original run, if the two are alike at all.
  for (let i = blocks.length - 2; i >= 0; i--) {
    const next = dupOf.get(i + 1);
    if (next === undefined || next < 1 || blocks[i].removed || dupOf.has(i) || next - 1 >= i) continue;
    const j = next - 1;
    if (blocks[j].removed || !comparable(blocks[j], blocks[i])) continue;
    if (!namesMore(ids[i](), ids[j]()) && jaccard(sets[i]!, sets[j]!) >= 0.5) {
      removeBlock(blocks[i], 'duplicates.near');
      dupOf.set(i, j);
    }
  }
}
