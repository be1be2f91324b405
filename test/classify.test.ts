import { describe, expect, it } from 'vitest';
import { classify } from '../src/classify/index.js';
import { sentenceModel } from '../src/sentence/model.js';
import { quantities } from '../src/classify/quantities.js';

const verdict = (a: string, b: string) => classify(sentenceModel(a), sentenceModel(b));
const cues = (a: string, b: string) => verdict(a, b).reasons.map((r) => r.cue);

describe('contradiction cues fire, with the words on each side', () => {
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

  it('antonym: opposite words from WordNet, and opposite characterisations of talks', () => {
    expect(
      verdict('The restrictions are temporary.', 'The restrictions are permanent.').reasons[0],
    ).toMatchObject({ cue: 'antonym', a: 'temporary', b: 'permanent' });
    expect(
      verdict('The talks were constructive.', 'The talks were difficult.').reasons[0],
    ).toMatchObject({ cue: 'antonym', a: 'constructive', b: 'difficult' });
    // The explanation names the two words in one order, whichever side each is on.
    expect(
      verdict('The talks were difficult.', 'The talks were constructive.').reasons[0]!.explanation,
    ).toBe('"constructive" and "difficult" characterise it in opposite ways');
  });

  it('number: different figures or dates for the same thing, digits or words', () => {
    expect(
      verdict('The talks lasted 13 hours.', 'The talks lasted nine hours.').reasons[0],
    ).toMatchObject({ cue: 'number', a: '13 hours', b: 'nine hours' });
    expect(
      verdict('The 15th round was held on 11 March.', 'The fifteenth round was held on March 12.')
        .reasons[0],
    ).toMatchObject({ cue: 'number', a: '11 March', b: 'March 12' });
    expect(
      verdict('Trade reached $62 billion.', 'Trade reached 68 billion dollars.').reasons[0],
    ).toMatchObject({ cue: 'number' });
    expect(
      verdict(
        'The fund will invest USD 5 billion in the corridor.',
        'The fund will invest $6 billion in the corridor.',
      ).reasons[0],
    ).toMatchObject({
      cue: 'number',
      a: 'USD 5 billion',
      b: '$6 billion',
    });
    expect(
      verdict('The sides recalled the 1993 treaty.', 'The sides recalled the 1994 treaty.')
        .reasons[0],
    ).toMatchObject({ cue: 'number', a: '1993 treaty', b: '1994 treaty' });
  });

  it('rejection: one side disputes a claim the other makes', () => {
    const { reasons } = verdict(
      'The measures are not directed against any nation.',
      'The minister said this thesis is incompatible with the real situation concerning any nation.',
    );
    expect(reasons.map((r) => r.cue)).toContain('rejection');
    expect(reasons.find((r) => r.cue === 'rejection')!.b).toBe('incompatible with');
    expect(
      cues(
        'The airship was a surveillance balloon.',
        'China firmly rejected the claim that the airship was a surveillance balloon.',
      ),
    ).toContain('rejection');
  });

  it('initiator: the sides name different parties as the one who asked for the call', () => {
    const { reasons } = verdict(
      'The call took place at the request of the Russian side.',
      "The conversation was held at Washington's initiative.",
    );
    expect(reasons[0]).toMatchObject({
      cue: 'initiator',
      a: 'at the request of the Russian side',
      b: "Washington's initiative",
      // Each side's words with the party they were resolved to.
      explanation:
        "initiator: russia ('at the request of the Russian side') against united states ('Washington's initiative')",
    });
    expect(
      cues(
        'The Indian side reached out over the hotline.',
        'The call was placed at the request of Pakistan.',
      ),
    ).toContain('initiator');
  });

  it('initiator: "the contact was made by", "at the proposal of", and an office before the country', () => {
    expect(
      verdict(
        'The call was initiated by the Pakistani DGMO.',
        'The contact was made by the Indian DGMO, who called his counterpart.',
      ).reasons[0],
    ).toMatchObject({
      cue: 'initiator',
      a: 'initiated by the Pakistani',
      b: 'made by the Indian',
    });
    expect(
      cues(
        'The call took place at the initiative of the Iranian side.',
        'The ministers spoke in a call placed by the Azerbaijani side.',
      ),
    ).toContain('initiator');
    expect(
      verdict(
        'The meeting was held at the proposal of Venezuela.',
        'The meeting was convened at the initiative of the Prime Minister of St. Vincent and the Grenadines.',
      ).reasons[0],
    ).toMatchObject({
      cue: 'initiator',
      a: 'at the proposal of Venezuela',
      b: 'at the initiative of the Prime Minister of St. Vincent and the Grenadines',
    });
    // "made by" names who made a statement, not who made the contact, unless a contact noun comes before it.
    expect(
      cues(
        'A statement was made by the Russian side.',
        'The call was held at the request of the Turkish side.',
      ),
    ).not.toContain('initiator');
    // ...and only as its subject: points made during a call, a visit made by a visitor.
    expect(
      cues(
        'During the call, points made by the Indian side were discussed.',
        'The call was held at the request of the Pakistani side.',
      ),
    ).not.toContain('initiator');
    expect(
      cues(
        'The visit made by the Indian Prime Minister was productive.',
        'The visit took place at the invitation of the Pakistani side.',
      ),
    ).not.toContain('initiator');
    expect(
      cues(
        'The call, made by India, lasted an hour.',
        'The call was held at the request of the Pakistani side.',
      ),
    ).toContain('initiator');
  });

  it('initiator: a person the documents name with their country stands for it', () => {
    const people = new Map([['putin', 'russia']]);
    const { reasons } = classify(
      sentenceModel('The meeting was held at the request of the Turkish side.', 'en', people),
      sentenceModel(
        'President Erdoğan travelled to Russia at the invitation of Mr. Putin.',
        'en',
        people,
      ),
    );
    expect(reasons[0]).toMatchObject({ cue: 'initiator', b: 'at the invitation of Mr. Putin' });
    expect(
      cues(
        'The meeting was held at the request of the Turkish side.',
        'President Erdoğan travelled to Russia at the invitation of Mr. Putin.',
      ),
    ).not.toContain('initiator');
  });

  it('number: months without a day, and a unit after an abbreviation', () => {
    expect(
      verdict(
        'The leaders agreed to meet again in Brazil in March 2024.',
        'They will meet again in Brazil in June 2024.',
      ).reasons[0],
    ).toMatchObject({
      cue: 'number',
      a: 'March',
      b: 'June',
      explanation: 'the months differ',
    });
    expect(
      verdict(
        'Trade grew and reached 62 billion U.S. dollars.',
        'Trade volume reached 68.2 billion dollars.',
      ).reasons[0],
    ).toMatchObject({
      cue: 'number',
      a: '62 billion U.S. dollars',
      b: '68.2 billion dollars',
    });
  });

  it('number: durations in different units', () => {
    expect(
      verdict('The call lasted approximately 45 minutes.', 'The call lasted more than one hour.')
        .reasons[0],
    ).toMatchObject({
      cue: 'number',
      a: '45 minutes',
      b: 'one hour',
      explanation: 'the durations differ',
    });
  });

  it('rejection: denying legitimacy ("so-called", "does not recognise")', () => {
    expect(
      verdict(
        'The 2016 arbitral award is final and binding on both parties.',
        'China does not accept the so-called arbitral award of 2016.',
      ).reasons[0],
    ).toMatchObject({
      cue: 'rejection',
      b: 'so-called',
    });
    expect(
      cues(
        'Venezuela does not recognise the International Court of Justice.',
        'The case is before the International Court of Justice.',
      ),
    ).toContain('rejection');
    expect(
      cues(
        'The Prime Minister also called for restraint.',
        'The Prime Minister so called for restraint in the region.',
      ),
    ).not.toContain('rejection');
  });

  it('number: clock times in one time zone', () => {
    expect(
      verdict('The DGMOs held talks at 1700 hours IST.', 'The DGMOs held talks at 1630 hours IST.')
        .reasons[0],
    ).toMatchObject({ cue: 'number', a: '1700 hours IST', b: '1630 hours IST' });
  });

  it('number: a duration of 100 or more minutes is still a duration, and only a clock time has a zone', () => {
    expect(
      verdict('The talks lasted two hours.', 'The talks lasted 150 minutes.').reasons[0],
    ).toMatchObject({ cue: 'number', a: 'two hours', b: '150 minutes' });
    expect(
      quantities(sentenceModel('Imports carry 5% VAT and 18 GST units.')).map((q) => [
        q.value,
        q.zone,
      ]),
    ).toEqual([
      ['5', undefined],
      ['18', undefined],
    ]);
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

  it.each([
    [
      'number: an approximation against another figure',
      'The talks lasted about three hours.',
      'The talks lasted four and a half hours.',
      { cue: 'number', a: 'three hours', b: 'four and a half hours' },
    ],
    [
      'number: "almost" is not a quarter off',
      'Trade grew by almost 30 percent.',
      'Trade grew by 25 percent.',
      { cue: 'number', a: '30 percent', b: '25 percent' },
    ],
    [
      'number: a date against a month',
      'The leaders agreed to meet in Moscow on 8 May.',
      'The leaders agreed to meet during a visit to Moscow in June.',
      { cue: 'number', a: '8 May', b: 'June', explanation: 'the months differ' },
    ],
    // An abbreviation's full stop does not end the claim.
    [
      'rejection: "the U.S. accusations"',
      'He raised serious concerns about the support for the defense industrial base.',
      'China firmly rejects the U.S. accusations about the defense industrial base.',
      { cue: 'rejection', b: 'rejects the U.S. accusations' },
    ],
    [
      'number: "a little over an hour" against 45 minutes',
      'The call lasted approximately 45 minutes.',
      'The call lasted a little over an hour.',
      { cue: 'number', a: '45 minutes', b: 'an hour', explanation: 'the durations differ' },
    ],
    [
      'negation: raised on one side, "not a subject of the talks" on the other',
      "The E3 raised their concerns about Iran's ballistic missile programme.",
      "Iran's ballistic missile programme was not a subject of the talks.",
      { cue: 'negation', a: 'raised', b: 'was not a subject' },
    ],
    [
      'negation: discussed against "not addressed"',
      'The leaders discussed the trade balance between the two countries.',
      'The trade balance between the two countries was not addressed.',
      { cue: 'negation', a: 'discussed', b: 'was not addressed' },
    ],
    [
      'number: early in a month against its second half',
      'The working group will convene in early May.',
      'The working group will meet in the second half of May.',
      {
        cue: 'number',
        a: 'early May',
        b: 'second half of May',
        explanation: 'the parts of the month differ',
      },
    ],
    [
      'negation: "no date was agreed" denies the agreeing',
      'The parties agreed that the summit of the heads of state will be held in Luanda in December.',
      'No date was agreed for the summit of the heads of state in Luanda.',
      { cue: 'negation', a: 'agreed', b: 'No date was agreed' },
    ],
    [
      'negation: "no troop reinforcement" against a reinforcement',
      'Both sides agreed on a troop reinforcement along the line.',
      'No troop reinforcement along the line was agreed.',
      { cue: 'negation', b: 'No troop reinforcement' },
    ],
    [
      'negation: "no ceasefire agreement" against an agreement reached',
      'No ceasefire agreement emerged from the talks.',
      'A ceasefire agreement was reached at the talks.',
      { cue: 'negation', a: 'No ceasefire agreement' },
    ],
    [
      'negation: "did not do so" denies only its own part of the sentence',
      'The United States lifted sanctions on Syria; the EU did not do so.',
      'The United States did not lift sanctions on Syria.',
      { cue: 'negation', a: 'lifted', b: 'did not lift' },
    ],
    [
      'negation: views exchanged against a topic not discussed',
      'The ministers exchanged views on the situation in Yemen.',
      'The situation in Yemen was not discussed at the talks.',
      { cue: 'negation', a: 'exchanged', b: 'was not discussed' },
    ],
    [
      'number: two weeks against 30 days',
      'The border committees will meet within two weeks.',
      'The border committees will convene within 30 days.',
      { cue: 'number', a: 'two weeks', b: '30 days', explanation: 'the durations differ' },
    ],
    [
      'initiator: "made a phone call to" names the caller',
      'At the initiative of the Azerbaijani side, Vladimir Putin of Russia had a telephone conversation with Ilham Aliyev of Azerbaijan.',
      'Vladimir Putin of Russia made a phone call to Ilham Aliyev of Azerbaijan.',
      { cue: 'initiator', a: 'At the initiative of the Azerbaijani side' },
    ],
    [
      'antonym: an irregular past form against its opposite',
      'World grain prices have been falling since the deal was suspended.',
      'Global grain prices have risen since the deal was suspended.',
      { cue: 'antonym', a: 'falling', b: 'risen' },
    ],
    [
      'antonym: keeping to a rule and breaking it',
      'The filling was carried out in violation of the Declaration of Principles.',
      'The filling was carried out in full conformity with the Declaration of Principles.',
      { cue: 'antonym', a: 'violation', b: 'conformity' },
    ],
  ])('%s', (_name, a, b, reason) => {
    expect(verdict(a, b).reasons[0]).toMatchObject(reason);
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

describe('and stay quiet where the two sides agree', () => {
  it.each([
    [
      'the same figure in digits and words',
      'The 16th round of talks was held.',
      'The sixteenth round of talks was held.',
    ],
    ['the same date written two ways', 'They met on 7 July.', 'They met on July 7.'],
    [
      'the same two days written as a range and a pair',
      'They met in Vienna on May 10 and 11, 2023.',
      'From 10 to 11 May they held talks in Vienna.',
    ],
    [
      'a denial that covers only the first word after it',
      'There has been no change in the one China policy.',
      'The government remains committed to its one China policy.',
    ],
    [
      'negated on both sides',
      'The measures are not directed against any nation.',
      'The measures were not aimed at any nation.',
    ],
    [
      'a negated antonym that agrees',
      'The measures are not permanent.',
      'The measures are not permanent but will last weeks.',
    ],
    [
      'rejecting an act rather than a claim',
      'Both leaders rejected any use of nuclear weapons.',
      'Both leaders opposed any use of nuclear weapons.',
    ],
    [
      'connective words that WordNet calls antonyms',
      'The meeting was preceded by a briefing.',
      'Following the meeting, a briefing was held.',
    ],
    [
      'the same initiator named two ways',
      'The call took place at the request of Moscow.',
      'The call was held at the initiative of the Russian side.',
    ],
    [
      '"not only" is no negation',
      'The sides discussed not only trade but also energy.',
      'The sides discussed trade and energy.',
    ],
    [
      'a noun that looks like a disputing verb',
      'The sides discussed common challenges and exchanged views on regional security.',
      'The sides exchanged views on regional security.',
    ],
    [
      '"contrary to expectations" disputes nothing',
      'Contrary to expectations, the sides agreed on a ceasefire in Gaza.',
      'The sides agreed on a ceasefire in Gaza.',
    ],
    [
      'opposing and condemning the same thing',
      'Both sides oppose terrorism in all its forms.',
      'Both sides condemned terrorism in all its forms.',
    ],
    [
      'a year in a name against the year of the event',
      'In 2024 the two countries signed a trade agreement.',
      'The two countries recalled the 1993 trade agreement they signed.',
    ],
    [
      'the same sum with a currency code and a sign',
      'The fund will invest USD 5 billion.',
      'The fund will invest $5 billion.',
    ],
    [
      'list numbers count nothing',
      '1. The sides reaffirmed their commitment to the treaty.',
      '2. The sides reaffirmed their commitment to the treaty.',
    ],
    [
      '"may" the verb is no month',
      'The sides may meet again in June.',
      'The sides will meet again in June.',
    ],
    [
      'a month and a full date of it',
      'The sides met on 14 December 2023.',
      'The sides met in December 2023.',
    ],
    [
      '"neither side" and "must not", both negative',
      'Both sides must not fire a single shot or initiate any hostile action.',
      'The two DGMOs agreed that neither side would initiate hostile or aggressive action against the other.',
    ],
    [
      'clock times in two time zones',
      'The DGMOs held talks over the hotline at 1700 hours IST.',
      'The DGMOs held talks on the hotline at 1630 hours PKT.',
    ],
    [
      'the same sum in two currencies',
      'The UK will contribute £478 million over three years.',
      'The United Kingdom will contribute 541 million euros over three years.',
    ],
    [
      'a count of years and the year it reaches back to',
      'It was the first such summit since 2018.',
      'This summit, the first in five years, opens a new chapter.',
    ],
    ['two hours and 120 minutes', 'The talks lasted two hours.', 'The talks lasted 120 minutes.'],
    [
      '"no" before a noun and its own verb',
      'No Russian troops entered Ukrainian territory on Tuesday.',
      'The leaders discussed the situation on Ukrainian territory on Tuesday.',
    ],
    [
      '"subject to" is no subject of the talks',
      'The ministers did not discuss sanctions relief.',
      'Sanctions relief remains subject to full compliance.',
    ],
    [
      'an agenda that is a name',
      'Climate finance was not discussed.',
      'They reaffirmed their commitment to the 2030 Agenda and climate finance.',
    ],
    [
      'raising tariffs is not raising a topic',
      'The leaders discussed tariffs on steel.',
      'The leaders did not raise tariffs on steel.',
    ],
    [
      'exchanging prisoners is not exchanging views',
      'Prisoner exchanges were not discussed.',
      'The sides exchanged prisoners.',
    ],
    [
      '"no surprise that" denies nothing in its clause',
      'It came as no surprise that the talks were constructive.',
      'The talks were constructive.',
    ],
    [
      '"bore" is not a form of "bear" here, nor "bear" the opposite of "interest"',
      'Russia and Turkey bear special responsibility for security in the region.',
      'Russia and Turkey share a common interest in security in the region.',
    ],
    [
      'an hour and a half and 90 minutes',
      'The call lasted an hour and a half.',
      'The call lasted 90 minutes.',
    ],
    [
      'a day or two and two days',
      'The committee will meet in a day or two.',
      'The committee will meet within two days.',
    ],
    [
      'calls for restraint are no phone call',
      'Russia made repeated calls for restraint during the conversation.',
      'The conversation took place at the request of Turkey.',
    ],
    [
      '"no troop reinforcement" denies the reinforcement, not the troops',
      'Both sides will keep their troops in their current positions.',
      'No troop reinforcement will take place along the current positions.',
    ],
    [
      'two weeks and 14 days',
      'The committee will meet within two weeks.',
      'The committee will meet within 14 days.',
    ],
    [
      'a visit made, which says nothing of who asked for it',
      'The Turkish delegation made a working visit to Moscow.',
      'The visit took place at the request of the Russian side.',
    ],
    [
      'half an hour and 30 minutes',
      'The call lasted half an hour.',
      'The call lasted about 30 minutes.',
    ],
    [
      '"a" before a word that is no unit of time',
      'The call lasted an hour and agreed a roadmap.',
      'The call lasted an hour and agreed two roadmaps.',
    ],
    [
      'a side whose characterisations lean both ways',
      'They will avoid actions that could undermine the positive climate.',
      'They will avoid actions that could jeopardise peace and stability.',
    ],
    [
      '"did not reach an agreement" against "no consensus"',
      'The sides did not reach an agreement on resupply, and agreed to keep talking.',
      'No consensus was reached on resupply.',
    ],
    [
      'a made-by that names no contact',
      'A statement was made by the Russian side.',
      'The Russian side made a statement.',
    ],
    [
      'an approximate figure close to the exact one',
      'Last year, mutual trade grew by almost 30 percent.',
      'Last year, mutual trade grew by 29.3 percent.',
    ],
    [
      'the same sum in digits and in words, "US dollars"',
      'The target of 200 billion dollars in trade will be met.',
      'They set a trade target of two hundred billion US dollars.',
    ],
    [
      'a count of months against a month',
      'The talks resumed in July under the understanding.',
      'The talks resumed under the understanding to finish within four months.',
    ],
    [
      '"non-confrontation" against "not confrontational"',
      'Their cooperation is not confrontational in nature.',
      'Their cooperation is built on non-alliance and non-confrontation.',
    ],
    [
      'a characterising word inside a name',
      'Their partnership is unlike the blocs of the Cold War era.',
      'Their partnership plays a constructive role in the region.',
    ],
    [
      'a call for peace and an end to the conflict',
      'They called for a just and durable peace.',
      'They sought a just and lasting end to the conflict.',
    ],
    [
      'both sides opposing the same measures',
      'They spoke out against illegitimate unilateral restrictions.',
      'They opposed unilateral restrictions that have no basis in international law.',
    ],
    [
      'a side that affirms an act and then denies it with "do so"',
      'Prime Minister Kurti was ready to sign both documents, but President Vučić refused to do so.',
      'President Vučić did not sign any document.',
    ],
    [
      'the middle of a month and its second half',
      'The working group will meet in mid-May.',
      'The working group will meet in the second half of May.',
    ],
    [
      'a part of a month and the month',
      'The working group will meet in early May.',
      'The working group will meet in May.',
    ],
    [
      'a readiness to sign and a refused signature',
      'Kosovo was ready to sign both documents, but President Vučić refused to put his signature on them.',
      'President Vučić did not sign any document.',
    ],
  ])('%s', (_name, a, b) => {
    expect(verdict(a, b)).toEqual({ kind: 'shared', reasons: [] });
  });
});
