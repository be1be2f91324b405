import { memoPerSentence } from '../sentence/memo.js';
import type { SentenceModel } from '../sentence/model.js';
import { asGiven, defineWords, keyOf } from './lexicon.js';
import { negatedPositions } from './cues/negation.js';
import { oncePerKey } from '../memo.js';
import { countSteps } from '../work.js';

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
 * language gives at most MAX_EVENT_SLOTS): every group of a slot holds a word of the sentence not
 * under a negation. One pass over the tokens marks the groups each word is of.
 */
export const eventSlotMask = memoPerSentence((side: SentenceModel): number => {
  const { eventSlotKeys } = side.lexicon;
  if (eventSlotKeys.length === 0) return 0;
  const negated = negatedPositions(side);
  // Filled after every analysis it asks for: `held` is shared.
  const { groupsOf, groupCount } = slotGroups(eventSlotKeys);
  if (held.length < groupCount) held = new Uint8Array(groupCount);
  held.fill(0, 0, groupCount);
  for (let k = 0; k < side.tokens.length; k++) {
    const groups = groupsOf.get(keyOf(side.tokens[k]!));
    if (groups === undefined || negated.has(k)) continue;
    for (const g of groups) held[g] = 1;
  }
  let mask = 0;
  for (let k = 0, g = 0; k < eventSlotKeys.length; k++) {
    const end = g + eventSlotKeys[k]!.groups.length;
    let all = true;
    for (; g < end; g++) if (held[g] === 0) all = false;
    if (all && k < MAX_EVENT_SLOTS) mask |= 1 << k;
  }
  countSteps(side.tokens.length + groupCount);
  return mask;
});

/** Which groups of the slots a sentence's words hold, reused from sentence to sentence. */
let held = new Uint8Array(16);

/**
 * The groups of a language's event slots numbered in order, slot by slot, and by key the numbers
 * of the groups it is a word of: reading the tokens again for each group made the mask a scan per
 * group of every sentence.
 */
const slotGroups = oncePerKey(
  (slots: readonly { slot: string; groups: readonly ReadonlySet<string>[] }[]) => {
    const groupsOf = new Map<string, number[]>();
    let groupCount = 0;
    for (const { groups } of slots)
      for (const group of groups) {
        for (const key of group) {
          const of = groupsOf.get(key);
          if (of === undefined) groupsOf.set(key, [groupCount]);
          else if (of[of.length - 1] !== groupCount) of.push(groupCount);
        }
        groupCount++;
      }
    return { groupsOf, groupCount };
  },
  new WeakMap(),
);

/** How many event slots a language may give: they share a 32-bit mask with the cues' slots. */
export const MAX_EVENT_SLOTS = 16;
