import { orderCue } from '../../../src/classify/cues/order.js';
import { testCue } from './helpers.js';

testCue(orderCue, {
  fires: [
    [
      'after against before the same event',
      'The ceasefire was announced after the talks in Doha.',
      'The ceasefire was announced before the talks in Doha began.',
      {
        a: 'after',
        b: 'before',
        explanation: "order: after ('after') against before ('before')",
      },
    ],
  ],
  quiet: [
    [
      'before one thing and after another: both can be true',
      'The ceasefire was announced after the talks.',
      'The ceasefire was announced before the vote.',
    ],
  ],
});
