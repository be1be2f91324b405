import type { LanguageCode } from '../vectorize/languages.js';
import { tokenize, type Token } from '../vectorize/tokenize.js';
import { keyOf, lexicon, type Lexicon } from './lexicon.js';
import type { People } from './people.js';

/** One side of an aligned pair: the text of its sentence (or two adjacent sentences) and their words. */
export interface Side {
  text: string;
  tokens: Token[];
  lexicon: Lexicon;
  /** People the two documents name with their country, who stand for it ("Mr. Putin"). */
  people: People;
  /** What each perSide analysis found in this side, by the analysis's slot. */
  readonly found: unknown[];
}

export function toSide(text: string, lang: LanguageCode = 'en', people: People = NO_PEOPLE): Side {
  return { text, tokens: tokenize(text, lang), lexicon: lexicon(lang), people, found: [] };
}

const NO_PEOPLE: People = new Map();

/** Whether any token's key or word is in the set: a cheap test before looking for phrases. */
export function hasAnyOf(side: Side, triggers: ReadonlySet<string>): boolean {
  return side.tokens.some((token) => triggers.has(keyOf(token)) || triggers.has(token.word));
}

type Phrases = readonly (readonly string[])[];

/** Where one of a list of phrases starts: its index in the list and its first token's position. */
export interface PhraseAt {
  phrase: number;
  at: number;
}

/**
 * Every place where a phrase of the list starts, not crossing clause punctuation, ordered by the
 * phrase's place in the list, then by position. Words are compared by each token's key (its term,
 * so inflections match) or, by 'word', its word. One pass over the sentence, however many phrases.
 */
export function findPhrases(side: Side, phrases: Phrases, by: 'key' | 'word' = 'key'): PhraseAt[] {
  const { tokens } = side;
  const keyFor = by === 'key' ? keyOf : wordOf;
  const starting = phrasesByFirstWord(phrases);
  const found: PhraseAt[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const candidates = starting.get(keyFor(tokens[at]!));
    if (candidates === undefined) continue;
    for (const phrase of candidates) {
      const keys = phrases[phrase]!;
      const matches =
        at + keys.length <= tokens.length &&
        keys.every(
          (key, k) =>
            k === 0 || (keyFor(tokens[at + k]!) === key && !breaksClause(side, at + k - 1)),
        );
      if (matches) found.push({ phrase, at });
    }
  }
  return found.length > 1 ? found.sort((x, y) => x.phrase - y.phrase || x.at - y.at) : found;
}

const wordOf = (token: Token): string => token.word;

/** The phrases of a lexicon list by their first word, built once per list. */
const firstWordIndexes = new WeakMap<Phrases, Map<string, number[]>>();

function phrasesByFirstWord(phrases: Phrases): Map<string, number[]> {
  let index = firstWordIndexes.get(phrases);
  if (!index) {
    index = new Map();
    for (const [p, keys] of phrases.entries()) {
      if (keys.length === 0) continue;
      const list = index.get(keys[0]!);
      if (list) list.push(p);
      else index.set(keys[0]!, [p]);
    }
    firstWordIndexes.set(phrases, index);
  }
  return index;
}

/** Punctuation that ends a clause. */
const CLAUSE_END = /[,;:.!?()[\]"“”«»—–]|\s-\s/;
/** Punctuation that ends a part of a sentence, more than a clause: a comma does not. */
const PART_END = /[;:.!?()[\]]/;

/** True when punctuation between token i and token i + 1 ends a clause. */
export function breaksClause(side: Side, i: number): boolean {
  return punctuatedAfter(side, i, CLAUSE_END);
}

/** True when punctuation between token i and token i + 1 ends a part of the sentence ("; ", ". "). */
export function endsPart(side: Side, i: number): boolean {
  return punctuatedAfter(side, i, PART_END);
}

function punctuatedAfter(side: Side, i: number, punctuation: RegExp): boolean {
  const next = side.tokens[i + 1];
  if (!next) return true;
  const gap = side.text.slice(side.tokens[i]!.end, next.start);
  if (!punctuation.test(gap)) return false;
  // The full stop of "U.S." or "Mr." inside a sentence ends nothing.
  return !(gap.trim() === '.' && isAbbreviation(side, side.tokens[i]!));
}

/** Whether the words from token `at` on are `words`, as written (false past either end). */
export function wordsAt(side: Side, at: number, words: readonly string[]): boolean {
  return at >= 0 && words.every((word, k) => side.tokens[at + k]?.word === word);
}

/** An initial ("U" of "U.S.") or a title written short ("Mr"). */
function isAbbreviation(side: Side, token: Token): boolean {
  return /^\p{L}$/u.test(token.word) || side.lexicon.abbreviatedTitles.has(token.word);
}

/** The text from the start of token `from` to the end of token `to`. */
export function slice(side: Side, from: number, to: number): string {
  return side.text.slice(side.tokens[from]!.start, side.tokens[to]!.end);
}

/**
 * Remembers what an analysis found in a side: a sentence is weighed against many candidates, and
 * what it negates or whom it names as initiator does not change from one to the next.
 */
export function perSide<T extends object | string | number | boolean | null>(
  analyse: (side: Side) => T,
): (side: Side) => T {
  // Kept on the side itself, not in a WeakMap: tens of thousands of sentences in a long document
  // made the WeakMaps' upkeep a large part of the garbage collector's time.
  const slot = slots++;
  return (side) => {
    const known = side.found[slot] as T | undefined;
    if (known !== undefined) return known;
    const value = analyse(side);
    side.found[slot] = value;
    return value;
  };
}

let slots = 0;
