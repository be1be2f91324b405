import { memoPerSentence } from '../sentence/memo.js';
import type { SentenceModel } from '../sentence/model.js';
import { asGiven, defineWords, keyOf } from './lexicon.js';
import { negatedPositions } from './cues/negation.js';

/**
 * Slots of a readout's event that a sentence may speak of without any cue comparing their values:
 * whether the two sides will stay in touch (the closing formula), whom they thanked, how the talks
 * were laid out (one-on-one, then with the delegations), the welcome ceremony. Each is given as
 * groups of words that must all be present, one word of each group, none under a negation.
 */
export type EventSlotWords = Readonly<Record<string, readonly (readonly string[])[]>>;

export const eventSlotWords = defineWords(
  {
    /** By slot, groups of words of which the sentence must hold one of each. */
    eventSlots: asGiven<EventSlotWords>(),
  },
  ({ eventSlots }, _given, context) => ({
    eventSlotKeys: Object.entries(eventSlots ?? {}).map(([slot, groups]) => ({
      slot,
      groups: groups.map((group) => new Set(group.flatMap(context.keys))),
    })),
  }),
);

/**
 * The event slots a sentence speaks of, a bit each in the order the language's data gives them (a
 * language gives at most MAX_EVENT_SLOTS).
 */
export const eventSlotMask = memoPerSentence((side: SentenceModel): number => {
  const { eventSlotKeys } = side.lexicon;
  if (eventSlotKeys.length === 0) return 0;
  const negated = negatedPositions(side);
  let mask = 0;
  eventSlotKeys.forEach(({ groups }, k) => {
    if (k < MAX_EVENT_SLOTS && groups.every((group) => holdsOneOf(side, negated, group)))
      mask |= 1 << k;
  });
  return mask;
});

/**
 * Whether a word of the sentence not under a negation is of the group: the tokens are read again
 * for each group rather than gathered into a set per sentence, which a long document kept
 * making for every sentence.
 */
function holdsOneOf(
  side: SentenceModel,
  negated: ReadonlyMap<number, number>,
  group: ReadonlySet<string>,
): boolean {
  for (let k = 0; k < side.tokens.length; k++)
    if (group.has(keyOf(side.tokens[k]!)) && !negated.has(k)) return true;
  return false;
}

/** How many event slots a language may give: they share a 32-bit mask with the cues' slots. */
export const MAX_EVENT_SLOTS = 16;
