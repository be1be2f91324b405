import { defineCue } from '../cue.js';
import {
  exclusiveSlots,
  sameTime,
  slotConflict,
  venueWordBefore,
  slotMessages,
  type SlotValue,
} from '../frame.js';
import { asGiven, defineWords, keyOf, keySet } from '../lexicon.js';
import { breaksClause, isPastForm } from '../phrases.js';
import { datelineDate, quantities, yearOfDate } from '../quantities.js';
import { capitalisedAt } from '../../sentence/capitals.js';
import { memoPerSentence } from '../../sentence/memo.js';
import type { SentenceModel } from '../../sentence/model.js';

/** How many words before a day the verb it dates may stand ("returned to Vienna on Saturday"). */
const ACT_REACH = 5;

const words = defineWords({
  /** Verbs of a movement, done once on a trip, each on its own day ("arrived", "returned"). */
  movementVerbs: keySet,
  /** The weekday slot's values in the order of the week, Sunday first: the day a full date falls on. */
  weekdaysFromSunday: asGiven<readonly string[]>(),
});

/** A day a side names, with the act done on it, by key, when a verb in the past dates it. */
interface Day extends SlotValue {
  act: string | null;
}

/**
 * Fires when the two sides put the same act on different days of the week ("on Friday" / "on
 * Sunday"), a full date standing for the day it fell on ("on Tuesday" / "on 15 March 2023", a
 * Wednesday). A movement is an act of its own, on its own day: the day of an arrival and that of a
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

const days = memoPerSentence((side: SentenceModel): readonly Day[] => {
  const named = exclusiveSlots(side).get('weekday');
  if (named === undefined) return daysOfDates(side);
  return named.map((day) => ({ ...day, act: doneBefore(side, day.end!) }));
});

/**
 * The days of the week that a side's full dates (day, month and year) fell on, for a side that
 * names no weekday itself, when a word saying that the event happened dates them ("met in Kampala on
 * 15 March 2023", "took place on 12 May 2024"): a date after another predicate dates another act
 * ("the ceasefire agreed on 10 November 2020"), and a dateline's date the day the document was issued.
 */
function daysOfDates(side: SentenceModel): Day[] {
  const week = side.lexicon.weekdaysFromSunday;
  if (week === undefined || datelineDate(side) !== null) return [];
  const found = quantities(side);
  return found.flatMap((date) => {
    if (date.key !== 'date' || !venueWordBefore(side, date.at)) return [];
    const year = yearOfDate(found, date);
    if (year === undefined) return [];
    const [month, day] = date.value.split('-').map(Number);
    const when = new Date(Date.UTC(Number(year.value), month! - 1, day));
    // "31 February" is no day: Date would roll it over into March.
    if (when.getUTCDate() !== day) return [];
    const weekday = when.getUTCDay();
    // The words as written, from the date to its year ("March 15, 2023").
    const { tokens } = side;
    const yearWords = side.text.slice(tokens[year.at - 1]!.end, tokens[year.at]!.end);
    return [
      { value: week[weekday]!, words: date.words + yearWords, act: doneBefore(side, date.at) },
    ];
  });
}

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
