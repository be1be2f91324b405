import type { Reason } from '../../report/types.js';
import { antonymTable, type AntonymSource } from '../antonyms.js';
import { keyOf } from '../lexicon.js';
import { perSide, slice, type Side } from '../side.js';
import { negatedPositions } from './negation.js';

/** Fires when one side uses a word and the other its opposite ("temporary" / "permanent"), neither negated. */
export function antonymCue(a: Side, b: Side): Reason | null {
  const clash = firstClash(a, b);
  if (!clash) return null;
  const { wordA, wordB, source } = clash;
  // In a fixed order, so that the explanation reads the same whichever document comes first.
  const [first, second] = [wordA, wordB].sort();
  return {
    cue: 'antonym',
    a: wordA,
    b: wordB,
    explanation:
      source === 'characterisation'
        ? `"${first}" and "${second}" characterise it in opposite ways`
        : `"${first}" and "${second}" are antonyms${source === 'wordnet' ? ' (WordNet)' : ''}`,
  };
}

/**
 * Whether the two sides characterise the contact in opposite ways ("the talks were constructive" /
 * "the discussions were difficult"): about the same thing, however few words they share. Two
 * readouts of one event call it by different names (talks, meeting, discussions, atmosphere).
 */
export function opposeOnTheContact(a: Side, b: Side): boolean {
  if (firstClash(a, b)?.source !== 'characterisation') return false;
  const namesContact = (side: Side) => side.tokens.some((token) => side.lexicon.contactNouns.has(keyOf(token)));
  return namesContact(a) && namesContact(b);
}

/** Whether a side characterises a contact ("the talks were constructive"): a candidate for opposeOnTheContact. */
export const characterisesTheContact = perSide((side: Side): boolean => {
  const { contactNouns } = side.lexicon;
  const { characterising } = antonymTable(side.lexicon.lang, side.lexicon.data);
  // Cheap tests first: most sentences name no contact or hold no characterising word.
  if (!side.tokens.some((token) => contactNouns.has(keyOf(token)))) return false;
  if (!side.tokens.some((token) => token.term !== null && characterising.has(token.term))) return false;
  return [...affirmedTerms(side).keys()].some((term) => characterising.has(term));
});

function firstClash(a: Side, b: Side): { wordA: string; wordB: string; source: AntonymSource } | null {
  const table = antonymTable(a.lexicon.lang, a.lexicon.data);
  const termsA = affirmedTerms(a);
  const termsB = affirmedTerms(b);
  for (const [term, index] of termsA) {
    if (termsB.has(term)) continue;
    for (const [opposite, source] of table.opposites(term)) {
      const other = termsB.get(opposite);
      if (other === undefined || termsA.has(opposite)) continue;
      // "could undermine the positive climate" leans both ways: no clear opposite of "stability".
      if (source === 'characterisation' && (leans(a).has(table.leaning(opposite)!) || leans(b).has(table.leaning(term)!))) continue;
      return { wordA: slice(a, index, index), wordB: slice(b, other, other), source };
    }
  }
  return null;
}

/** The ways a side's own characterisations lean (positive, negative, or both). */
const leans = perSide((side: Side): Set<'positive' | 'negative'> => {
  const table = antonymTable(side.lexicon.lang, side.lexicon.data);
  const found = new Set<'positive' | 'negative'>();
  for (const term of affirmedTerms(side).keys()) {
    const leaning = table.leaning(term);
    if (leaning) found.add(leaning);
  }
  return found;
});

/** Content terms not under a negation, each with its first position. */
const affirmedTerms = perSide((side: Side): Map<string, number> => {
  const negated = negatedPositions(side);
  const excluded = side.lexicon.antonymExclusions;
  const terms = new Map<string, number>();
  side.tokens.forEach((token, i) => {
    if (token.term !== null && !excluded.has(token.term) && !negated.has(i) && !terms.has(token.term)) terms.set(token.term, i);
  });
  return terms;
});
