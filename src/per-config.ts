/**
 * A value derived from a stage's config (an index, compiled patterns), built once per config object.
 * Configs are structured-cloned into each worker, so every worker builds its own, lazily.
 */
export function perConfig<C extends object, V>(build: (config: C) => V): (config: C) => V {
  const cache = new WeakMap<C, V>();
  return (config) => {
    let value = cache.get(config);
    if (value === undefined) {
      value = build(config);
      cache.set(config, value);
    }
    return value;
  };
}
