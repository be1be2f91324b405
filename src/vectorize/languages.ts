import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { words as englishStopwords } from 'natural/lib/natural/util/stopwords.js';
import { ACTORS } from './data/countries.js';
import { BOILERPLATE, EXTRA_STOPWORDS, IRREGULAR_VERBS, KEEP_WORDS, SYNONYMS } from './data/en.js';
import * as others from './data/other-languages.js';
import type { LanguageWords } from './data/other-languages.js';

import type { LanguageCode } from './language-codes.js';

export { isLanguage, LANGUAGES, type LanguageCode } from './language-codes.js';

/** What the vectorize stage knows of a language: how to stem, what to ignore, what to equate. */
export interface VectorLanguage {
  stem: (word: string) => string;
  stopwords: ReadonlySet<string>;
  boilerplate: readonly string[];
  synonyms: readonly string[][];
  actors: Readonly<Record<string, readonly string[]>>;
}

const require = createRequire(import.meta.url);
const loaded = new Map<LanguageCode, VectorLanguage>();

/** The language's data, loaded on first use (natural's stemmers and lists for it are required then). */
export function vectorLanguage(code: LanguageCode): VectorLanguage {
  let language = loaded.get(code);
  if (!language) {
    language = code === 'en' ? english() : other(code, others[code]);
    loaded.set(code, language);
  }
  return language;
}

/**
 * The English stem of a word: an irregular past form taken back to its verb, British spellings
 * folded into American ones, then Porter's stemmer.
 */
export function englishStem(word: string): string {
  return PorterStemmer.stem(
    Object.hasOwn(IRREGULAR_VERBS, word) ? IRREGULAR_VERBS[word]! : americanSpelling(word),
  );
}

function english(): VectorLanguage {
  const keep = new Set(KEEP_WORDS);
  const known = prebuiltStems();
  return {
    stem: (word) => (Object.hasOwn(known, word) ? known[word]! : englishStem(word)),
    stopwords: new Set([...englishStopwords, ...EXTRA_STOPWORDS].filter((word) => !keep.has(word))),
    boilerplate: BOILERPLATE,
    synonyms: SYNONYMS,
    actors: ACTORS,
  };
}

function other(code: Exclude<LanguageCode, 'en'>, words: LanguageWords): VectorLanguage {
  const stemmer = require(`natural/lib/natural/stemmers/porter_stemmer_${code}.js`) as {
    stem(word: string): string;
  };
  const keep = new Set(words.keep);
  return {
    stem: (word) => stemmer.stem(word),
    stopwords: new Set(
      [...naturalStopwords(code), ...words.extraStopwords].filter((word) => !keep.has(word)),
    ),
    boilerplate: words.boilerplate,
    synonyms: words.synonyms,
    actors: words.actors,
  };
}

/**
 * Stems of the words in communique's own English word lists, computed at build time
 * (scripts/build-stems.mjs): stemming them at every start would cost more than the comparison.
 * Without the file every word is simply stemmed when met.
 */
function prebuiltStems(): Readonly<Record<string, string>> {
  try {
    return JSON.parse(
      readFileSync(new URL('../../data/stems-en.json', import.meta.url), 'utf8'),
    ) as Record<string, string>;
  } catch {
    return {};
  }
}

function naturalStopwords(code: string): string[] {
  try {
    return (require(`natural/lib/natural/util/stopwords_${code}.js`) as { words: string[] }).words;
  } catch {
    return []; // natural has no list for this language; ours stands alone
  }
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
