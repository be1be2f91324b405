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
    [
      'a full date stands for the day it fell on (4 June 2024 was a Tuesday)',
      'The foreign ministers met in Vilnius on Monday.',
      'The meeting of the foreign ministers took place in Vilnius on 4 June 2024.',
      {
        a: 'Monday',
        b: '4 June 2024',
        explanation: "weekday: monday ('Monday') against tuesday ('4 June 2024')",
      },
    ],
    [
      'a date written month first, with its comma (2 February 2023 was a Thursday)',
      'The envoys held talks in Doha on Saturday.',
      'The envoys held talks in Doha on February 2, 2023.',
      { a: 'Saturday', b: 'February 2, 2023' },
    ],
  ],
  quiet: [
    [
      'a date that is no day (31 February) falls on no weekday',
      'The two presidents met in Kampala on Wednesday.',
      'The two presidents met in Kampala on 31 February 2023.',
    ],
    [
      'a full date that fell on the day the other side names (4 June 2024 was a Tuesday)',
      'The foreign ministers met in Vilnius on Tuesday.',
      'The foreign ministers met in Vilnius on 4 June 2024.',
    ],
    [
      'a full date of another act, not of the event',
      'The foreign ministers met in Vilnius on Monday.',
      'The foreign ministers discussed the accord signed on 4 June 2024.',
    ],
    [
      'a dateline gives the day the document was issued',
      'The foreign ministers met in Vilnius on Monday.',
      'Vilnius, 4 June 2024',
    ],
    [
      'a date without its year falls on no known day',
      'The foreign ministers met in Vilnius on Monday.',
      'The foreign ministers met in Vilnius on 4 June.',
    ],
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
