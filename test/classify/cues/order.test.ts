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
    [
      'two names of one contact: the talks of one side are the meeting of the other',
      'Before the talks, the chancellor toured the shipyard in Gdansk.',
      'After the meeting, the chancellor toured the shipyard in Gdansk.',
      { a: 'Before', b: 'After', explanation: "order: after ('After') against before ('Before')" },
    ],
    [
      '"following" puts an act after, as "after" does',
      'Following the conversation, the minister briefed the press.',
      'Ahead of the conversation, the minister briefed the press.',
      {
        a: 'Following',
        b: 'Ahead of',
        explanation: "order: after ('Following') against before ('Ahead of')",
      },
    ],
  ],
  quiet: [
    [
      'a contact noun that says what it is of names another occasion',
      'Before the exchange of prisoners, President Smith laid a wreath at the memorial.',
      'After the meeting, President Smith laid a wreath at the memorial.',
    ],
    [
      '"following" after a determiner is an adjective, no order',
      'At the following meeting, the minister presented the plan to the delegation.',
      'Before the meeting, the minister presented the plan to the delegation.',
    ],
    [
      'before the contact and after another occasion: both can be true',
      'Before the talks, the chancellor toured the shipyard.',
      'After the ceremony, the chancellor toured the shipyard.',
    ],
    [
      'before one thing and after another: both can be true',
      'The ceasefire was announced after the talks.',
      'The ceasefire was announced before the vote.',
    ],
  ],
});
