import { countSteps } from '../work.js';
import { bundledValue } from '../language/built-data.js';
import { languageOf, type LanguageCode } from '../language/index.js';
import { vectorLanguage } from './languages.js';
import { oncePerKey } from '../memo.js';

export interface Token {
  /** Lower-cased, compatibility-normalised form with curly apostrophes straightened. */
  word: string;
  /** The stem used for similarity, or null for a stopword. */
  term: string | null;
  /** Offsets into the tokenized string: the word as written is text.slice(start, end). */
  start: number;
  end: number;
}

/**
 * Invisible characters that copy-paste and typesetting leave inside words: soft hyphen, zero-width
 * space, non-joiner and joiner, word joiner, zero-width no-break space. A word runs across them
 * ("nego\u00ADtiations" is one word, as on screen) and they are dropped from its normalised form.
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/**
 * Longer "words" are not stemmed: natural's Porter stemmers take time quadratic in the word's length
 * (minutes for a 1 MB run of letters), and no real word is this long.
 */
const MAX_STEMMED_LENGTH = 64;

/** Splits text into words; every word keeps its offsets, and content words get a stem. */
export function tokenize(text: string, lang: LanguageCode = 'en'): Token[] {
  const tokens: Token[] = [];
  const known = wordForms(lang);
  // exec on the shared pattern rather than matchAll, which copies the pattern at every call.
  const { wordPattern, asciiWordPattern } = languageOf(lang).hooks;
  const pattern = asciiWordPattern && ASCII_ONLY.test(text) ? asciiWordPattern : wordPattern();
  countSteps(1 + text.length);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const surface = match[0];
    let form = known.get(surface);
    if (form === undefined) {
      const word = normalizeWord(surface);
      form = { word, term: termOf(word, lang) };
      if (surface.length <= MAX_STEMMED_LENGTH) remember(known, surface, form);
    }
    tokens.push({ word: form.word, term: form.term, start: match.index, end: pattern.lastIndex });
  }
  // An array grown by push keeps up to twice the room its tokens take, and every sentence of both
  // documents keeps its tokens to the end of the comparison: a copy holds exactly its tokens.
  return tokens.slice();
}

/**
 * The normalised word and term of each word as written, per language. Every occurrence of a word
 * then shares one string: a long document holds hundreds of thousands of words, and a copy of each
 * would be most of what the garbage collector has to move.
 */
const wordForms = oncePerKey<LanguageCode, Map<string, { word: string; term: string | null }>>(
  () => new Map(),
);

/** Memo tables are emptied when they reach this many words, so that a long-lived process stays bounded. */
const MAX_REMEMBERED = 500_000;

function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  if (memo.size >= MAX_REMEMBERED) memo.clear();
  memo.set(key, value);
}

/** NFKC folds ligatures and full-width forms ("ﬁ", "Ｔ"); curly and modifier apostrophes become straight. */
function normalizeWord(surface: string): string {
  // Most words are plain ASCII, which needs neither Unicode normalisation nor apostrophe folding.
  if (PLAIN_ASCII.test(surface)) return surface.toLowerCase();
  return surface.replace(INVISIBLE, '').normalize('NFKC').toLowerCase().replace(/[’ʼ]/g, "'");
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

interface TermTables {
  cache: Map<string, string | null>;
  canonical: Map<string, string>;
  boilerplate: Set<string>;
}

const tables = new Map<LanguageCode, TermTables>();

/**
 * The similarity term of a normalised word: its stem, or the shared term of its synonym group or
 * country; null for stopwords and contractions of them.
 */
export function termOf(word: string, lang: LanguageCode = 'en'): string | null {
  // Too long to be a word: not stemmed, and not cached, where it would only hold memory.
  if (word.length > MAX_STEMMED_LENGTH) return word;
  const { cache } = termTables(lang);
  let term = cache.get(word);
  if (term === undefined) {
    const language = vectorLanguage(lang);
    const { hooks } = languageOf(lang);
    const base = hooks.stemBase(word);
    if (hooks.isContractedNegation(base)) term = 'not';
    else
      term =
        language.stopwords.has(base) || base.length === 0
          ? null
          : canonicalTerm(language.stem(base), lang);
    remember(cache, word, term);
  }
  return term;
}

/** True for the term of a word that only frames a statement ("discussed", "sides", "stressed"). */
export function isBoilerplate(term: string, lang: LanguageCode = 'en'): boolean {
  return termTables(lang).boilerplate.has(term);
}

function canonicalTerm(stem: string, lang: LanguageCode): string {
  return termTables(lang).canonical.get(stem) ?? stem;
}

/** Where the build packs a language's term tables beside the CLI bundle. */
export const termTablesFile = (lang: LanguageCode): string => `terms-${lang}.json`;

type PackedTermTables = Omit<TermTables, 'cache'>;

/**
 * A language's shared terms and framing terms: the CLI reads those the build made, rather than
 * stemming every synonym and country name at every start; elsewhere they are made here.
 */
function termTables(lang: LanguageCode): TermTables {
  let built = tables.get(lang);
  if (!built) {
    const bundled = bundledValue(termTablesFile(lang)) as PackedTermTables | undefined;
    built = {
      cache: new Map(),
      ...(bundled ?? { canonical: canonicalTerms(lang), boilerplate: new Set() }),
    };
    tables.set(lang, built);
    // Framing words go through termOf like any word, so they need the table above to exist first.
    if (!bundled)
      for (const word of vectorLanguage(lang).boilerplate) {
        const term = termOf(word, lang);
        if (term !== null) built.boilerplate.add(term);
      }
  }
  return built;
}

/** Synonyms share their group's first word's stem; a country's names share the country's name. */
function canonicalTerms(lang: LanguageCode): Map<string, string> {
  const language = vectorLanguage(lang);
  const canonical = new Map<string, string>();
  for (const [first, ...rest] of language.synonyms)
    for (const word of rest) canonical.set(language.stem(word), language.stem(first!));
  for (const [country, names] of Object.entries(language.actors)) {
    for (const name of [country, ...names]) {
      if (!name.includes(' ') && !name.includes('.'))
        canonical.set(language.stem(name), country.replace(/ /g, '_'));
    }
  }
  return canonical;
}

/** A language's term tables as the build packs them for the CLI: without the memo of words. */
export function termTablesToPack(lang: LanguageCode): PackedTermTables {
  const { canonical, boilerplate } = termTables(lang);
  return { canonical, boilerplate };
}
