/**
 * A record whose values are built on first read, each once: a module-scope table that a function's cold start
 * would otherwise build whole although most invocations read one entry or none. Keys are known up front, so
 * `Object.keys`, `in` and iteration behave as on a plain object.
 */
export const lazyRecord = <K extends string, V>(
  keys: readonly K[],
  build: (key: K) => V,
): Readonly<Record<K, V>> => {
  const record = {} as Record<K, V>;
  for (const key of keys) {
    Object.defineProperty(record, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = build(key);
        Object.defineProperty(record, key, { value, enumerable: true, writable: false, configurable: false });
        return value;
      },
    });
  }
  return record;
};
