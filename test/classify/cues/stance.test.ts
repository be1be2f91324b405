import { stanceCue } from '../../../src/classify/cues/stance.js';
import { testCue } from './helpers.js';

testCue(stanceCue, {
  fires: [
    [
      'one thing named by two heads that WordNet gives as one ("timetable" / "calendar")',
      'The two envoys welcomed the voting timetable published by the interim council in Niamey.',
      "The envoys condemned the electoral calendar put forward by Niger's interim council.",
      {
        a: 'welcomed',
        b: 'condemned',
        explanation: "stance: condemns ('condemned') against welcomes ('welcomed')",
      },
    ],
    [
      'one thing named by two heads, whose it is said both times',
      'The ministry welcomed the decision of the Chilean authorities to extend the mandate.',
      "The ministry condemned the Chilean authorities' move to extend the mandate.",
      {
        a: 'welcomed',
        b: 'condemned',
        explanation: "stance: condemns ('condemned') against welcomes ('welcomed')",
      },
    ],
    [
      'regretting what the other side welcomed',
      'Peru welcomed the decision of the two Andean states to leave the bloc.',
      'Peru regretted the departure of the two Andean states from the bloc.',
      { explanation: "stance: condemns ('regretted') against welcomes ('welcomed')" },
    ],
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
      'two heads that WordNet does not give as one thing',
      'The two envoys welcomed the voting timetable published by the interim council.',
      'The two envoys condemned the arrests ordered by the interim council.',
    ],
    [
      'a call for something is not the call between the leaders',
      'The minister welcomed the call for restraint by the Security Council.',
      'The minister criticised the meeting of the Security Council.',
    ],
    [
      'two things that share a word only',
      'The minister welcomed the release of the Chilean journalists.',
      'The minister condemned the arrest of Chilean activists.',
    ],
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
