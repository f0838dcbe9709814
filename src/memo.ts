// A bounded memo of answers that depend on their question only, kept across the documents a worker reads (real
// archives repeat their lines: an employer's template, a trust's person specification). Outputs never depend on
// it: a hit gives what computing the answer again would.
import { hash } from 'node:crypto';

/**
 * A key's SHA-256 (32 characters of one byte): a memo keeps no document's text, nor a slice of it (V8 keeps a
 * slice's whole string alive). Undefined for a text with a lone surrogate, which UTF-8 would not tell apart.
 */
function digest(key: string): string | undefined {
  return (key as unknown as { isWellFormed(): boolean }).isWellFormed() ? hash('sha256', key, 'binary') : undefined;
}

/**
 * A string's characters as a string of their own, for a memo to keep across documents: a slice of a document's text
 * (or a string built from slices) would keep the whole document alive.
 */
export function ownCopy(s: string): string {
  return s.split('').join('');
}

/** The answers to the `limit` questions last asked (a Map keeps its keys in the order they were set): memory stays flat however large the corpus. */
export class Memo<T> {
  private readonly map = new Map<string, T>();
  /**
   * The keys oldest first, one iterator for the memo's life: a Map's iterator goes on past later changes, while a
   * fresh one would step again over every deleted key before the first live one (an eviction cost as many steps as
   * keys had been deleted since the table was last compacted: 7x slower on a memo that evicts at every miss).
   */
  private oldest = this.map.keys();
  constructor(private readonly limit: number) {}

  get(key: string): T | undefined {
    const d = digest(key);
    const value = d === undefined ? undefined : this.map.get(d);
    if (value !== undefined) {
      this.map.delete(d!);
      this.map.set(d!, value);
    }
    return value;
  }

  set(key: string, value: T): void {
    const d = digest(key);
    if (d !== undefined) this.keep(d, value);
  }

  /** The answer kept for `key`, else `compute`'s, kept (the key digested once). */
  answer(key: string, compute: () => T): T {
    const d = digest(key);
    if (d === undefined) return compute();
    let value = this.map.get(d);
    if (value !== undefined) this.map.delete(d);
    else value = compute();
    this.keep(d, value);
    return value;
  }

  private keep(d: string, value: T): void {
    if (this.map.size >= this.limit) {
      // Every key before the iterator's place was evicted by it: the next live one is the oldest.
      let next = this.oldest.next();
      if (next.done) next = (this.oldest = this.map.keys()).next();
      this.map.delete(next.value!);
    }
    this.map.set(d, value);
  }
}
