import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { words as naturalStopwords } from 'natural/lib/natural/util/stopwords.js';
import { ACTORS } from './data/countries.js';
import { BOILERPLATE, EXTRA_STOPWORDS, KEEP_WORDS, SYNONYMS } from './data/en.js';

export interface Token {
  /** The word as written. */
  surface: string;
  /** Lower-cased, compatibility-normalised form with curly apostrophes straightened. */
  word: string;
  /** The stem used for similarity, or null for a stopword. */
  term: string | null;
  /** Offsets into the tokenized string. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
const keep = new Set(KEEP_WORDS);
const STOPWORDS = new Set([...naturalStopwords, ...EXTRA_STOPWORDS].filter((word) => !keep.has(word)));

/** Splits text into words; every word keeps its offsets, and content words get a stem. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = normalizeWord(match[0]);
    tokens.push({ surface: match[0], word, term: termOf(word), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

export function normalizeWord(surface: string): string {
  return surface.normalize('NFKC').toLowerCase().replace(/’/g, "'");
}

const stemCache = new Map<string, string | null>();

/**
 * The similarity term of a normalised word: its Porter stem, or the shared term of its synonym
 * group or country; null for stopwords and contractions of them.
 */
export function termOf(word: string): string | null {
  let term = stemCache.get(word);
  if (term === undefined) {
    const base = word.endsWith("'s") ? word.slice(0, -2) : word;
    term = base.endsWith("n't") ? 'not' : STOPWORDS.has(base) || base.length === 0 ? null : canonical(stem(base));
    stemCache.set(word, term);
  }
  return term;
}

function stem(word: string): string {
  return PorterStemmer.stem(americanSpelling(word));
}

let canonicalTerms: Map<string, string> | undefined;

/** Maps the stems of synonyms to one term, and a country's name, adjective and capital to the country. */
function canonical(term: string): string {
  if (!canonicalTerms) {
    canonicalTerms = new Map();
    for (const [first, ...rest] of SYNONYMS) for (const word of rest) canonicalTerms.set(stem(word), stem(first!));
    for (const [country, names] of Object.entries(ACTORS)) {
      for (const name of [country, ...names]) if (!name.includes(' ') && !name.includes('.')) canonicalTerms.set(stem(name), country.replace(/ /g, '_'));
    }
  }
  return canonicalTerms.get(term) ?? term;
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

let boilerplate: Set<string> | undefined;

/** True for the stem of a word that only frames a statement ("discussed", "sides", "stressed"). */
export function isBoilerplate(term: string): boolean {
  boilerplate ??= new Set(BOILERPLATE.map(termOf).filter((t): t is string => t !== null));
  return boilerplate.has(term);
}
