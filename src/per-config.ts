/**
 * A value derived from a stage's config (an index, compiled patterns), built once per config object.
 * Configs are structured-cloned into each worker, so every worker builds its own, lazily.
 */
export function perConfig<C extends object, V>(build: (config: C) => V): ((config: C) => V) & { forget(config: C): void } {
  const cache = new WeakMap<C, V>();
  const get = (config: C) => {
    let value = cache.get(config);
    if (value === undefined) {
      value = build(config);
      cache.set(config, value);
    }
    return value;
  };
  /** Drops the value built for this config (the next call builds it again). */
  return Object.assign(get, { forget: (config: C) => void cache.delete(config) });
}
