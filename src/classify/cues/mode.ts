import { defineCue } from '../cue.js';
import {
  exclusiveSlots,
  placesMet,
  sameTime,
  slotConflict,
  slotMessages,
  type SlotValue,
} from '../frame.js';
import { memoPerSentence } from '../../sentence/memo.js';
import type { SentenceModel } from '../../sentence/model.js';

/**
 * Fires when the two sides say the leaders met or spoke in ways that exclude one another ("met in
 * person" / "spoke by video link", "by telephone" / "held a video call"), a meeting at a place
 * being one in person ("their meeting in Brussels" / "discussed it by telephone").
 */
export const modeCue = defineCue({
  name: 'mode',
  messages: slotMessages,
  detect: (a, b) => (sameTime(a, b) ? slotConflict('mode', modes(a), modes(b)) : null),
  pull: {
    // Two sentences that say how the leaders met are about the contact, however few words they share.
    says: (side) => exclusiveSlots(side).has('mode'),
    topicWordsNeeded: (_a, _b, finding) => (finding === null ? undefined : 0),
  },
});

/** How a side says the leaders met: the mode it names, and in person where it names a place they met at. */
const modes = memoPerSentence((side: SentenceModel): readonly SlotValue[] => {
  const named = exclusiveSlots(side).get('mode') ?? [];
  const place = placesMet(side)[0];
  if (place === undefined || named.some((v) => v.value === IN_PERSON)) return named;
  return [...named, { value: IN_PERSON, words: place }];
});

/** The value of the mode of a meeting face to face, as the language's data names it. */
export const IN_PERSON = 'in person';
