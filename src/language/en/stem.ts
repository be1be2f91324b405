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
const BRITISH_ENDINGS: readonly {
  british: string;
  american: string;
  lettersBefore: number;
  followedBy: readonly string[];
}[] = [
  {
    british: 'is',
    american: 'iz',
    lettersBefore: 2,
    followedBy: ['e', 'es', 'ed', 'ing', 'ation', 'ations'],
  },
  { british: 'ys', american: 'yz', lettersBefore: 2, followedBy: ['e', 'es', 'ed', 'ing'] },
  { british: 'our', american: 'or', lettersBefore: 3, followedBy: ['', 's', 'ed', 'ing', 'able'] },
  { british: 'ogue', american: 'og', lettersBefore: 2, followedBy: ['', 's'] },
  { british: 'amme', american: 'am', lettersBefore: 3, followedBy: ['', 's'] },
  { british: 'tre', american: 'ter', lettersBefore: 3, followedBy: ['', 's'] },
];
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
 * letter class each, took V8 most of a millisecond to compile at a run's first long word.
 */
export function americanSpelling(word: string): string {
  if (word.length < 6) return word;
  let spelt = word;
  for (const { british, american, lettersBefore, followedBy } of BRITISH_ENDINGS) {
    for (const after of followedBy) {
      const ending = british + after;
      const at = spelt.length - ending.length;
      if (spelt.endsWith(ending) && endsWithLetters(spelt.slice(0, at), lettersBefore)) {
        spelt = spelt.slice(0, at) + american + after;
        break;
      }
    }
  }
  return Object.hasOwn(BRITISH_WORDS, spelt) ? BRITISH_WORDS[spelt]! : spelt;
}

/** Whether the last `count` characters (code points, as \p{L} counts them) of text are letters. */
function endsWithLetters(text: string, count: number): boolean {
  const last = Array.from(text.slice(-2 * count)).slice(-count);
  return last.length === count && last.every(isLetter);
}
