import { describe, it } from 'vitest';
import { expectCueRow, type CueRow } from './helpers.js';

const rows: CueRow[] = [
  [
    'The ceasefire was announced after the talks in Doha.',
    'The ceasefire was announced before the talks in Doha began.',
    {
      a: 'after',
      b: 'before',
      explanation: "order: after ('after') against before ('before')",
    },
  ],
  // Before one thing and after another: both can be true.
  [
    'The ceasefire was announced after the talks.',
    'The ceasefire was announced before the vote.',
    null,
  ],
];

describe('the order cue', () => {
  it.each(rows)('%s / %s', (...row) => expectCueRow('order', row));
});
