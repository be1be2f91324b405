import type { LanguageCode } from '../vectorize/languages.js';
import { tokenize, type Token } from '../vectorize/tokenize.js';
import { keyOf, lexicon, type Lexicon } from './lexicon.js';

/** One side of an aligned pair: the text of its sentence (or two adjacent sentences) and their words. */
export interface Side {
  text: string;
  tokens: Token[];
  lexicon: Lexicon;
  /** What each perSide analysis found in this side, by the analysis's slot. */
  readonly found: unknown[];
}

export function toSide(text: string, lang: LanguageCode = 'en'): Side {
  return { text, tokens: tokenize(text, lang), lexicon: lexicon(lang), found: [] };
}

/** Whether any token's key or word is in the set: a cheap test before looking for phrases. */
export function hasAnyOf(side: Side, triggers: ReadonlySet<string>): boolean {
  return side.tokens.some((token) => triggers.has(keyOf(token)) || triggers.has(token.word));
}

/**
 * Token positions at which the sequence `keys` starts, not crossing clause punctuation. Keys are
 * compared with each token's key (its term, so inflections match) or, by 'word', its word.
 */
export function findPhrase(side: Side, keys: readonly string[], by: 'key' | 'word' = 'key'): number[] {
  if (keys.length === 0) return [];
  const { tokens } = side;
  const keyFor = by === 'key' ? keyOf : wordOf;
  // A sentence is searched for dozens of phrases: look up where each one's first word stands.
  const starts = (by === 'key' ? keyPositions : wordPositions)(side).get(keys[0]!) ?? [];
  return starts.filter(
    (i) => i + keys.length <= tokens.length && keys.every((key, k) => k === 0 || (keyFor(tokens[i + k]!) === key && !breaksClause(side, i + k - 1))),
  );
}

const wordOf = (token: Token): string => token.word;

function positionsBy(side: Side, keyFor: (token: Token) => string): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  side.tokens.forEach((token, i) => {
    const key = keyFor(token);
    const list = positions.get(key);
    if (list) list.push(i);
    else positions.set(key, [i]);
  });
  return positions;
}

/** True when punctuation between token i and token i + 1 ends a clause. */
export function breaksClause(side: Side, i: number): boolean {
  const next = side.tokens[i + 1];
  if (!next) return true;
  return /[,;:.!?()\[\]"“”«»—–]|\s-\s/.test(side.text.slice(side.tokens[i]!.end, next.start));
}

/** The text from the start of token `from` to the end of token `to`. */
export function slice(side: Side, from: number, to: number): string {
  return side.text.slice(side.tokens[from]!.start, side.tokens[to]!.end);
}

/**
 * Remembers what an analysis found in a side: a sentence is weighed against many candidates, and
 * what it negates or whom it names as initiator does not change from one to the next.
 */
export function perSide<T extends {} | null>(analyse: (side: Side) => T): (side: Side) => T {
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

const keyPositions = perSide((side) => positionsBy(side, keyOf));
const wordPositions = perSide((side) => positionsBy(side, wordOf));
