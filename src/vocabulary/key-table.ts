/**
 * Label keys with a small code each (1-7), in one open-addressing table probed by a hash of the key
 * that the matcher carries along as it joins tokens into keys.
 *
 * Why not a Map: the matcher asks about 770 keys a posting, nearly all absent, of 61,000. A Map hashes
 * each new key string (a key of several tokens is a cons string: flattened first, a copy) and then
 * walks a bucket chain, reading each entry's key string on the way: several cache misses a probe,
 * 5% of a worker's time. Here the hash comes with the key, and a probe reads one cache line of
 * (hash, code) slots; a key string is read only when the full 32-bit hash agrees, and comparing it
 * keeps the answer exact.
 *
 * The slots of 61,000 keys take 1 MB, more than stays in cache beside the rest of a posting's work, so
 * a probe was a cache miss or two. A bit set of 64 KB by another part of the hash answers most absent
 * keys first (about 1 in 9 of them gets past it); and the matcher asks about each key twice in a row
 * (its value, then whether it is a prefix), so the last answer is kept.
 */

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the code units of `s`, continued from `h`. */
function extend(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** The hash a key is probed by. */
export function keyHash(key: string): number {
  return extend(FNV_OFFSET, key);
}

/** keyHash(`${key} ${token}`) from keyHash(key), without the joined string. */
export function joinedHash(hash: number, token: string): number {
  return extend(Math.imul(hash ^ 0x20, FNV_PRIME), token);
}

/** log2 of the bits of the presence filter. */
const FILTER_BITS = 19;

/** The filter bit of a hash: its bits mixed otherwise than for the slot (see home). */
function filterBit(hash: number): number {
  return Math.imul(hash, 0x85ebca6b) >>> (32 - FILTER_BITS);
}

export class KeyTable {
  /** Per slot: the key's hash, then (its index in keys + 1) << 3 | its code; 0 there is an empty slot. */
  private readonly slots: Int32Array;
  private readonly keys: string[] = [];
  private readonly shift: number;
  private readonly mask: number;
  /** A bit per filterBit of every key's hash: a clear bit is an absent key. */
  private readonly filter = new Int32Array(1 << (FILTER_BITS - 5));
  private lastKey = '';
  private lastHash = 0;
  private lastCode = 0;

  constructor(codes: Map<string, number>) {
    // At most half full: an absent key is mostly told by the slots of one cache line.
    const bits = Math.max(4, Math.ceil(Math.log2(codes.size * 2 + 1)));
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.slots = new Int32Array(2 << bits);
    for (const [key, code] of codes) {
      if (!Number.isInteger(code) || code < 1 || code > 7) throw new Error(`key table: code ${code} of "${key}" is not 1-7`);
      const hash = keyHash(key);
      let i = this.home(hash);
      while (this.slots[2 * i + 1] !== 0) i = (i + 1) & this.mask;
      this.slots[2 * i] = hash;
      this.slots[2 * i + 1] = (this.keys.push(key) << 3) | code;
      const bit = filterBit(hash);
      this.filter[bit >>> 5] |= 1 << (bit & 31);
    }
    this.lastHash = keyHash('');
    this.lastCode = this.lookup('', this.lastHash);
  }

  /** The code of `key`, 0 when it is not in the table; `hash` is keyHash(key). */
  code(key: string, hash: number): number {
    if (hash === this.lastHash && key === this.lastKey) return this.lastCode;
    const code = this.lookup(key, hash);
    this.lastKey = key;
    this.lastHash = hash;
    this.lastCode = code;
    return code;
  }

  private lookup(key: string, hash: number): number {
    const bit = filterBit(hash);
    if ((this.filter[bit >>> 5] & (1 << (bit & 31))) === 0) return 0;
    for (let i = this.home(hash); ; i = (i + 1) & this.mask) {
      const entry = this.slots[2 * i + 1];
      if (entry === 0) return 0;
      if (this.slots[2 * i] === hash && this.keys[(entry >>> 3) - 1] === key) return entry & 7;
    }
  }

  private home(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.shift;
  }
}
