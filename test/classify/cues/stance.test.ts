import { stanceCue } from '../../../src/classify/cues/stance.js';
import { testCue } from './helpers.js';

testCue(stanceCue, {
  fires: [
    [
      'welcomed against condemned',
      'The ministry welcomed the decision of the court.',
      'The ministry condemned the decision of the court.',
      {
        a: 'welcomed',
        b: 'condemned',
        explanation: "stance: condemns ('condemned') against welcomes ('welcomed')",
      },
    ],
    [
      'supports against opposes',
      "The government supports the country's bid to join the bloc.",
      "The government opposes the country's bid to join the bloc.",
      { a: 'supports', b: 'opposes' },
    ],
  ],
  quiet: [
    [
      'about different things, both can be true',
      'The ministers welcomed the ceasefire.',
      'The ministers condemned the attack.',
    ],
    [
      'two wordings of one stance',
      'The ministers welcomed the ceasefire.',
      'The ministers praised the ceasefire.',
    ],
  ],
});
