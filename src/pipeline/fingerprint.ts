import { createHash, hash } from 'node:crypto';
import { BandTable } from './band-table.js';
import { scanWords } from '../word-scan.js';

// 128 MinHash slots estimate Jaccard similarity within about ±0.04: a short re-post with one
// sentence rewritten sits near the threshold, where ±0.06 (64 slots) lost one in ten.
const SLOTS = 128;
const SHINGLE = 5;

// Fixed, seeded per-slot salts: signatures must be comparable across runs and machines.
const SALTS = Uint32Array.from({ length: SLOTS }, (_, i) => createHash('sha256').update(`minhash-${i}`).digest().readUInt32BE(0));

// murmur3's finaliser: a cheap, well-mixed 32-bit permutation, salted once per slot.
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** sha256 of the text (crypto.hash: no Hash object per posting, see docIdOf). */
export function contentHash(text: string): string {
  return hash('sha256', text, 'hex');
}

export interface Fingerprint {
  /** MinHash signature of the lower-cased word 5-shingles. */
  signature: number[];
  /** Words in the text the signature is of. */
  words: number;
  /** The first words of the posting (see DocumentResult.lead). */
  lead?: string;
}

/** MinHash signature of the text's lower-cased word 5-shingles. */
export function minhash(text: string): number[] {
  return fingerprint(text).signature;
}

export function fingerprint(text: string): Fingerprint {
  // The FNV-1a hash of each word of /[\p{L}\p{N}]+/gu, read without the regex.
  const words: number[] = [];
  scanWords(text.toLowerCase(), (h) => {
    words.push(h);
  });
  const sig = new Uint32Array(SLOTS).fill(0xffffffff);
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    let x = 0x9747b28c;
    for (let k = i; k < Math.min(i + SHINGLE, words.length); k++) x = mix(x ^ words[k]);
    for (let s = 0; s < SLOTS; s++) {
      const v = mix(x ^ SALTS[s]);
      if (v < sig[s]) sig[s] = v;
    }
  }
  return { signature: Array.from(sig), words: words.length };
}

export function similarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

// 21 bands of 3 rows: a pair at the threshold's overlap 0.7 (Jaccard 0.54 for two postings of one
// size: a short re-post with a sentence rewritten) shares a band with probability 0.97, at Jaccard
// 0.6 with 0.99, a pair at 0.2 with 0.15; every candidate is verified on its signature.
const ROWS = 3;
const BANDS = Math.floor(SLOTS / ROWS);

export interface DuplicateMatch {
  /** The doc id this posting repeats, or '' for an original. */
  of: string;
  /** Similarity to it: 1 for the same text, else the share of shingles the two have in common. */
  similarity: number;
}

/**
 * Share of the smaller posting's shingles that the larger one has too, from their MinHash Jaccard
 * estimate and their sizes: a line added to one of them (a header, a footer) leaves it near 1, one
 * sentence rewritten costs only that sentence's shingles. A posting much shorter than the other is
 * not its copy, however much of it the other contains.
 */
function overlap(jaccard: number, a: number, b: number): number {
  const sa = Math.max(1, a - SHINGLE + 1);
  const sb = Math.max(1, b - SHINGLE + 1);
  if (Math.min(sa, sb) < Math.max(sa, sb) * MIN_SIZE_RATIO) return 0;
  return Math.min(1, (jaccard * (sa + sb)) / (1 + jaccard) / Math.min(sa, sb));
}

const MIN_SIZE_RATIO = 0.6;
const UNKNOWN_ROLE_THRESHOLD = 0.9;

