import { statusCue } from '../../../src/classify/cues/status.js';
import { testCue } from './helpers.js';

testCue(statusCue, {
  fires: [
    [
      'bilateral against trilateral talks',
      'The foreign ministers held bilateral talks.',
      'The foreign ministers held trilateral talks.',
      {
        a: 'bilateral talks',
        b: 'trilateral talks',
        explanation:
          "format: bilateral ('bilateral talks') against trilateral ('trilateral talks')",
      },
    ],
    [
      'informal against formal',
      'The meeting was an informal one.',
      'The meeting was held in a formal setting.',
      { a: 'informal', b: 'formal' },
    ],
    [
      'a state visit against a working visit',
      'The president paid a state visit.',
      'The president paid a working visit.',
      { a: 'state visit', b: 'working visit' },
    ],
    [
      'a marker of the future in another clause leaves the visit a present one',
      "The capital is the first stop of the President's official visit, which will continue in two other countries.",
      'The President is on a working visit to the country.',
      { a: 'official visit', b: 'working visit' },
    ],
  ],
  quiet: [
    [
      'a visit to come against the visit paid, the marker in its clause',
      'The President will pay a state visit to the country next year.',
      'The President paid a working visit to the country.',
    ],
    [
      'an invitation to a visit, past the title of the one invited, is to a visit to come',
      'The President invited the Crown Prince to pay an official visit to Ankara.',
      'The President is on a working visit to the Kingdom.',
    ],
    [
      'a visit to come is not the one paid',
      'The president paid an official visit to Hungary.',
      'The president will pay a state visit to Austria next year.',
    ],
    [
      '"bilateral relations" says nothing of the meeting\'s format',
      'The ministers discussed bilateral relations.',
      'The ministers held trilateral talks.',
    ],
    [
      'the same kind of visit',
      'The president paid a state visit.',
      'The president paid a state visit to the capital.',
    ],
  ],
});
