import { createHash } from 'node:crypto';

// 64 MinHash slots estimate Jaccard similarity within about ±0.06, enough to tell a re-post
// (≥ 0.9) from two postings of the same role family (typically < 0.5).
const SLOTS = 64;
const SHINGLE = 5;
const PRIME = 4294967311; // smallest prime above 2^32

// Fixed, seeded coefficients: signatures must be comparable across runs and machines.
const COEFFS: [number, number][] = Array.from({ length: SLOTS }, (_, i) => {
  const h = createHash('sha256').update(`minhash-${i}`).digest();
  return [(h.readUInt32BE(0) | 1) >>> 0, h.readUInt32BE(4)];
});

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// (a*x + b) mod p without losing precision past 2^53: split x into 16-bit halves.
function permute(a: number, b: number, x: number): number {
  const hi = Math.floor(x / 65536);
  const lo = x % 65536;
  return ((((a * hi) % PRIME) * 65536 + a * lo + b) % PRIME) >>> 0;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** MinHash signature of the text's lower-cased word 5-shingles. */
export function minhash(text: string): number[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const sig = new Array<number>(SLOTS).fill(0xffffffff);
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const x = fnv1a(words.slice(i, i + SHINGLE).join(' '));
    for (let s = 0; s < SLOTS; s++) {
      const v = permute(COEFFS[s][0], COEFFS[s][1], x);
      if (v < sig[s]) sig[s] = v;
    }
  }
  return sig;
}

export function similarity(a: number[], b: number[]): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

const BANDS = 16;
const ROWS = SLOTS / BANDS;

/**
 * Finds, for each posting in arrival order, the earliest earlier posting it duplicates. LSH banding
 * keeps this linear in the corpus: a posting is compared only with those sharing a band.
 */
export class DuplicateIndex {
  private readonly exact = new Map<string, string>();
  private readonly bands = new Map<string, string[]>();
  private readonly signatures = new Map<string, number[]>();

  constructor(private readonly threshold: number) {}

  /** Returns the doc id this one duplicates, or '' (and remembers it as an original). */
  add(docId: string, hash: string, signature: number[]): string {
    const same = this.exact.get(hash);
    if (same) return same;
    const keys: string[] = [];
    let best = '';
    let bestScore = this.threshold;
    const seen = new Set<string>();
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${signature.slice(b * ROWS, (b + 1) * ROWS).join(',')}`;
      keys.push(key);
      for (const other of this.bands.get(key) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        const score = similarity(signature, this.signatures.get(other)!);
        if (score >= bestScore && (best === '' || score > bestScore)) {
          best = other;
          bestScore = score;
        }
      }
    }
    if (best) return best;
    this.exact.set(hash, docId);
    this.signatures.set(docId, signature);
    for (const key of keys) {
      const list = this.bands.get(key);
      if (list) list.push(docId);
      else this.bands.set(key, [docId]);
    }
    return '';
  }
}
