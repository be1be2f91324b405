import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { words as englishStopwords } from 'natural/lib/natural/util/stopwords.js';
import { isLetter } from '../../segment/chars.js';
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
 * British endings and their American forms, each after at least so many letters ("rise", "tour"
 * and "metre" keep theirs), with the endings that may follow ("organis-ation", "colour-ed").
 */
const BRITISH_ENDINGS: readonly BritishEnding[] = [
  ['is', 'iz', 2, ['e', 'es', 'ed', 'ing', 'ation', 'ations']],
  ['ys', 'yz', 2, ['e', 'es', 'ed', 'ing']],
  ['our', 'or', 3, ['', 's', 'ed', 'ing', 'able']],
  ['ogue', 'og', 2, ['', 's']],
  ['amme', 'am', 3, ['', 's']],
  ['tre', 'ter', 3, ['', 's']],
].flatMap(([british, american, lettersBefore, followedBy]) =>
  (followedBy as string[]).map((after) => ({
    british: `${british as string}${after}`,
    american: `${american as string}${after}`,
    lettersBefore: lettersBefore as number,
  })),
);
interface BritishEnding {
  british: string;
  american: string;
  lettersBefore: number;
}
const BRITISH_WORDS: Readonly<Record<string, string>> = {
  defence: 'defense',
  defences: 'defenses',
  offence: 'offense',
  offences: 'offenses',
};

/**
 * Folds British spellings into American ones before stemming, so that "normalising" and "normalizing"
 * share a stem. Applied to both texts alike, so a word it wrongly rewrites ("promise") still matches
 * itself. The endings are compared as strings: the same rules as regular expressions, with a
 * letter class each, took V8 most of a millisecond to compile at a run's first long word. No word
 * has two endings of one rule, and a rule's American ending is none of its British ones, so the
 * endings are tried in turn, each on what the ones before left.
 */
export function americanSpelling(word: string): string {
  if (word.length < 6) return word;
  let spelt = word;
  for (let k = 0; k < BRITISH_ENDINGS.length; k++) {
    const { british, american, lettersBefore } = BRITISH_ENDINGS[k]!;
    const at = spelt.length - british.length;
    if (spelt.endsWith(british) && endsWithLetters(spelt.slice(0, at), lettersBefore))
      spelt = spelt.slice(0, at) + american;
  }
  return Object.hasOwn(BRITISH_WORDS, spelt) ? BRITISH_WORDS[spelt]! : spelt;
}

/** Whether the last `count` characters (code points, as \p{L} counts them) of text are letters. */
function endsWithLetters(text: string, count: number): boolean {
  const last = Array.from(text.slice(-2 * count)).slice(-count);
  return last.length === count && last.every(isLetter);
}
