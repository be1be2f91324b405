import { describe, it } from 'vitest';
import { expectCueRow, type CueRow } from './helpers.js';

const rows: CueRow[] = [
  [
    'The two leaders met in person.',
    'The two leaders spoke by video link.',
    {
      a: 'in person',
      b: 'by video',
      explanation: "mode: in person ('in person') against video ('by video')",
    },
  ],
  [
    'The presidents spoke by telephone.',
    'The presidents held a video call.',
    { a: 'by telephone', b: 'video call' },
  ],
  // Two wordings of one mode.
  ['The summit was held in a virtual format.', 'The summit took place by videoconference.', null],
  // A negated mode says nothing of how they did meet.
  ['The leaders did not meet in person.', 'The leaders spoke by video link.', null],
  // One side names no mode.
  ['The leaders met in person.', 'The leaders discussed trade.', null],
];

describe('the mode cue', () => {
  it.each(rows)('%s / %s', (...row) => expectCueRow('mode', row));
});
