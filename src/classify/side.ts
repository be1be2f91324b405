import type { LanguageCode } from '../vectorize/languages.js';
import { tokenize, type Token } from '../vectorize/tokenize.js';
import { keyOf, lexicon, type Lexicon } from './lexicon.js';

/** One side of an aligned pair: the text of its sentence (or two adjacent sentences) and their words. */
export interface Side {
  text: string;
  tokens: Token[];
  lexicon: Lexicon;
}

export function toSide(text: string, lang: LanguageCode = 'en'): Side {
  return { text, tokens: tokenize(text, lang), lexicon: lexicon(lang) };
}

/** Whether any token's key or word is in the set: a cheap test before looking for phrases. */
export function hasAnyOf(side: Side, triggers: ReadonlySet<string>): boolean {
  return side.tokens.some((token) => triggers.has(keyOf(token)) || triggers.has(token.word));
}

/**
 * Token positions at which the key sequence `keys` starts, not crossing clause punctuation. Keys
 * are terms (so inflections match) unless `keyFor` says otherwise.
 */
export function findPhrase(side: Side, keys: readonly string[], keyFor: (token: Token) => string = keyOf): number[] {
  const found: number[] = [];
  const { tokens } = side;
  outer: for (let i = 0; i + keys.length <= tokens.length; i++) {
    for (let k = 0; k < keys.length; k++) {
      if (keyFor(tokens[i + k]!) !== keys[k]) continue outer;
      if (k > 0 && breaksClause(side, i + k - 1)) continue outer;
    }
    found.push(i);
  }
  return found;
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
export function perSide<T>(analyse: (side: Side) => T): (side: Side) => T {
  const found = new WeakMap<Side, T>();
  return (side) => {
    if (found.has(side)) return found.get(side)!;
    const value = analyse(side);
    found.set(side, value);
    return value;
  };
}
