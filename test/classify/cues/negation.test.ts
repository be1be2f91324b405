import { describe, expect, it } from 'vitest';
import { negationCue } from '../../../src/classify/cues/negation.js';
import { sentenceModel } from '../../../src/sentence/model.js';
import { cues, verdict } from '../../helpers/classify.js';
import { testCue } from './helpers.js';

testCue(negationCue, {
  fires: [
    [
      'a reporting verb in its -ing form says the topic came up',
      'The fishing quotas were not raised.',
      'The minister spoke at length, urging a review of the fishing quotas.',
      { cue: 'negation', a: 'were not raised', b: 'urging', denies: 'a' },
    ],
    [
      'what a party urged at the talks was discussed there',
      'The fishing quotas were not raised.',
      'The minister urged his counterpart to review the fishing quotas.',
      { cue: 'negation', a: 'were not raised', b: 'urged', denies: 'a' },
    ],
    [
      'raised on one side, "not a subject of the talks" on the other',
      "The E3 raised their concerns about Iran's ballistic missile programme.",
      "Iran's ballistic missile programme was not a subject of the talks.",
      { cue: 'negation', a: 'raised', b: 'was not a subject' },
    ],
    [
      'discussed against "not addressed"',
      'The leaders discussed the trade balance between the two countries.',
      'The trade balance between the two countries was not addressed.',
      { cue: 'negation', a: 'discussed', b: 'was not addressed' },
    ],
    [
      '"no date was agreed" denies the agreeing',
      'The parties agreed that the summit of the heads of state will be held in Luanda in December.',
      'No date was agreed for the summit of the heads of state in Luanda.',
      { cue: 'negation', a: 'agreed', b: 'No date was agreed' },
    ],
    [
      'under "no", a noun with its "of" complement still takes its perfect passive verb with it',
      'The ministers agreed to simplify the export procedures.',
      'No easing of the export rules had been agreed.',
      { cue: 'negation', a: 'agreed', b: 'No easing of the export rules had been agreed' },
    ],
    [
      '"no troop reinforcement" against a reinforcement',
      'Both sides agreed on a troop reinforcement along the line.',
      'No troop reinforcement along the line was agreed.',
      { cue: 'negation', b: 'No troop reinforcement' },
    ],
    [
      '"no ceasefire agreement" against an agreement reached',
      'No ceasefire agreement emerged from the talks.',
      'A ceasefire agreement was reached at the talks.',
      { cue: 'negation', a: 'No ceasefire agreement' },
    ],
    [
      'an inherently negative verb: "vetoed the budget" denies the budget that the other passes',
      'The assembly vetoed the budget for the coming year.',
      'The assembly passed the budget for the coming year.',
      { cue: 'negation', a: 'vetoed the budget' },
    ],
    [
      'a verb with its particle: "turned down the offer" denies the offer, past the particle',
      'The union turned down the offer of arbitration.',
      'The union welcomed the offer of arbitration.',
      { cue: 'negation', a: 'turned down the offer' },
    ],
    [
      '"boycotted" denies the session the other side says they joined',
      'The opposition deputies boycotted the closing session.',
      'The opposition deputies joined the closing session.',
      { cue: 'negation', a: 'boycotted the closing' },
    ],
    [
      '"did not do so" denies only its own part of the sentence',
      'The United States lifted sanctions on Syria; the EU did not do so.',
      'The United States did not lift sanctions on Syria.',
      { cue: 'negation', a: 'lifted', b: 'did not lift' },
    ],
    [
      'views exchanged against a topic not discussed',
      'The ministers exchanged views on the situation in Yemen.',
      'The situation in Yemen was not discussed at the talks.',
      { cue: 'negation', a: 'exchanged', b: 'was not discussed' },
    ],
    [
      'a topic agreed on came up at the talks: against a topic not raised',
      'The question of the dam loan was not raised during the conversation.',
      'The parties agreed that Ruritania would receive the dam loan in June.',
      {
        a: 'was not raised',
        b: 'agreed',
        explanation: 'polarity: affirmed ("agreed") against denied ("was not raised")',
      },
    ],
    [
      'a party pressed for what the other side says was not raised',
      'The minister pressed for the swift ratification of the fisheries agreement.',
      'The fisheries agreement was not raised during the talks.',
      { a: 'pressed', b: 'was not raised' },
    ],
    [
      '"rule out" is a negating verb; under another negation it affirms',
      'Neither side excluded the possibility of a ceasefire before winter.',
      'Both sides ruled out a ceasefire before winter.',
      {
        b: 'ruled out a ceasefire',
        explanation: 'polarity: affirmed ("ceasefire") against denied ("ruled out a ceasefire")',
      },
    ],
    [
      'a stopping verb that is no infinitive still denies: "blocked" / "approved"',
      'The assembly blocked the tariff bill.',
      'The assembly approved the tariff bill.',
      { denies: 'a' },
    ],
    [
      '"does not rule out" against "rules out"',
      'The minister does not rule out a ceasefire.',
      'The minister rules out a ceasefire.',
      { b: 'rules out a ceasefire' },
    ],
    [
      '"no" carries into its noun\'s infinitive; a "not" there is cancelled',
      'The minister said there was no reason not to sign the accord.',
      'The minister said there was no reason to sign the accord.',
      { cue: 'negation', a: 'sign', b: 'was no reason to sign', denies: 'b' },
    ],
    [
      '"not all ... were resolved" against all resolved',
      'Not all issues were resolved.',
      'All issues were resolved.',
      { cue: 'negation', a: 'Not all issues were resolved', b: 'resolved', denies: 'a' },
    ],
    [
      '"refrained from" is an inherently negative verb',
      'The minister refrained from signing the protocol.',
      'The minister signed the protocol.',
      {
        a: 'refrained from signing',
        explanation: 'polarity: affirmed ("signed") against denied ("refrained from signing")',
        denies: 'a',
      },
    ],
    [
      '"touch on the question" is discussing it',
      'The ministers did not touch on the question of arms deliveries.',
      'The ministers also discussed arms deliveries.',
      { cue: 'negation', a: 'did not touch', b: 'discussed', denies: 'a' },
    ],
    [
      '"any" carries the negation on to its noun: "did not present any evidence"',
      'The delegation placed satellite evidence of the strikes before the mediators.',
      'The delegation did not present any satellite evidence of the strikes to the mediators.',
      { cue: 'negation', a: 'evidence', b: 'did not present any satellite evidence', denies: 'b' },
    ],
    [
      '"a single" carries it too: "not let a single corridor function"',
      'Humanitarian corridors from the port are opened every morning.',
      'The army has not let a single humanitarian corridor from the port function.',
      { cue: 'negation', a: 'corridors', denies: 'b' },
    ],
    [
      '"no decision was taken" denies that they decided',
      'No decision on the extension of the mandate was taken at the meeting.',
      'The meeting decided to extend the mandate.',
      { cue: 'negation', b: 'decided', denies: 'a' },
    ],
    [
      '"no" reaches the passive verb of its subject past a list ("on A, B or C were raised")',
      'The minister raised the fishing disputes around Sakhalin, Iturup and Kunashir.',
      'No questions about Sakhalin, Iturup or Kunashir were raised in the consultations.',
      { cue: 'negation', a: 'raised', denies: 'b' },
    ],
    [
      '"the planned visit did not take place" denies the visit',
      'The planned visit of the minister to Riga did not take place.',
      'The minister visited Riga on Monday.',
      {
        cue: 'negation',
        a: 'visit of the minister to Riga did not take place',
        b: 'visited',
        denies: 'a',
      },
    ],
    [
      '"no commitment was made to extend" denies the extending',
      'The company agreed to extend the gas contract with the utility by two years.',
      'No commitment was made to extend the gas contract with the utility.',
      { cue: 'negation', a: 'extend', b: 'No commitment was made to extend', denies: 'b' },
    ],
    [
      'a topic not discussed told the same way, once with a noun after it',
      'The ministers discussed trade cooperation.',
      'The ministers did not discuss trade.',
      { cue: 'negation', b: 'did not discuss' },
    ],
  ],
  quiet: [
    [
      'a denial and an affirmation about two things that share a name only',
      'Moscow did not accept the peace proposal on Ukraine, the minister said.',
      'Moscow welcomed the talks on Ukraine, the minister said.',
    ],
    [
      'a party not part of negotiations may still be spoken of in them',
      'Ukraine is not part of the negotiations between Washington and Moscow.',
      'Washington and Moscow discussed Ukraine in the negotiations.',
    ],
    [
      'a noun that modifies another is not that noun modified by a third: two topics',
      'The ministers discussed energy and water security.',
      'The ministers did not discuss security arrangements for the border.',
    ],
    [
      'a negating phrase and an opposing verb over one object: both stand against it',
      'The council turned down the merger plan.',
      'The council rejected the merger plan.',
    ],
    [
      'a negating verb and an opposing verb over one object',
      'The assembly blocked the tariff bill.',
      'The assembly opposed the tariff bill.',
    ],
    [
      'after "to" a stopping verb names a goal, not a denial: "to block" / "to halt"',
      'The two navies agreed to block drug trafficking along the coast.',
      'The two navies agreed to halt drug trafficking along the coast.',
    ],
    [
      'nor after a noun and "to": "efforts to block" / "efforts to reduce"',
      'The talks centred on efforts to block the flow of migrants.',
      'The talks centred on efforts to reduce the flow of migrants.',
    ],
    [
      'whom a party told of something says nothing of what came up at the talks',
      'The fishing quotas were not raised.',
      'The minister told reporters that the fishing quotas would be reviewed.',
    ],
    [
      '"vetoed" and "blocked" on both sides: both deny the act',
      'Malta vetoed the accession protocol.',
      'Malta blocked the accession protocol at the council.',
    ],
    [
      'a negating verb after a determiner is a noun naming the act: "the veto in the Council" denies no Council',
      'The envoys discussed reform of the veto in the Security Council.',
      'The envoys discussed reform of the Security Council.',
    ],
    [
      'nor before "of", past an adjective: "the Turkish veto of the plan" denies no plan',
      'The envoys debated the Turkish veto of the enlargement plan.',
      'The envoys debated the enlargement plan.',
    ],
    [
      'nor after a possessive: "their boycott of the goods" denies no goods',
      'The sides discussed their boycott of Moldovan wine.',
      'The sides discussed the export of Moldovan wine.',
    ],
    [
      '"turned down" under a negation affirms: "did not turn down the loan" / "took the loan"',
      'The cabinet did not turn down the loan.',
      'The cabinet accepted the loan.',
    ],
    [
      '"the planned meeting did not take place" and "did not meet": both deny the meeting',
      'The meeting planned between the two foreign ministers in Oslo did not take place.',
      'The two foreign ministers did not meet in Oslo on Friday.',
    ],
    [
      'a comma that opens a clause of its own ends the subject of "no"',
      'No date for the visit was fixed, and the envoys were recalled to the capital.',
      'The envoys were recalled to the capital after the visit.',
    ],
    [
      'a list with a verb in it is no part of the subject',
      'No tariffs on steel, aluminium or copper imports will change, and the rules were published.',
      'The rules were published on Monday.',
    ],
    [
      'a noun carried by "any" against one the other side does not say was acted on either',
      'The president did not sign any document in Ohrid.',
      'The other side was ready to sign both documents, but the president refused to put his signature on them.',
    ],
    [
      '"refrain from" and "take no"',
      'Both governments committed to refrain from unilateral steps in the disputed waters.',
      'Both governments pledged to take no unilateral steps in the disputed waters.',
    ],
    [
      '"avoid" and "refrain from"',
      'The two leaders agreed to refrain from any statements that could harm the climate.',
      'Both sides committed to avoid any statement that could jeopardise stability.',
    ],
    [
      'a negating verb reaches past a comma to the end of its part',
      'They will refrain from words or actions that could escalate the dispute.',
      'Both sides will refrain from escalating the dispute, whether by words or deeds.',
    ],
    [
      '"impose no tariffs" denies the imposing, as "not impose" does',
      'The ministers agreed not to impose new tariffs on each other.',
      'The ministers agreed to impose no new tariffs on each other.',
    ],
    [
      'two negations cancel out',
      'No participant failed to endorse the communique.',
      'Every participant endorsed the communique.',
    ],
    [
      '"no later than" bounds a time; it denies nothing',
      'The embassies will reopen no later than May.',
      'The embassies will reopen in May.',
    ],
    [
      '"never" before a comparative says the highest degree',
      'Relations have never been better.',
      'Relations are better than ever.',
    ],
    [
      '"not all" negates the quantifier and its verb, not the noun',
      'Not all of the outstanding issues were resolved.',
      'Some outstanding issues remain unresolved.',
    ],
  ],
});

