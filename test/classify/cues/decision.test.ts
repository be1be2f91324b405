import { decisionCue } from '../../../src/classify/cues/decision.js';
import { testCue } from './helpers.js';

testCue(decisionCue, {
  fires: [
    [
      'a matter not yet decided against an invitation accepted',
      'The minister said the guests to be invited to the forum have not yet been decided.',
      'The chancellor accepted the invitation to the forum in Lisbon.',
      {
        a: 'have not yet been decided',
        b: 'accepted',
        explanation: 'decision: settled ("accepted") against open ("have not yet been decided")',
      },
    ],
    [
      'no decision taken on what the other side says was agreed',
      'No decision was taken on the opening of a consulate in Porto.',
      'The ministers agreed on the opening of a consulate in Porto.',
      {
        a: 'No decision',
        b: 'agreed',
        explanation: 'decision: settled ("agreed") against open ("No decision")',
      },
    ],
    [
      'a venue still to be decided against a venue agreed',
      'The venue of the third round will be decided through the embassies.',
      'The delegations agreed that the third round will take place in Oslo.',
      { a: 'be decided', b: 'agreed' },
    ],
    [
      'not decided whether to travel, against a trip accepted',
      'The president has not decided whether he will travel to the regional summit.',
      'The president accepted the invitation to the regional summit.',
      { a: 'has not decided', b: 'accepted' },
    ],
  ],
  quiet: [
    [
      'the date left open is not the visit accepted',
      'The premier accepted the invitation to visit Chile.',
      'The premier will visit Chile at a date still to be agreed.',
    ],
    [
      'a side that settles one thing and leaves another open leans both ways',
      'The ministers agreed to meet again; the date will be decided later.',
      'The ministers agreed to meet again in May.',
    ],
    [
      'a settling verb after "to" names a goal, not what was settled',
      'No decision was taken on the new quota for grain.',
      'The ministers hope to approve the new quota for grain.',
    ],
    [
      'an open matter and a settled one that share no word',
      'No decision was taken on fishing licences.',
      'The two sides agreed to expand student exchanges.',
    ],
    [
      'both sides leave the matter open',
      'The date of the summit has not been decided.',
      'The date of the summit will be decided later.',
    ],
  ],
});
