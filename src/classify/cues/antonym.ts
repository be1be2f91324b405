import type { Reason } from '../../report/types.js';
import { antonymTable } from '../antonyms.js';
import { perSide, type Side } from '../side.js';
import { negatedPositions } from './negation.js';

/** Fires when one side uses a word and the other its opposite ("temporary" / "permanent"), neither negated. */
export function antonymCue(a: Side, b: Side): Reason | null {
  const table = antonymTable(a.lexicon.lang, a.lexicon.data);
  const termsA = affirmedTerms(a);
  const termsB = affirmedTerms(b);
  for (const [term, index] of termsA) {
    if (termsB.has(term)) continue;
    for (const [opposite, source] of table.opposites(term)) {
      const other = termsB.get(opposite);
      if (other === undefined || termsA.has(opposite)) continue;
      const wordA = a.tokens[index]!.surface;
      const wordB = b.tokens[other]!.surface;
      return {
        cue: 'antonym',
        a: wordA,
        b: wordB,
        explanation:
          source === 'characterisation'
            ? `"${wordA}" and "${wordB}" characterise it in opposite ways`
            : `"${wordA}" and "${wordB}" are antonyms${source === 'wordnet' ? ' (WordNet)' : ''}`,
      };
    }
  }
  return null;
}

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
