import { defineCue } from '../cue.js';
import {
  exclusiveSlots,
  placesMet,
  sameTime,
  slotConflict,
  slotMessages,
  type SlotValue,
} from '../frame.js';
import { defineWords, keyOf, keySet, wordSet } from '../lexicon.js';
import { countriesIn } from '../people.js';
import { slice } from '../phrases.js';
import { memoPerSentence } from '../../sentence/memo.js';
import type { SentenceModel } from '../../sentence/model.js';

const words = defineWords({
  /** Verbs of going to a place, after which its name is where the leaders met ("travelled to"). */
  travelVerbs: keySet,
  /** The prepositions between such a verb and the place ("to", "in"). */
  journeyPrepositions: wordSet,
  /** Words after a place that say what happened there ("where"). */
  placeRelatives: wordSet,
});

/**
 * Fires when the two sides say the leaders met or spoke in ways that exclude one another ("met in
 * person" / "spoke by video link", "by telephone" / "held a video call"), a meeting at a place
 * being one in person ("their meeting in Brussels" / "discussed it by telephone"), and so is one
 * after a journey there ("travelled to Paris, where they held talks" / "held a video conference").
 */
export const modeCue = defineCue({
  name: 'mode',
  words,
  messages: slotMessages,
  detect: (a, b) => (sameTime(a, b) ? slotConflict('mode', modes(a), modes(b)) : null),
  pull: {
    // Two sentences that say how the leaders met are about the contact, however few words they share.
    says: (side) => exclusiveSlots(side).has('mode'),
    topicWordsNeeded: (_a, _b, finding) => (finding === null ? undefined : 0),
  },
});

/**
 * How a side says the leaders met: the mode it names, and in person where it names a place they met
 * at or a journey to a country or its capital where they met ("travelled to Paris, where").
 */
const modes = memoPerSentence((side: SentenceModel): readonly SlotValue[] => {
  const named = exclusiveSlots(side).get('mode') ?? [];
  const place = placesMet(side)[0] ?? journeyTo(side);
  if (place === undefined || named.some((v) => v.value === IN_PERSON)) return named;
  return [...named, { value: IN_PERSON, words: place }];
});

/**
 * The words of a journey to a country or its capital that the sentence goes on to say what was
 * done at ("travelled to Paris, where they held talks"), if any: a journey alone may be another
 * occasion than the contact ("arrived in Moscow ahead of the call").
 */
function journeyTo(side: SentenceModel): string | undefined {
  const { tokens, lexicon } = side;
  for (const country of countriesIn(side)) {
    const to = country.start - 1;
    const verb = tokens[to - 1];
    if (
      !country.person &&
      verb !== undefined &&
      lexicon.journeyPrepositions.has(tokens[to]!.word) &&
      lexicon.travelVerbs.has(keyOf(verb)) &&
      lexicon.placeRelatives.has(tokens[country.end + 1]?.word ?? '')
    )
      return slice(side, to - 1, country.end);
  }
  return undefined;
}

/** The value of the mode of a meeting face to face, as the language's data names it. */
export const IN_PERSON = 'in person';
