import { lexicon, type Lexicon } from '../classify/words.js';
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
