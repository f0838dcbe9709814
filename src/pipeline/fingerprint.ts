import { createHash } from 'node:crypto';

// 64 MinHash slots estimate Jaccard similarity within about ±0.06, enough to tell a re-post
// (≥ 0.9) from two postings of the same role family (typically < 0.5).
const SLOTS = 64;
const SHINGLE = 5;

// Fixed, seeded per-slot salts: signatures must be comparable across runs and machines.
const SALTS = Uint32Array.from({ length: SLOTS }, (_, i) => createHash('sha256').update(`minhash-${i}`).digest().readUInt32BE(0));

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// murmur3's finaliser: a cheap, well-mixed 32-bit permutation, salted once per slot.
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** MinHash signature of the text's lower-cased word 5-shingles. */
export function minhash(text: string): number[] {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv1a);
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
  return Array.from(sig);
}

export function similarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

// 8 bands of 8 rows: a pair at similarity 0.9 shares a band with probability 0.99, a pair at 0.5
// (postings of one company sharing its boilerplate) with probability 0.03, so candidates stay few.
const BANDS = 8;
const ROWS = SLOTS / BANDS;

/**
 * Finds, for each posting in arrival order, the earliest earlier posting it duplicates. LSH banding
 * keeps this linear in the corpus: a posting is compared only with those sharing a band. What is
 * kept per original posting is compact (its signature in one typed array, band buckets of indexes),
 * about 400 bytes, because it lives for the whole run.
 */
export class DuplicateIndex {
  private readonly ids: string[] = [];
  private signatures = new Uint32Array(SLOTS * 1024);
  /** First 16 hex digits of the content hash → index; 64 bits make a false match negligible. */
  private readonly exact = new Map<string, number>();
  /** Band key → the index of the one posting in it, or the indexes of several. */
  private readonly bands = new Map<number, number | number[]>();

  constructor(private readonly threshold: number) {}

  private signatureOf(index: number): Uint32Array {
    return this.signatures.subarray(index * SLOTS, (index + 1) * SLOTS);
  }

  /** Returns the doc id this one duplicates, or '' (and remembers it as an original). */
  add(docId: string, hash: string, signature: number[]): string {
    const hashKey = hash.slice(0, 16);
    const same = this.exact.get(hashKey);
    if (same !== undefined) return this.ids[same];
    const keys: number[] = [];
    let best = -1;
    let bestScore = this.threshold;
    const seen = new Set<number>();
    for (let b = 0; b < BANDS; b++) {
      // A band's rows folded into one number; a collision only costs one verified comparison.
      let h = b;
      for (let r = b * ROWS; r < (b + 1) * ROWS; r++) h = mix(h ^ signature[r]);
      const key = b * 2 ** 32 + h;
      keys.push(key);
      const bucket = this.bands.get(key);
      for (const other of bucket === undefined ? [] : typeof bucket === 'number' ? [bucket] : bucket) {
        if (seen.has(other)) continue;
        seen.add(other);
        const score = similarity(signature, this.signatureOf(other));
        if (score >= bestScore && (best === -1 || score > bestScore)) {
          best = other;
          bestScore = score;
        }
      }
    }
    if (best !== -1) return this.ids[best];
    const index = this.ids.length;
    this.ids.push(docId);
    if ((index + 1) * SLOTS > this.signatures.length) {
      const grown = new Uint32Array(this.signatures.length * 2);
      grown.set(this.signatures);
      this.signatures = grown;
    }
    this.signatures.set(signature, index * SLOTS);
    this.exact.set(hashKey, index);
    for (const key of keys) {
      const bucket = this.bands.get(key);
      if (bucket === undefined) this.bands.set(key, index);
      else if (typeof bucket === 'number') this.bands.set(key, [bucket, index]);
      else bucket.push(index);
    }
    return '';
  }
}
