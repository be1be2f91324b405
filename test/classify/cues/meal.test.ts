import { mealCue } from '../../../src/classify/cues/meal.js';
import { testCue } from './helpers.js';

testCue(mealCue, {
  fires: [
    [
      'a working dinner against a working lunch',
      'The meeting was followed by a working dinner hosted by the Prime Minister.',
      'The two leaders continued their discussions over a working lunch.',
      {
        a: 'dinner',
        b: 'lunch',
        explanation: "meal: dinner ('dinner') against lunch ('lunch')",
      },
    ],
  ],
  quiet: [
    [
      'one side names both meals',
      'The talks were followed by a working lunch and an official dinner.',
      'The leaders met again at the official dinner.',
    ],
    [
      'a meal to come is not the one held',
      'The leaders held talks over a working lunch.',
      'The Prime Minister will host a dinner for the President next year.',
    ],
    [
      'a meal not held is no value',
      'The leaders did not have dinner together.',
      'The leaders held talks over lunch.',
    ],
  ],
});
