import { keyOf } from './lexicon.js';
import type { SentenceModel } from '../sentence/model.js';

/** A party named in a sentence: the country it stands for, and the tokens that name it. */
export interface Actor {
  country: string;
  start: number;
  end: number;
}

/**
 * A country alias, or a person the documents name with their country, that starts (reading
 * forwards) or ends (reading backwards) at token k.
 */
export function aliasAt(side: SentenceModel, k: number, direction: 1 | -1): Actor | null {
  const { tokens, lexicon } = side;
  const key = keyOf(tokens[k]!);
  for (const alias of (direction === 1 ? lexicon.actorsByFirstKey : lexicon.actorsByLastKey).get(
    key,
  ) ?? []) {
    const start = direction === 1 ? k : k - alias.keys.length + 1;
    if (start < 0 || start + alias.keys.length > tokens.length) continue;
    if (alias.keys.every((aliasKey, n) => keyOf(tokens[start + n]!) === aliasKey))
      return { country: alias.country, start, end: start + alias.keys.length - 1 };
  }
  const person = side.people.get(key);
  return person === undefined ? null : { country: person, start: k, end: k };
}