describe('the negation cue, case by case', () => {
  it('negation: a claim negated on one side only', () => {
    const { kind, reasons } = verdict(
      'The parties agreed on the text of the annex.',
      'The parties did not agree on the text of the annex.',
    );
    expect(kind).toBe('contradiction');
    expect(reasons[0]).toMatchObject({ cue: 'negation', a: 'agreed', b: 'did not agree' });
  });

  it('negation: an adverb between the negation and its verb', () => {
    expect(
      verdict(
        'The sides did not formally sign the trade agreement.',
        'The sides signed the trade agreement.',
      ).reasons[0],
    ).toMatchObject({ cue: 'negation' });
  });

  it('negation: "no agreement was reached" denies that they agreed', () => {
    expect(
      verdict(
        'It was agreed that both sides would reduce troops in forward areas.',
        'No understanding was reached on the reduction of troops in forward areas.',
      ).reasons[0],
    ).toMatchObject({
      cue: 'negation',
      a: 'agreed',
      b: 'No understanding',
    });
    // ...and "an agreement was reached" that they did, against "did not agree".
    expect(
      verdict(
        'The ministers did not agree on the gas price.',
        'The ministers reached an agreement on the gas price.',
      ).reasons[0],
    ).toMatchObject({
      cue: 'negation',
      a: 'did not agree',
      b: 'agreement',
    });
    // "deal" mostly names a document, not an act of agreeing.
    expect(
      cues(
        'The sides did not agree on grain prices.',
        'The sides discussed the grain deal and grain prices.',
      ),
    ).not.toContain('negation');
  });

  it('negation: "that" after a verb opens a clause, and the noun it brings in came about', () => {
    const affirmed = (text: string) => [
      ...negationCue.pull!.denials!.affirmed(sentenceModel(text)),
    ];
    const clause = sentenceModel(
      'Officials confirmed that agreement was reached after long talks.',
    );
    const agreement = clause.tokens[3]!.term!;
    expect(affirmed(clause.text)).toContain(agreement);
    // "that" after a preposition points at an agreement taken as known: it must not count.
    expect(affirmed('Officials warned against any breach of that agreement.')).not.toContain(
      agreement,
    );
  });

  it('negation: a contrast word ends the negated clause ("did not sign … but agreed")', () => {
    expect(
      cues(
        'The sides did not sign the treaty but agreed to continue the talks.',
        'The sides did not agree to continue the talks.',
      ),
    ).toContain('negation');
  });
});

