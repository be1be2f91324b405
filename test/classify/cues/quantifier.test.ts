import { quantifierCue } from '../../../src/classify/cues/quantifier.js';
import { testCue } from './helpers.js';

testCue(quantifierCue, {
  fires: [
    [
      'a plan says how many of a group it is about, as the other side does',
      'The two governments agreed to return all of the seized vessels.',
      'Only some of the seized vessels will be returned, the ministry said.',
      { a: 'all', b: 'some', explanation: "quantifier: all ('all') against some ('some')" },
    ],
    [
      'an irregular past ("withheld") ends the group it follows',
      'All twenty member states backed the new package.',
      'Several member states withheld their support for the new package.',
      {
        a: 'All',
        b: 'Several',
        explanation: "quantifier: all ('All') against not all ('Several')",
      },
    ],
    [
      'all against none of one group',
      'All of the detained fishermen have been released.',
      'None of the detained fishermen have been released.',
      { a: 'All', b: 'None', explanation: "quantifier: all ('All') against none ('None')" },
    ],
    [
      'both against neither',
      "Both sides accepted the mediator's proposal.",
      "Neither side accepted the mediator's proposal.",
      { a: 'Both', b: 'Neither' },
    ],
    [
      'all against some',
      'All of the detained fishermen have been released.',
      'Some of the detained fishermen have been released.',
      { explanation: "quantifier: all ('All') against some ('Some')" },
    ],
    [
      'all against most, and most against none: "most" leaves some out',
      'All of the coastal provinces signed the water charter.',
      'Most of the coastal provinces signed the water charter.',
      { explanation: "quantifier: all ('All') against most ('Most')" },
    ],
    [
      'none against the majority',
      'None of the coastal provinces signed the water charter.',
      'The majority of the coastal provinces signed the water charter.',
      { a: 'None', b: 'The majority of' },
    ],
  ],
  quiet: [
    [
      '"most" and "some" of one group, or "most" and "not all", may both be true',
      'Most of the coastal provinces signed the water charter.',
      'Some of the coastal provinces signed the water charter.',
    ],
    [
      '"most did not" is "not all did", which "none did" leaves true',
      'Most of the coastal provinces did not sign the water charter.',
      'None of the coastal provinces signed the water charter.',
    ],
    [
      'a negation in an infinitive does not turn "both" into "neither"',
      'Both governments committed to refrain from unilateral steps.',
      'Both governments pledged to take no unilateral steps.',
    ],
    [
      '"not all" resolved is some unresolved',
      'Not all of the outstanding issues were resolved.',
      'Some outstanding issues remain unresolved.',
    ],
    [
      'a negated predicate turns "both" to "neither"',
      'Both sides must not fire a single shot.',
      'Neither side would fire a shot.',
    ],
    [
      'two words for none',
      'None of the agreed measures has been implemented.',
      'Not a single agreed measure has been implemented.',
    ],
    [
      'about different groups',
      'All of the prisoners were freed.',
      'None of the journalists were freed.',
    ],
  ],
});
