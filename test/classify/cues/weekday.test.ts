import { weekdayCue } from '../../../src/classify/cues/weekday.js';
import { testCue } from './helpers.js';

testCue(weekdayCue, {
  fires: [
    [
      'two days of the week',
      'The agreement was signed on Friday evening.',
      'The agreement was signed on Sunday evening.',
      {
        a: 'Friday',
        b: 'Sunday',
        explanation: "weekday: friday ('Friday') against sunday ('Sunday')",
      },
    ],
  ],
  quiet: [
    [
      'the same day',
      'The agreement was signed on Friday.',
      'The agreement was signed on Friday evening.',
    ],
    [
      'either side naming two days leaves the day the other names possible',
      'Talks ran from Monday to Wednesday.',
      'Talks were held on Monday.',
    ],
  ],
});
