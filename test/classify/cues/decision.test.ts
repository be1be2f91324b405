import { decisionCue } from '../../../src/classify/cues/decision.js';
import { testCue } from './helpers.js';

testCue(decisionCue, {
  fires: [
    [
      'agreeing that a text will be signed later leaves it open, against the text signed',
      'The ministers agreed that a protocol on river fisheries will be signed at the next summit.',
      'The ministers signed a protocol on river fisheries.',
      {
        a: 'be signed',
        b: 'signed',
        explanation:
          'decision: settled ("signed" on "protocol") against open ("be signed" on "protocol on river fisheries")',
      },
    ],
    [
      'a plan adopted against one that officials would work to finalise: the agreeing settles no plan',
      'The two governments adopted a new action plan on water management.',
      'The two governments agreed that their officials would work to finalise a new action plan on water management.',
      { a: 'adopted', b: 'to finalise' },
    ],
    [
      'negotiations to be concluded are named by the text they are on',
      'The ministers agreed to work towards concluding negotiations on a customs cooperation treaty.',
      'The ministers witnessed the signing of the customs cooperation treaty.',
      {
        a: 'towards concluding',
        b: 'signing',
        explanation:
          'decision: settled ("signing" on "customs cooperation treaty") against open ("towards concluding" on "negotiations on a customs cooperation treaty")',
      },
    ],
    [
      'a text finalised against one the sides agreed to work towards concluding',
      'The ministers agreed to work towards concluding the fisheries protocol before the winter.',
      'The ministers finalised the fisheries protocol during the visit.',
      {
        a: 'towards concluding',
        b: 'finalised',
        explanation:
          'decision: settled ("finalised" on "fisheries protocol") against open ("towards concluding" on "fisheries protocol")',
      },
    ],
    [
      'a text expected to be signed at a later date against the text signed: "to be signed" names a goal',
      'A memorandum on the reconstruction of the port is expected to be signed at a later date.',
      'The presidents signed a memorandum on rebuilding the port.',
      {
        a: 'to be signed',
        b: 'signed',
        explanation:
          'decision: settled ("signed" on "memorandum") against open ("to be signed" on "memorandum on the reconstruction of the port")',
      },
    ],
    [
      'an impersonal passive settles the clause it introduces ("It was agreed that ...")',
      'It was agreed that the next round of talks would be held in Wellington.',
      'The venue of the next round of talks is yet to be decided.',
      { a: 'agreed', b: 'be decided' },
    ],
    [
      'a text signed, in the passive, against the same text still negotiated',
      'The extradition treaty was signed on Friday.',
      'The extradition treaty is still being negotiated.',
      {
        explanation:
          'decision: settled ("signed" on "extradition treaty") against open ("being negotiated" on "extradition treaty")',
      },
    ],
    [
      'a signing to come leaves the text open',
      'The ministers signed the fisheries agreement.',
      'The fisheries agreement is expected to be signed next month.',
      { a: 'signed', b: 'to be signed' },
    ],
    [
      'finishing a text as a goal leaves it open, with what it is of',
      'The two sides signed the trade agreement.',
      'The two sides agreed to finalise the text of the trade agreement.',
      { a: 'signed', b: 'to finalise' },
    ],
    [
      'agreeing to conclude a text settles nothing: the side does not lean both ways',
      'The two sides agreed to conclude the trade agreement by June.',
      'The two sides signed the trade agreement.',
      { a: 'to conclude', b: 'signed' },
    ],
    [
      'a text still being negotiated against the same text signed',
      'The border treaty is still being negotiated.',
      'The two presidents signed the border treaty.',
      {
        a: 'being negotiated',
        b: 'signed',
        explanation:
          'decision: settled ("signed" on "border treaty") against open ("being negotiated" on "border treaty")',
      },
    ],
    [
      'the head of a matter left open is found before a preposition that modifies it',
      'A fisheries protocol on this question is still being drafted.',
      'The ministers signed the fisheries protocol.',
      {
        a: 'being drafted',
        b: 'signed',
        explanation:
          'decision: settled ("signed" on "fisheries protocol") against open ("being drafted" on "fisheries protocol")',
      },
    ],
    [
      "a settling word's complement is read past an aside between commas",
      'The fisheries protocol is still being drafted.',
      'The leaders welcomed the signing, during the state visit, of the fisheries protocol.',
      {
        a: 'being drafted',
        b: 'signing',
        explanation:
          'decision: settled ("signing" on "fisheries protocol") against open ("being drafted" on "fisheries protocol")',
      },
    ],
    [
      'a matter not yet decided against an invitation accepted',
      'The minister said the guests to be invited to the forum have not yet been decided.',
      'The chancellor accepted the invitation to the forum in Lisbon.',
      {
        a: 'have not yet been decided',
        b: 'accepted',
        explanation:
          'decision: settled ("accepted" on "invitation") against open ("have not yet been decided" on "guests")',
      },
    ],
    [
      'no decision taken on what the other side says was agreed',
      'No decision was taken on the opening of a consulate in Porto.',
      'The ministers agreed on the opening of a consulate in Porto.',
      {
        a: 'No decision',
        b: 'agreed',
        explanation:
          'decision: settled ("agreed" on "opening") against open ("No decision" on "opening")',
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
    [
      'the timing and place of a round left open, against the round to be held in a city',
      'The dates and venue of the fourth round of the talks will be decided later.',
      'The sides agreed that the fourth round of the talks will be hosted in Nairobi in May.',
      { a: 'be decided', b: 'agreed' },
    ],
    [
      'no decision on a lifting against a lifting agreed to',
      'No decision was reached on the lifting of the grain embargo.',
      'The ministers agreed to lift the grain embargo.',
      { a: 'No decision', b: 'agreed' },
    ],
  ],
  quiet: [
    [
      'both sides put the signing of the text to come',
      'The ministers agreed that the fisheries protocol will be signed in May.',
      'The fisheries protocol is to be formalised in May, the ministers said.',
    ],
    [
      'a text signed is not another text still to be signed',
      'The ministers signed a protocol on river fisheries.',
      'A memorandum on tourism will be signed next year.',
    ],
    [
      'working towards concluding a text on both sides',
      'The ministers agreed to work towards concluding the fisheries protocol before the winter.',
      'The ministers are working towards concluding the fisheries protocol.',
    ],
    [
      'a text one side works towards concluding and the other only discussed',
      'The ministers agreed to work towards concluding the fisheries protocol before the winter.',
      'The ministers discussed the fisheries protocol and the quotas for next year.',
    ],
    [
      'a meeting agreed for a later date, and one held',
      'The ministers agreed to meet again at a later date.',
      'The ministers met in Geneva.',
    ],
    [
      'an aside after a settling word that no complement follows settles nothing past it',
      'The fisheries protocol is still being drafted.',
      'The leaders welcomed the signing, during the state visit, and praised the fisheries protocol.',
    ],
    [
      'a text still being drafted is not another text signed',
      'The fisheries memorandum is still being drafted.',
      'The two ministers signed a tourism agreement.',
    ],
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
    // What a settling verb settles is its complement, not every word of its clause.
    ...[
      [
        'a meeting agreed to is not its date',
        'The two ministers agreed to hold the next round of the strategic dialogue at an early date.',
        'The date of the next round of the strategic dialogue will be decided through diplomatic channels.',
      ],
      [
        'talks agreed to go on settle nothing they are about',
        'The leaders agreed to continue consultations on the lifting of sanctions.',
        'No decision was taken on the lifting of sanctions during the consultations.',
      ],
      [
        'an importance agreed on is not a date',
        'The ministers agreed on the importance of the upcoming summit in Astana.',
        'The dates of the upcoming summit in Astana are yet to be determined.',
      ],
      [
        'an invitation accepted does not fix dates',
        'President Ruto accepted the invitation to attend the summit in Beijing.',
        'The dates of the summit in Beijing have not yet been decided.',
      ],
      [
        'a working group set up does not settle what it studies',
        'The sides agreed to set up a working group on the future of the pipeline project.',
        'The future of the pipeline project has not yet been decided, the sides said.',
      ],
      [
        'a question kept under review is still open',
        'The two sides agreed to keep the question of the border crossing under review.',
        'The question of the border crossing remains undecided.',
      ],
      [
        'a plan agreed to study is no plan adopted',
        'The delegations agreed to study the plan for a joint fishing zone.',
        'No decision was made on the plan for a joint fishing zone.',
      ],
      [
        'the timetable of a visit accepted is still open',
        'The prime minister accepted the invitation to the trade fair in Leipzig.',
        'The timetable of the trade fair in Leipzig is still to be determined.',
      ],
      [
        'the role of a commission agreed on is not its chair',
        'The foreign ministers agreed on the role of the river commission.',
        'The chair of the river commission will be decided at the next session.',
      ],
      [
        'a review kept going settles nothing',
        'Both governments agreed to keep the status of the fishing quotas under discussion.',
        'The status of the fishing quotas remains undecided.',
      ],
    ].map(([name, a, b]) => [name!, a!, b!] as [string, string, string]),
    // "must be settled" says how, not that the matter is still open.
    ...[
      [
        'a dispute that must be settled peacefully is not left open',
        'Both leaders stressed that the border dispute must be settled peacefully through negotiations.',
        'The leaders agreed to resolve the border dispute peacefully through negotiations.',
      ],
      [
        'disputes that should be settled by law are not left open',
        'Both sides said the disputes in the South China Sea should be settled in accordance with international law.',
        'The ministers agreed that the disputes in the South China Sea should be handled in accordance with international law.',
      ],
      [
        'a future that must be determined by a people is not left open',
        'The President stressed that the future of Palestine must be determined by the Palestinian people.',
        'The two leaders agreed that the future of Palestine rests with the Palestinian people.',
      ],
      [
        'a border that needs to be settled by talks is not left open',
        'The ministers said the line of the river border needs to be settled through talks.',
        'The ministers agreed that the line of the river border is to be drawn by a joint commission.',
      ],
      [
        'a status that shall be determined by a vote is not left open',
        'The charter says the status of the islands shall be determined by their inhabitants.',
        'The two governments agreed that the status of the islands rests with their inhabitants.',
      ],
    ].map(([name, a, b]) => [name!, a!, b!] as [string, string, string]),
  ],
});
