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

/** The answers to the `limit` questions last asked (a Map keeps its keys in the order they were set): memory stays flat however large the corpus. */
export class Memo<T> {
  private readonly map = new Map<string, T>();
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
    if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value!);
    this.map.set(d, value);
  }
}
