import { defineCue } from '../cue.js';
import {
  exclusiveSlots,
  isPastForm,
  sameTime,
  slotConflict,
  slotMessages,
  type SlotValue,
} from '../frame.js';
import { defineWords, keyOf, keySet } from '../lexicon.js';
import { breaksClause } from '../phrases.js';
import { capitalisedAt } from '../../sentence/capitals.js';
import { memoPerSentence } from '../../sentence/memo.js';
import type { SentenceModel } from '../../sentence/model.js';

/** How many words before a day the verb it dates may stand ("returned to Vienna on Saturday"). */
const ACT_REACH = 5;

const words = defineWords({
  /** Verbs of a movement, done once on a trip, each on its own day ("arrived", "returned"). */
  movementVerbs: keySet,
});

/** A day a side names, with the act done on it, by key, when a verb in the past dates it. */
interface Day extends SlotValue {
  act: string | null;
}

/**
 * Fires when the two sides put the same act on different days of the week ("on Friday" / "on
 * Sunday"). A movement is an act of its own, on its own day: the day of an arrival and that of a
 * return, or of a meeting, do not conflict ("arrived in Tehran on Friday" / "returned to Vienna on
 * Saturday").
 */
export const weekdayCue = defineCue({
  name: 'weekday',
  words,
  messages: slotMessages,
  detect: (a, b) =>
    sameTime(a, b)
      ? slotConflict(
          'weekday',
          days(a),
          days(b),
          (x, y) => x.value !== y.value && !twoActs(a, x, y),
        )
      : null,
});

const days = memoPerSentence((side: SentenceModel): readonly Day[] =>
  (exclusiveSlots(side).get('weekday') ?? []).map((day) => ({
    ...day,
    act: doneBefore(side, day.end!),
  })),
);

/** The term of the verb in the past nearest before a day ending at token `end`, in its clause. */
function doneBefore(side: SentenceModel, end: number): string | null {
  const { tokens } = side;
  for (let k = end - 1; k >= 0 && k >= end - ACT_REACH && !breaksClause(side, k); k--) {
    const { word, term } = tokens[k]!;
    // A capitalised word inside the sentence is a name ("the United Nations"), no act.
    if (term === null || (k > 0 && capitalisedAt(side, k))) continue;
    if (isPastForm(side, word)) return keyOf(tokens[k]!);
  }
  return null;
}

/**
 * Whether two days date two different acts done, one of them a movement ("arrived" / "returned",
 * "arrived" / "met"); two verbs of the contact itself ("spoke" / "took place") may tell one act.
 */
function twoActs(side: SentenceModel, x: Day, y: Day): boolean {
  const { movementVerbs } = side.lexicon;
  return (
    x.act !== null &&
    y.act !== null &&
    x.act !== y.act &&
    (movementVerbs.has(x.act) || movementVerbs.has(y.act))
  );
}
