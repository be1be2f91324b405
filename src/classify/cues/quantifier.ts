import { defineCue } from '../cue.js';
import { exclusiveSlots, slotConflict, slotMessages, type SlotValue } from '../frame.js';
import { memoPerSentence } from '../../sentence/memo.js';
import type { SentenceModel } from '../../sentence/model.js';
import { breaksClause } from '../phrases.js';
import { negatedPositions } from './negation.js';

/**
 * Quantifiers that may both be true of one group: "not all" were released, and some were, or none;
 * "most" were, so some were, and not all.
 */
const COMPATIBLE = new Set(
  [
    ['not all', 'some'],
    ['not all', 'none'],
    ['most', 'some'],
    ['most', 'not all'],
  ].flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]),
);

/**
 * Fires when the two sides say how many of the same group did something in ways that cannot both
 * be true: all against none, all against some, some against none, all against not all ("all of
 * the detained fishermen" / "none of the detained fishermen", "both sides" / "neither side").
 */
export const quantifierCue = defineCue({
  name: 'quantifier',
  messages: slotMessages,
  detect: (a, b) => slotConflict('quantifier', quantified(a), quantified(b), excludes),
});

/** What a negated predicate makes of its quantifier: "both sides must not fire" says none did. */
const NEGATED: Readonly<Record<string, string>> = {
  all: 'none',
  none: 'all',
  some: 'not all',
  // "most did not sign": not all did.
  most: 'not all',
  'not all': 'some',
};

/**
 * The quantifiers of a side, each read with the polarity of its clause: a negation that starts
 * after the quantifier, in its clause, turns it to its contradictory ("Both sides must not fire" is
 * "neither side would fire"). "None" or "neither" negate their own clause and stay as they are.
 */
const quantified = memoPerSentence((side: SentenceModel): SlotValue[] => {
  const negated = negatedPositions(side);
  return (exclusiveSlots(side).get('quantifier') ?? []).map((q) => {
    let denied = false;
    const { tokens, lexicon } = side;
    const infinitive = (k: number) => lexicon.infinitiveMarkers.has(tokens[k]?.word ?? '');
    for (let k = q.end! + 1; k < tokens.length && !breaksClause(side, k - 1); k++) {
      // A negation in an infinitive denies what the parties pledged, not that they pledged:
      // "Both governments pledged to take no steps", "both agreed not to".
      if (infinitive(k)) break;
      const from = negated.get(k);
      if (from !== undefined && from > q.end! && !infinitive(k + 1) && !infinitive(from + 1))
        denied = true;
    }
    return denied ? { ...q, value: NEGATED[q.value] ?? q.value } : q;
  });
});

function excludes(x: SlotValue, y: SlotValue): boolean {
  return (
    x.object !== undefined &&
    x.object === y.object &&
    x.value !== y.value &&
    !COMPATIBLE.has(`${x.value}|${y.value}`)
  );
}
