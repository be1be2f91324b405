import { describe, it } from 'vitest';
import { expectCueRow, type CueRow } from './helpers.js';

const rows: CueRow[] = [
  [
    'The consultations were held in Geneva.',
    'The consultations were held in Vienna.',
    {
      a: 'in Geneva',
      b: 'in Vienna',
      explanation: "venue: geneva ('in Geneva') against vienna ('in Vienna')",
    },
  ],
  ['The presidents met in Tashkent.', 'The presidents met in Samarkand.', { a: 'in Tashkent' }],
  // A capital lies in its country; a city unknown to the data may lie in the country named.
  ['The presidents met in Tashkent.', 'The presidents met in Uzbekistan.', null],
  ['The presidents met in Samarkand.', 'The presidents met in Uzbekistan.', null],
  // A capital known to lie outside the country the other side names.
  ['The presidents met in Dushanbe.', 'The presidents met in Uzbekistan.', { b: 'in Uzbekistan' }],
  // A month or a weekday is no place.
  ['The talks were held in March.', 'The talks were held in Geneva.', null],
  ['The talks were held in Geneva.', 'The talks were held in Geneva in May.', null],
];

describe('the venue cue', () => {
  it.each(rows)('%s / %s', (...row) => expectCueRow('venue', row));
});
