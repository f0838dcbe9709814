// Integer lists as the stored tables keep them (label-index.ts, occupation-profiles.ts): a few long
// strings instead of a million small values, which JSON.parse reads fast.

/**
 * Integers written in base 32 with a fixed number of digits (the string's first character):
 * decoding is then a loop over character codes, not a million parseInt calls.
 */
export function fixed(list: ArrayLike<number>): string {
  let max = 0;
  for (let i = 0; i < list.length; i++) max = Math.max(max, list[i]);
  const width = Math.max(1, max.toString(32).length);
  let out = String(width);
  for (let i = 0; i < list.length; i++) out += list[i].toString(32).padStart(width, '0');
  return out;
}

export function ints(s: string): Int32Array {
  const width = s.charCodeAt(0) - 48;
  const out = new Int32Array((s.length - 1) / width);
  for (let i = 0, p = 1; i < out.length; i++) {
    let v = 0;
    for (let k = 0; k < width; k++, p++) {
      const c = s.charCodeAt(p);
      v = v * 32 + (c <= 57 ? c - 48 : c - 87);
    }
    out[i] = v;
  }
  return out;
}

/** A list of offsets (`start[i] .. start[i + 1]`) as the lengths between them. */
export const counts = (start: Int32Array) => fixed(Array.from({ length: start.length - 1 }, (_, i) => start[i + 1] - start[i]));

/** Offsets back from `counts`. */
export const starts = (s: string) => {
  const c = ints(s);
  const out = new Int32Array(c.length + 1);
  for (let i = 0; i < c.length; i++) out[i + 1] = out[i] + c[i];
  return out;
};
