import { lexicon, type Lexicon } from '../classify/lexicon.js';
import type { People } from '../classify/people.js';
import type { LanguageCode } from '../language/index.js';
import { tokenize, type Token } from '../vectorize/tokenize.js';

/**
 * A sentence (or two adjacent sentences read as one) as every stage after segmentation reads it:
 * its text and words, the lexicon of its language, and the people the documents name. This module
 * owns the model and the memory of what analyses found in it.
 */
export interface SentenceModel {
  readonly text: string;
  readonly tokens: Token[];
  readonly lexicon: Lexicon;
  /** People the two documents name with their country, who stand for it ("Mr. Putin"). */
  readonly people: People;
  /** What each memoised analysis found in this sentence, by the analysis's slot. */
  readonly found: unknown[];
}

export function sentenceModel(
  text: string,
  lang: LanguageCode = 'en',
  people: People = NO_PEOPLE,
): SentenceModel {
  return { text, tokens: tokenize(text, lang), lexicon: lexicon(lang), people, found: [] };
}

const NO_PEOPLE: People = new Map();

/** The same sentence read with the people both documents name; what was found before is found again. */
export function withPeople(sentence: SentenceModel, people: People): SentenceModel {
  return people.size === 0 ? sentence : { ...sentence, people, found: [] };
}

/** Adjacent sentences read as one (a sentence of one document that covers two of the other). */
export function joined(sentences: readonly SentenceModel[]): SentenceModel {
  const first = sentences[0]!;
  return sentences.length === 1
    ? first
    : sentenceModel(sentences.map((s) => s.text).join(' '), first.lexicon.lang, first.people);
}

/**
 * Remembers what an analysis found in a sentence: a sentence is weighed against many candidates,
 * and what it negates or whom it names as initiator does not change from one to the next.
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
