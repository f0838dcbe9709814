/** Adds `items` at the end of `target`: `target.push(...items)` overflows the call stack past some 100,000 items. */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
