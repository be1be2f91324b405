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
    [
      'one act, active and passive',
      'The ministers signed the agreement on Friday.',
      'The agreement was signed on Sunday.',
      { a: 'Friday', b: 'Sunday' },
    ],
    [
      'two verbs of one contact, neither a movement',
      'The two presidents spoke by telephone on Monday.',
      'Their telephone conversation took place on Wednesday.',
      { a: 'Monday', b: 'Wednesday' },
    ],
  ],
  quiet: [
    [
      'two different acts, each on its own day',
      'The envoy arrived in Lusaka on Friday.',
      'The envoy returned to Geneva on Sunday after the talks.',
    ],
    [
      'an arrival and the talks after it',
      'The minister arrived in Hanoi on Monday.',
      'The two ministers met in Hanoi on Tuesday.',
    ],
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
