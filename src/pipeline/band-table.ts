/**
 * A multimap from 32-bit band keys to posting indexes, in typed arrays: it holds a band entry of
 * every original posting for the whole run (42 per posting), where a Map of arrays cost about 40
 * bytes an entry on the JavaScript heap, which V8 then let grow to a multiple of that before
 * collecting. Here an entry is 8 bytes and its hash slot 8 more, outside the heap.
 *
 * Entries with one key form a chain, newest first; a key's first entry sits in an open-addressed
 * table.
 */
export class BandTable {
  /** Key of each entry. */
  private keys = new Uint32Array(1024);
  /** Posting of each entry. */
  private postings = new Int32Array(1024);
  /** Next (older) entry of the same key, or -1. */
  private next = new Int32Array(1024);
  private entries = 0;
  /** Per slot: the newest entry of its key, or -1. */
  private slots = new Int32Array(2048).fill(-1);
  private used = 0;

  /** The postings filed under `key`, newest first. */
  *get(key: number): Generator<number> {
    for (let e = this.slots[this.slotOf(key)]; e !== -1; e = this.next[e]) yield this.postings[e];
  }

  add(key: number, posting: number): void {
    if (this.entries === this.keys.length) this.growEntries();
    if ((this.used + 1) * 2 > this.slots.length) this.growSlots();
    const slot = this.slotOf(key);
    const e = this.entries++;
    this.keys[e] = key;
    this.postings[e] = posting;
    this.next[e] = this.slots[slot];
    if (this.slots[slot] === -1) this.used++;
    this.slots[slot] = e;
  }

  /** The slot holding `key`'s chain, or the empty slot where it would go (linear probing). */
  private slotOf(key: number): number {
    const mask = this.slots.length - 1;
    // Band keys are already well mixed: their low bits pick the slot.
    for (let s = key & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s];
      if (e === -1 || this.keys[e] === key) return s;
    }
  }

  private growEntries(): void {
    const size = this.keys.length * 2;
    const grow = <T extends Uint32Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.keys = grow(this.keys, (n) => new Uint32Array(n));
    this.postings = grow(this.postings, (n) => new Int32Array(n));
    this.next = grow(this.next, (n) => new Int32Array(n));
  }

  private growSlots(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(-1);
    for (const e of old) if (e !== -1) this.slots[this.slotOf(this.keys[e])] = e;
  }
}