function titleWords(title: string): string[] {
  return [...new Set(title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
}

/**
 * Whether two titles can name the same posting: one's words all in the other ("NET SW Engineer",
 * "Senior .NET SW Engineer"), or either unknown. Two roles of one company share most of their text
 * (who the company is, what it offers, how it hires) and differ in the title and a few lines.
 */
function sameRole(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((w) => large.includes(w));
}

/**
 * Finds, for each posting in arrival order, the earliest earlier posting it duplicates. LSH banding
 * keeps this linear in the corpus: a posting is compared only with those sharing a band. What is
 * kept per original posting is compact (its signature and its 42 band entries in typed arrays, its
 * size), about 1.2 KB outside the JavaScript heap, because it lives for the whole run. A posting shorter than `minWords`
 * is too short to judge by likeness (one-sentence postings share most of their words): it is a
 * duplicate only of the same text.
 */
export class DuplicateIndex {
  private readonly ids: string[] = [];
  private readonly titles: string[][] = [];
  /** First words of each original, one string (kept for the whole run; split only for a candidate pair). */
  private readonly leads: string[] = [];
  private signatures = new Uint32Array(SLOTS * 1024);
  private sizes = new Uint32Array(1024);
  /** First 16 hex digits of the content hash → index; 64 bits make a false match negligible. */
  private readonly exact = new Map<string, number>();
  /** Band key → the indexes of the postings in it. */
  private readonly bands = new BandTable();

  constructor(
    private readonly threshold: number,
    private readonly minWords = 30,
  ) {}

  private signatureOf(index: number): Uint32Array {
    return this.signatures.subarray(index * SLOTS, (index + 1) * SLOTS);
  }

  /** Finds what this posting repeats (or remembers it as an original). */
  add(docId: string, hash: string, fp: Fingerprint, title = ''): DuplicateMatch {
    // An empty posting (all of it boilerplate) repeats nothing.
    if (fp.words === 0) return { of: '', similarity: 0 };
    const hashKey = hash.slice(0, 16);
    const same = this.exact.get(hashKey);
    if (same !== undefined) return { of: this.ids[same], similarity: 1 };
    const judged = fp.words >= this.minWords;
    const words = titleWords(title);
    const lead = titleWords(fp.lead ?? '');
    const keys: number[] = [];
    let best = -1;
    let bestScore = this.threshold;
    const seen = new Set<number>();
    for (let b = 0; judged && b < BANDS; b++) {
      // A band's rows (and the band's number) folded into 30 bits, a small integer for the map's
      // keys (42 per original); a collision only costs one verified comparison.
      let h = b;
      for (let r = b * ROWS; r < (b + 1) * ROWS; r++) h = mix(h ^ fp.signature[r]);
      const key = h >>> 2;
      keys.push(key);
      for (const other of this.bands.get(key)) {
        if (seen.has(other)) continue;
        seen.add(other);
        if (!sameRole(words, this.titles[other])) continue;
        const score = overlap(similarity(fp.signature, this.signatureOf(other)), fp.words, this.sizes[other]);
        // Without both titles the role is not known: two roles of one company sharing its template
        // reach 0.85. Unless their first words agree, only a copy (a line added, near 1) counts.
        const titled = words.length > 0 && this.titles[other].length > 0;
        if (!titled && !sameRole(lead, this.leads[other] ? this.leads[other].split(' ') : []) && score < Math.max(this.threshold, UNKNOWN_ROLE_THRESHOLD)) continue;
        // The earliest of equally similar originals, whatever order the buckets list them in.
        if (score > bestScore || (score === bestScore && (best === -1 || other < best))) {
          best = other;
          bestScore = score;
        }
      }
    }
    if (best !== -1) return { of: this.ids[best], similarity: Math.round(bestScore * 100) / 100 };
    const index = this.ids.length;
    this.ids.push(docId);
    this.titles.push(words);
    this.leads.push(lead.join(' '));
    if ((index + 1) * SLOTS > this.signatures.length) {
      const grown = new Uint32Array(this.signatures.length * 2);
      grown.set(this.signatures);
      this.signatures = grown;
      const sizes = new Uint32Array(this.sizes.length * 2);
      sizes.set(this.sizes);
      this.sizes = sizes;
    }
    this.signatures.set(fp.signature, index * SLOTS);
    this.sizes[index] = fp.words;
    this.exact.set(hashKey, index);
    for (const key of keys) this.bands.add(key, index);
    return { of: '', similarity: 0 };
  }
}
