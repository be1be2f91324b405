import { stanceCue } from '../../../src/classify/cues/stance.js';
import { testCue } from './helpers.js';

testCue(stanceCue, {
  fires: [
    [
      'welcomed against condemned',
      'The ministry welcomed the decision of the court.',
      'The ministry condemned the decision of the court.',
      {
        a: 'welcomed',
        b: 'condemned',
        explanation: "stance: condemns ('condemned') against welcomes ('welcomed')",
      },
    ],
    [
      'supports against opposes',
      "The government supports the country's bid to join the bloc.",
      "The government opposes the country's bid to join the bloc.",
      { a: 'supports', b: 'opposes' },
    ],
    [
      'about the head of the noun phrase, past the words that qualify it',
      'Lisbon welcomed the fisheries accord initialled by Rabat and Nouakchott.',
      'Lisbon criticised the Moroccan–Mauritanian fisheries accord.',
      { a: 'welcomed', b: 'criticised' },
    ],
    [
      'the head of one object in the complement of the other ("the management of the strike")',
      "The union praised the government's management of the strike.",
      'The union condemned the strike at the port.',
      { a: 'praised', b: 'condemned' },
    ],
    [
      'a long noun phrase read to its head ("the assembly\'s new fisheries quota decision")',
      'The council welcomed the fisheries quota decision.',
      "The council criticised the assembly's new fisheries quota decision.",
      { a: 'welcomed', b: 'criticised' },
    ],
  ],
  quiet: [
    [
      "two heads, neither in the other's object: about two things",
      "The union praised the government's management of the strike.",
      'The union condemned the closure of the port.',
    ],
    [
      'about the heads of two noun phrases that differ, though they open alike',
      'The ministers welcomed the maritime accord.',
      'The ministers condemned the maritime incident.',
    ],
    [
      'about different things, both can be true',
      'The ministers welcomed the ceasefire.',
      'The ministers condemned the attack.',
    ],
    [
      'two wordings of one stance',
      'The ministers welcomed the ceasefire.',
      'The ministers praised the ceasefire.',
    ],
  ],
});
