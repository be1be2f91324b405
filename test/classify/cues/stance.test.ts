import { describe, it } from 'vitest';
import { expectCueRow, type CueRow } from './helpers.js';

const rows: CueRow[] = [
  [
    'The ministry welcomed the decision of the court.',
    'The ministry condemned the decision of the court.',
    {
      a: 'welcomed',
      b: 'condemned',
      explanation: "stance: condemns ('condemned') against welcomes ('welcomed')",
    },
  ],
  [
    "The government supports the country's bid to join the bloc.",
    "The government opposes the country's bid to join the bloc.",
    { a: 'supports', b: 'opposes' },
  ],
  // About different things, both can be true.
  ['The ministers welcomed the ceasefire.', 'The ministers condemned the attack.', null],
  ['The ministers welcomed the ceasefire.', 'The ministers praised the ceasefire.', null],
];

describe('the stance cue', () => {
  it.each(rows)('%s / %s', (...row) => expectCueRow('stance', row));
});
