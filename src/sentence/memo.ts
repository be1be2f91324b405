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
    const value = analyse(sentence);
    // Room for every analysis at the first finding: an array grown slot by slot keeps half as
    // much room again, and a long document keeps one for each sentence.
    if (sentence.found.length < slots) sentence.found.length = slots;
    sentence.found[slot] = value;
    return value;
  };
}

let slots = 0;

/**
 * A map an analysis keeps for a sentence, or one shared empty map when it found nothing: most
 * sentences negate nothing and fill no slot, and tens of thousands of empty maps kept until the
 * report is built were much of what the garbage collector had to copy.
 */
export function keptMap<K, V>(found: Map<K, V>): ReadonlyMap<K, V> {
  return found.size === 0 ? (NO_ENTRIES as ReadonlyMap<K, V>) : found;
}

/** The same for a set. */
export function keptSet<T>(found: Set<T>): ReadonlySet<T> {
  return found.size === 0 ? (NO_MEMBERS as ReadonlySet<T>) : found;
}

const NO_ENTRIES: ReadonlyMap<unknown, unknown> = new Map();
const NO_MEMBERS: ReadonlySet<unknown> = new Set();
