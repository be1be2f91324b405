import { describe, it } from 'vitest';
import { expectCueRow, type CueRow } from './helpers.js';

const rows: CueRow[] = [
  // The scope of a negation: "impose no tariffs" denies the imposing, as "not impose" does.
  [
    'The ministers agreed not to impose new tariffs on each other.',
    'The ministers agreed to impose no new tariffs on each other.',
    null,
  ],
  // "rule out" is a negating verb; under another negation it affirms.
  [
    'Neither side excluded the possibility of a ceasefire before winter.',
    'Both sides ruled out a ceasefire before winter.',
    { b: 'ruled out a ceasefire', explanation: '"ceasefire" is negated on one side only' },
  ],
  [
    'The minister does not rule out a ceasefire.',
    'The minister rules out a ceasefire.',
    { b: 'rules out a ceasefire' },
  ],
  // Two negations cancel out.
  [
    'No participant failed to endorse the communique.',
    'Every participant endorsed the communique.',
    null,
  ],
  // "no later than" bounds a time; it denies nothing.
  ['The embassies will reopen no later than May.', 'The embassies will reopen in May.', null],
];

describe('the negation cue', () => {
  it.each(rows)('%s / %s', (...row) => expectCueRow('negation', row));
});
