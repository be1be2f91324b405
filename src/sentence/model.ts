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
  /** Names the two documents spell two ways, read as one (see withSpellings). */
  readonly spellings?: Spellings;
  /**
   * The year of the document the sentence is in, from the first full date it gives (its dateline
   * or an opening sentence), so that "next year" is a year; undefined when it gives none.
   */
  readonly year?: number;
  /** What each memoised analysis found in this sentence, by the analysis's slot. */
  readonly found: unknown[];
}

export function sentenceModel(
  text: string,
  lang: LanguageCode = 'en',
  people: People = NO_PEOPLE,
  spellings?: Spellings,
): SentenceModel {
  const model = { text, tokens: tokenize(text, lang), lexicon: lexicon(lang), people, found: [] };
  return spellings === undefined ? model : withSpellings(model, spellings);
}

/** Names spelt two ways ("Lukashenka" / "Lukashenko"): a spelling's term → the one both are read as. */
export type Spellings = ReadonlyMap<string, { term: string; word: string }>;

/**
 * The sentence with each name the documents spell two ways read in one spelling: its term, and its
 * word when it is written alone (not "Lukashenka's", whose word keeps its possessive).
 */
export function withSpellings(sentence: SentenceModel, spellings: Spellings): SentenceModel {
  if (spellings.size === 0) return sentence;
  const spelt = (token: Token): Token => {
    const one = token.term === null ? undefined : spellings.get(token.term);
    if (one === undefined) return token;
    return { ...token, term: one.term, word: /^\p{L}+$/u.test(token.word) ? one.word : token.word };
  };
  if (!sentence.tokens.some((token) => token.term !== null && spellings.has(token.term)))
    return { ...sentence, spellings };
  return { ...sentence, tokens: sentence.tokens.map(spelt), spellings, found: [] };
}

const NO_PEOPLE: People = new Map();

/** The same sentence read with the people both documents name; what was found before is found again. */
export function withPeople(sentence: SentenceModel, people: People): SentenceModel {
  return people.size === 0 ? sentence : { ...sentence, people, found: [] };
}

/** The sentences of a document read in its year (see SentenceModel.year); what was found is found again. */
export function inYear(sentences: SentenceModel[], year: number | undefined): SentenceModel[] {
  return year === undefined
    ? sentences
    : sentences.map((sentence) => ({ ...sentence, year, found: [] }));
}

/** Adjacent sentences read as one (a sentence of one document that covers two of the other). */
export function joined(sentences: readonly SentenceModel[]): SentenceModel {
  const first = sentences[0]!;
  if (sentences.length === 1) return first;
  const model = sentenceModel(
    sentences.map((s) => s.text).join(' '),
    first.lexicon.lang,
    first.people,
    first.spellings,
  );
  return first.year === undefined ? model : { ...model, year: first.year };
}
