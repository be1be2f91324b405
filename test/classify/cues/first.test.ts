import { firstCue } from '../../../src/classify/cues/first.js';
import { testCue } from './helpers.js';

testCue(firstCue, {
  fires: [
    [
      'the first meeting of a body held on one side, to come on the other',
      'The two ministers chaired the first meeting of the joint water commission in the capital.',
      'The ministers agreed to set up a joint water commission, whose inaugural meeting will be held next spring.',
      {
        a: 'first meeting',
        b: 'inaugural meeting',
        explanation: 'first meeting: held ("first meeting") against to come ("inaugural meeting")',
      },
    ],
  ],
  quiet: [
    [
      'first meetings of two different bodies',
      'The ministers chaired the first meeting of the water commission in the capital.',
      'The first meeting of the new energy council will be held in the capital next year.',
    ],
    [
      'a first meeting agreed on is a plan, not a meeting held',
      'The leaders agreed that their first meeting would take place in the capital.',
      'Their first meeting will take place in the capital next month.',
    ],
    [
      'a first meeting held on both sides',
      'The two ministers chaired the first meeting of the joint water commission.',
      'The inaugural meeting of the joint water commission was held in the capital.',
    ],
    [
      'a meeting held and another to come: only the first happens once',
      'The two ministers chaired a meeting of the joint water commission.',
      'The next meeting of the joint water commission will be held next spring.',
    ],
  ],
});
