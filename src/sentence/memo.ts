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
    sentence.found[slot] = value;
    return value;
  };
}

let slots = 0;
