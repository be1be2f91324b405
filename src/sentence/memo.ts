import type { SentenceModel } from './model.js';

/**
 * Remembers what an analysis found in a sentence: a sentence is weighed against many candidates,
 * and what it negates or whom it names as initiator does not change from one to the next. (A
 * module of its own, importing nothing, so that the cues that use it may be loaded by the lexicon
 * registry that the sentence model loads.)
 */
export function memoPerSentence<T extends object | string | number | boolean | null>(
  analyse: (sentence: SentenceModel) => T,
): (sentence: SentenceModel) => T {
  // Kept on the sentence itself, not in a WeakMap: tens of thousands of sentences in a long
  // document made the WeakMaps' upkeep a large part of the garbage collector's time.
  const slot = slots++;
  return (sentence) => {
    const known = sentence.found[slot] as T | undefined;
    if (known !== undefined) return known;
    const found = analyse(sentence);
    // Most sentences find nothing for most analyses (no venue, no weekday): they share one empty
    // list, frozen, since every caller of the analysis reads the list it keeps.
    const value = Array.isArray(found) && found.length === 0 ? (NOTHING as T) : found;
    // Room for every analysis at the first finding: an array grown slot by slot keeps half as
    // much room again, and a long document keeps one for each sentence.
    if (sentence.found.length < slots) sentence.found.length = slots;
    sentence.found[slot] = value;
    return value;
  };
}

const NOTHING: readonly never[] = Object.freeze([]);

let slots = 0;

/**
 * A map an analysis keeps for a sentence: one shared empty map when it found nothing (most
 * sentences negate nothing and fill no slot, and tens of thousands of empty maps kept until the
 * report is built were much of what the garbage collector had to copy), else its entries packed.
 */
export function keptMap<K, V>(found: ReadonlyMap<K, V>): ReadonlyMap<K, V> {
  return found.size === 0 ? (NO_ENTRIES as ReadonlyMap<K, V>) : new PackedMap(found);
}

/** The same for a set. */
export function keptSet<T>(found: ReadonlySet<T>): ReadonlySet<T> {
  return found.size === 0 ? (NO_MEMBERS as ReadonlySet<T>) : new PackedSet(found);
}

const NO_ENTRIES: ReadonlyMap<unknown, unknown> = new Map();
const NO_MEMBERS: ReadonlySet<unknown> = new Set();

/**
 * A sentence's map with its keys and values side by side in one array, looked up in order. A
 * sentence gives an analysis a few dozen entries at most, for which a Map's hash table takes two
 * to three times the room, and every sentence of both documents keeps its analyses to the end of
 * the comparison. Keys compare as a Map compares them (SameValueZero), entries iterate in the
 * order they were set.
 */
class PackedMap<K, V> implements ReadonlyMap<K, V> {
  private readonly flat: unknown[];

  constructor(entries: ReadonlyMap<K, V>) {
    const flat = new Array<unknown>(entries.size * 2);
    let k = 0;
    for (const [key, value] of entries) {
      flat[k++] = key;
      flat[k++] = value;
    }
    this.flat = flat;
  }

  get size(): number {
    return this.flat.length / 2;
  }

  has(key: K): boolean {
    return placeOf(this.flat, key, 2) >= 0;
  }

  get(key: K): V | undefined {
    const at = placeOf(this.flat, key, 2);
    return at < 0 ? undefined : (this.flat[at + 1] as V);
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (let k = 0; k < this.flat.length; k += 2)
      callback.call(thisArg, this.flat[k + 1] as V, this.flat[k] as K, this);
  }

  *entries(): MapIterator<[K, V]> {
    for (let k = 0; k < this.flat.length; k += 2) yield [this.flat[k] as K, this.flat[k + 1] as V];
  }

  *keys(): MapIterator<K> {
    for (let k = 0; k < this.flat.length; k += 2) yield this.flat[k] as K;
  }

  *values(): MapIterator<V> {
    for (let k = 1; k < this.flat.length; k += 2) yield this.flat[k] as V;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}

/** A sentence's set as one array of its members, looked up in order (see PackedMap). */
class PackedSet<T> implements ReadonlySet<T> {
  private readonly members: T[];

  constructor(members: ReadonlySet<T>) {
    this.members = [...members];
  }

  get size(): number {
    return this.members.length;
  }

  has(value: T): boolean {
    return placeOf(this.members, value, 1) >= 0;
  }

  forEach(callback: (value: T, key: T, set: ReadonlySet<T>) => void, thisArg?: unknown): void {
    for (const member of this.members) callback.call(thisArg, member, member, this);
  }

  *entries(): SetIterator<[T, T]> {
    for (const member of this.members) yield [member, member];
  }

  keys(): SetIterator<T> {
    return this.values();
  }

  *values(): SetIterator<T> {
    yield* this.members;
  }

  [Symbol.iterator](): SetIterator<T> {
    return this.values();
  }
}

/** Where a key stands among every `stride`-th item, as a Map finds it (NaN finds NaN); -1 if absent. */
function placeOf(items: readonly unknown[], key: unknown, stride: number): number {
  if (key !== key) {
    for (let k = 0; k < items.length; k += stride) if (items[k] !== items[k]) return k;
    return -1;
  }
  for (let k = 0; k < items.length; k += stride) if (items[k] === key) return k;
  return -1;
}
