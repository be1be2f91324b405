import { describe, expect, it } from 'vitest';
import { classify, classifyLink } from '../src/classify/index.js';
import { joined, sentenceModel } from '../src/sentence/model.js';
import { verdict } from './helpers/classify.js';

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

describe('a link of several sentences', () => {
  const models = (texts: string[]) => texts.map((text) => sentenceModel(text));
  const joinedSide = models([
    'Ships dock at the northern pier as usual.',
    'No ship has been allowed to dock at the grain terminal.',
  ]);
  const single = models(['Ships are docking at the grain terminal every day.']);

  it('conflicts when one of its sentences conflicts on its own, which the other would hide', () => {
    expect(classify(joined(joinedSide), joined(single)).kind).toBe('shared');
    const { kind, reasons } = classifyLink(joinedSide, single);
    expect(kind).toBe('contradiction');
    expect(reasons[0]).toMatchObject({ cue: 'negation', a: 'No ship', b: 'Ships', denies: 'a' });
    expect(classifyLink(single, joinedSide).reasons[0]).toMatchObject({ a: 'Ships', denies: 'b' });
  });

  it('reports the same sentence pair with the sides swapped when two of its pairs conflict', () => {
    // A's first sentence conflicts with B's second, and A's second with B's first; each side also
    // affirms what it denies elsewhere, so that the sentences read together conflict in nothing.
    const sideA = models([
      'Ships dock at the northern pier as usual.',
      'No ship has been allowed to dock at the grain terminal.',
    ]);
    const sideB = models([
      'Ships are docking at the grain terminal every day.',
      'No ship has been allowed to dock at the northern pier.',
    ]);
    expect(classify(joined(sideA), joined(sideB)).kind).toBe('shared');
    const forward = classifyLink(sideA, sideB);
    const backward = classifyLink(sideB, sideA);
    expect(forward.kind).toBe('contradiction');
    expect(backward.kind).toBe('contradiction');
    expect([backward.reasons[0]?.a, backward.reasons[0]?.b]).toEqual([
      forward.reasons[0]?.b,
      forward.reasons[0]?.a,
    ]);
  });

  it('is shared when no sentence of it conflicts', () => {
    const agreeing = models([
      'Ships dock at the northern pier as usual.',
      'Grain ships dock at the terminal daily.',
    ]);
    expect(classifyLink(agreeing, single).kind).toBe('shared');
  });
});
