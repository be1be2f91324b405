import { describe, it } from 'vitest';
import { expectCueRow, type CueRow } from './helpers.js';

const rows: CueRow[] = [
  [
    'The foreign ministers held bilateral talks.',
    'The foreign ministers held trilateral talks.',
    {
      a: 'bilateral talks',
      b: 'trilateral talks',
      explanation: "format: bilateral ('bilateral talks') against trilateral ('trilateral talks')",
    },
  ],
  [
    'The meeting was an informal one.',
    'The meeting was held in a formal setting.',
    { a: 'informal', b: 'formal' },
  ],
  [
    'The president paid a state visit.',
    'The president paid a working visit.',
    { a: 'state visit', b: 'working visit' },
  ],
  // "bilateral relations" says nothing of the meeting's format.
  ['The ministers discussed bilateral relations.', 'The ministers held trilateral talks.', null],
  ['The president paid a state visit.', 'The president paid a state visit to the capital.', null],
];

describe('the status cue', () => {
  it.each(rows)('%s / %s', (...row) => expectCueRow('status', row));
});
