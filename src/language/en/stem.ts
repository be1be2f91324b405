import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { words as englishStopwords } from 'natural/lib/natural/util/stopwords.js';
import { builtData } from '../built-data.js';
import type { Stemming } from '../types.js';
import { IRREGULAR_VERBS } from './data/vocabulary.js';

/**
 * The English stem of a word: an irregular past form taken back to its verb, British spellings
 * folded into American ones, then Porter's stemmer.
 */
export function englishStem(word: string): string {
  return PorterStemmer.stem(
    Object.hasOwn(IRREGULAR_VERBS, word) ? IRREGULAR_VERBS[word]! : americanSpelling(word),
  );
}

/** English stems, those of communique's own word lists computed at build time, and natural's stopwords. */
export function englishStemming(): Stemming {
  const known = prebuiltStems();
  return {
    stem: (word) => (Object.hasOwn(known, word) ? known[word]! : englishStem(word)),
    stopwords: englishStopwords,
  };
}

/**
 * Stems of the words in communique's own English word lists, computed at build time
 * (scripts/build-stems.mjs): stemming them at every start would cost more than the comparison.
 * Without the file every word is simply stemmed when met.
 */
function prebuiltStems(): Readonly<Record<string, string>> {
  return builtData<Record<string, string>>('stems-en.json') ?? {};
}

/**
 * Folds British spellings into American ones before stemming, so that "normalising" and "normalizing"
 * share a stem. Applied to both texts alike, so a word it wrongly rewrites ("promise") still matches itself.
 */
function americanSpelling(word: string): string {
  if (word.length < 6) return word;
  return word
    .replace(/(?<=\p{L}{2})is(e|es|ed|ing|ation|ations)$/u, 'iz$1')
    .replace(/(?<=\p{L}{2})ys(e|es|ed|ing)$/u, 'yz$1')
    .replace(/(?<=\p{L}{3})our(s|ed|ing|able)?$/u, 'or$1')
    .replace(/(?<=\p{L}{2})ogue(s)?$/u, 'og$1')
    .replace(/(?<=\p{L}{3})amme(s)?$/u, 'am$1')
    .replace(/(?<=\p{L}{3})tre(s)?$/u, 'ter$1')
    .replace(/^(de|of)fence(s)?$/u, '$1fense$2');
}
