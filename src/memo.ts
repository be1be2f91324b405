/**
 * What is built on first use and kept: data read from disk, a module loaded only when a document
 * needs it, a language's compiled tables. (What an analysis finds in one sentence is kept on the
 * sentence: sentence/memo.ts.)
 */

/** A value built when first asked for, then the same value every time. */
export function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}

/** Where values are kept by key: a Map, or a WeakMap for keys that may be dropped. */
interface Store<K, T> {
  get(key: K): T | undefined;
  set(key: K, value: T): unknown;
}

/** A value per key, built when first asked for with that key, then kept. */
export function oncePerKey<K, T>(
  build: (key: K) => T,
  store: Store<K, T> = new Map<K, T>(),
): (key: K) => T {
  return (key) => {
    let value = store.get(key);
    if (value === undefined) {
      value = build(key);
      store.set(key, value);
    }
    return value;
  };
}