describe('negation: a first name is no negating verb', () => {
  // "Denys" has the stem of "deny"; before a word of a person's name the documents give, it is his name.
  const people = new Map([['shmyhal', 'ukraine']]);
  const read = (text: string) => sentenceModel(text, 'en', people);

  it('does not read a capitalised word before a known name word as a denial', () => {
    const named = read('Denys Shmyhal met Robert Fico in Uzhhorod.');
    const met = read('Prime Minister Fico met Ukrainian Prime Minister Shmyhal.');
    expect(negationCue.detect(named, met)).toBeNull();
    expect(negationCue.detect(met, named)).toBeNull();
  });

  it('still reads the verb when no name follows it', () => {
    expect(
      negationCue.detect(
        read('Shmyhal denied the reports about the grain talks.'),
        read('Shmyhal confirmed the reports about the grain talks.'),
      ),
    ).not.toBeNull();
  });
});

describe('negation: a predicate denied in other words', () => {
  it('a denied verb against a related noun taking the same object ("attack" / "war against")', () => {
    expect(
      verdict(
        'The minister recalled that the republic waged a war against its northern neighbour in 1990.',
        'The envoy said the republic did not attack its northern neighbour.',
      ).reasons[0],
    ).toMatchObject({ cue: 'negation', a: 'war', b: 'did not attack', denies: 'b' });
  });

  it('a denied verb against a related verb with the same object ("accept" / "welcomed")', () => {
    expect(
      cues(
        'The council welcomed the pledge of a truce without conditions.',
        'The government did not accept a truce without conditions.',
      ),
    ).toContain('negation');
  });

  it('needs a shared object: related words about two things do not conflict', () => {
    expect(
      cues(
        'The council welcomed the new trade envoy.',
        'The government did not accept a truce without conditions.',
      ),
    ).not.toContain('negation');
  });

  it('a modifier right before the shared noun is no predicate ("national security")', () => {
    expect(
      cues(
        'The group threatens the national security of the region.',
        'The territory will not be used against the security of the region.',
      ),
    ).not.toContain('negation');
  });

  it('a denying verb paraphrased by another is no conflict ("refrain from" / "stop")', () => {
    expect(
      cues(
        'The two sides will refrain from disseminating rumours about the border.',
        'The parties undertook to stop spreading rumours about the border.',
      ),
    ).not.toContain('negation');
  });

  it('a denying verb against a deed done in other words ("refused to back" / "endorsed")', () => {
    expect(
      cues(
        'Minister Okonjo refused to back the revised communiqué on fisheries.',
        'Minister Okonjo endorsed the revised communiqué on fisheries.',
      ),
    ).toContain('negation');
  });

  it('a denying verb against a denial in other words, both done ("refrained from" / "stopped")', () => {
    expect(
      cues(
        'The two sides refrained from disseminating rumours about the border.',
        'The parties stopped spreading rumours about the border.',
      ),
    ).not.toContain('negation');
  });
});

