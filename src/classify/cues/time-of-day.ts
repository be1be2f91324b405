import { exclusiveSlotCue, exclusiveSlots } from '../frame.js';
import { defineCue } from '../cue.js';
import { defineWords, wordSet } from '../lexicon.js';
import { capitalisedAt } from '../../sentence/capitals.js';
import { memoPerSentence } from '../../sentence/memo.js';
import type { SentenceModel } from '../../sentence/model.js';
import { IN_PERSON } from './mode.js';

const slotCue = exclusiveSlotCue('time of day', ['time of day']);

const words = defineWords({
  /** The word after a place that names its clock ("Beijing time"). */
  clockWords: wordSet,
  /** Words before it that name the clock of where the event was ("local time"). */
  localClockWords: wordSet,
});

/**
 * Fires when the two sides set one meeting in different parts of the day ("on the afternoon of
 * March 31" / "this morning"); a side naming two parts leaves either, and a time past is not one
 * to come. Only a meeting in one place has one clock: the evening of a call in Washington is the
 * next morning in Beijing, so a side that says the contact was by telephone or video, or names
 * its clock ("Beijing time"), says nothing.
 */
export const timeOfDayCue = defineCue({
  name: slotCue.name,
  words,
  messages: slotCue.messages,
  // Most pairs name no part of the day on either side: the memoised slots settle them first.
  detect: (a, b) =>
    partOfDay(a) && partOfDay(b) && onOneClock(a) && onOneClock(b) ? slotCue.detect(a, b) : null,
});

const partOfDay = (side: SentenceModel): boolean => exclusiveSlots(side).has(slotCue.name);

/** Whether a side leaves the meeting on the clock of one place: no remote mode, no clock named. */
const onOneClock = memoPerSentence((side: SentenceModel): boolean => {
  const remote = (exclusiveSlots(side).get('mode') ?? []).some((v) => v.value !== IN_PERSON);
  if (remote) return false;
  const { tokens, lexicon } = side;
  for (let k = 1; k < tokens.length; k++)
    if (
      lexicon.clockWords.has(tokens[k]!.word) &&
      (capitalisedAt(side, k - 1) || lexicon.localClockWords.has(tokens[k - 1]!.word))
    )
      return false;
  return true;
});
