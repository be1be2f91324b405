import { timeOfDayCue } from '../../../src/classify/cues/time-of-day.js';
import { testCue } from './helpers.js';

testCue(timeOfDayCue, {
  fires: [
    [
      'one meeting in two parts of the day, a date after the part',
      'On the afternoon of 4 June, the President met the Prime Minister at the Presidential Palace.',
      'The Prime Minister called on the President at the Presidential Palace this morning.',
      {
        a: 'On the afternoon',
        b: 'this morning',
        explanation: "time of day: afternoon ('On the afternoon') against morning ('this morning')",
      },
    ],
    [
      'a part of the day after a weekday',
      'The two foreign ministers held talks in Lima on Thursday evening.',
      'The two foreign ministers held talks in Lima on Thursday morning.',
      {
        a: 'Thursday evening',
        b: 'Thursday morning',
        explanation:
          "time of day: evening ('Thursday evening') against morning ('Thursday morning')",
      },
    ],
  ],
  quiet: [
    [
      'a call, whose two ends keep two clocks',
      'On Monday evening, the President spoke with the Chancellor by telephone.',
      'On the morning of 3 May, the Chancellor held a telephone conversation with the President.',
    ],
    [
      'a side that names its clock',
      'The leaders met on the evening of 16 November, Beijing time.',
      'The leaders met on the morning of 16 November.',
    ],
    [
      'one side names two parts of the day',
      'The delegations met in the morning and again in the evening.',
      'The delegations met in the evening.',
    ],
    [
      'a part of the day that qualifies a noun sets no time',
      'The ministers opened the morning session of the forum.',
      'The ministers opened the forum in the afternoon.',
    ],
    [
      'a time past against a time to come',
      'The ministers met this morning.',
      'The ministers will meet again in the evening.',
    ],
  ],
});
