import { describe, it } from 'vitest';
import { expectCueRow, type CueRow } from './helpers.js';

const rows: CueRow[] = [
  [
    'The agreement was signed on Friday evening.',
    'The agreement was signed on Sunday evening.',
    {
      a: 'Friday',
      b: 'Sunday',
      explanation: "weekday: friday ('Friday') against sunday ('Sunday')",
    },
  ],
  ['The agreement was signed on Friday.', 'The agreement was signed on Friday evening.', null],
  // Either side naming two days leaves the day the other names possible.
  ['Talks ran from Monday to Wednesday.', 'Talks were held on Monday.', null],
];

describe('the weekday cue', () => {
  it.each(rows)('%s / %s', (...row) => expectCueRow('weekday', row));
});