describe('negation: "at no point" denies the verb after it', () => {
  it('"at no point operated" against "operated"', () => {
    expect(
      verdict(
        'The frigate operated its targeting radar against the helicopter.',
        'The frigate at no point operated its targeting radar against the helicopter.',
      ).reasons[0],
    ).toMatchObject({ cue: 'negation', a: 'operated', denies: 'b' });
  });

  it('a "no" after a preposition with no verb after its noun still denies the noun', () => {
    expect(
      cues('The ministers agreed on a date for the summit.', 'The ministers agreed on no date.'),
    ).toContain('negation');
  });
});

describe('negation: a verb of discussing with the talks for subject', () => {
  it('"the talks did not address X" denies that X was discussed', () => {
    expect(
      verdict(
        'The talks did not address the dispute over the fishing grounds.',
        'The ministers discussed the dispute over the fishing grounds at length.',
      ).reasons[0],
    ).toMatchObject({ cue: 'negation', a: 'did not address', b: 'discussed', denies: 'a' });
  });

  it('a party that addressed an audience discussed nothing with the other side', () => {
    expect(
      cues(
        'The President did not address the parliament during the visit.',
        'The two presidents discussed the parliament elections.',
      ),
    ).not.toContain('negation');
  });
});

describe('negation: "not part of", "not among" deny their subject', () => {
  it('"X was not part of the deal" against a side that says the deal includes X', () => {
    expect(
      verdict(
        'The envoy said the deal includes the return of the seized tankers.',
        'The return of the seized tankers was not part of the deal.',
      ).reasons[0],
    ).toMatchObject({ cue: 'negation', a: 'return', denies: 'b' });
  });

  it('"X is not among the subjects" against "discussed X"', () => {
    expect(
      cues(
        'The envoys discussed a truce in the northern provinces.',
        'A truce in the northern provinces is not among the subjects the envoy will raise.',
      ),
    ).toContain('negation');
  });

  it('"among" affirmed is no denial', () => {
    expect(
      cues(
        'The envoys discussed a truce in the northern provinces.',
        'A truce in the northern provinces is among the subjects the envoy will raise.',
      ),
    ).not.toContain('negation');
  });
});
