import { describe, expect, it } from 'vitest';
import { antonymCue } from '../../../src/classify/cues/antonym.js';
import { verdict } from '../../helpers/classify.js';
import { testCue } from './helpers.js';
import { sentenceModel } from '../../../src/sentence/model.js';
import { stepsTaken } from '../../../src/work.js';

testCue(antonymCue, {
  fires: [
    [
      'a characterisation after "as" speaks of the object of "described", however long its modifiers',
      'The chancellor described her talks with the visiting Prime Minister of Estonia as friendly.',
      'The Estonian side said the talks had been strained.',
      { cue: 'antonym', a: 'friendly', b: 'strained' },
    ],
    [
      'an irregular past form against its opposite',
      'World grain prices have been falling since the deal was suspended.',
      'Global grain prices have risen since the deal was suspended.',
      { cue: 'antonym', a: 'falling', b: 'risen' },
    ],
    [
      'keeping to a rule and breaking it',
      'The filling was carried out in violation of the Declaration of Principles.',
      'The filling was carried out in full conformity with the Declaration of Principles.',
      { cue: 'antonym', a: 'violation', b: 'conformity' },
    ],
    [
      'an activity going on against one halted, which WordNet does not pair',
      'The ministry will continue the grain shipments to the port.',
      'The ministry has suspended the grain shipments to the port.',
      {
        cue: 'antonym',
        a: 'continue',
        b: 'suspended',
        explanation: 'opposites: "continue" against "suspended"',
      },
    ],
    [
      'superlatives oppose by their adjectives, though "high" and "low" alone say nothing',
      'Relations are at their highest level in decades.',
      'Relations are at their lowest level in decades.',
      {
        cue: 'antonym',
        a: 'highest',
        b: 'lowest',
        explanation: 'opposites: "highest" against "lowest" (WordNet antonyms)',
      },
    ],
    [
      'irregular comparatives',
      'Relations have never been better.',
      'Relations have never been worse.',
      { cue: 'antonym', a: 'better', b: 'worse' },
    ],
    [
      "each side's own speaker holds the opposite view: positions differ",
      'The Russian minister said the sanctions were illegitimate.',
      'The American secretary said the sanctions are legitimate.',
      {
        cue: 'antonym',
        positions: { a: 'russia', b: 'united states' },
        explanation:
          'positions differ (russia / united states): opposites: "illegitimate" against "legitimate" (WordNet antonyms)',
      },
    ],
    [
      'two characterisations of one thing outside the talks: the relations',
      'Both sides agreed that bilateral relations had stabilized in recent months.',
      'The minister noted that relations between the two countries had deteriorated in recent months.',
      { cue: 'antonym', a: 'stabilized', b: 'deteriorated' },
    ],
    [
      '"concerning" after a form of "be" characterises',
      'The humanitarian situation in the region is concerning.',
      'The humanitarian situation in the region is stable.',
      { cue: 'antonym', a: 'concerning', b: 'stable' },
    ],
    [
      'a predicate after "was" characterises its subject however long the subject runs',
      'The exchange on the question of deportations was frank and at times difficult.',
      'The Prime Ministers held constructive talks.',
      { cue: 'antonym', a: 'difficult', b: 'constructive' },
    ],
  ],
  quiet: [
    [
      'a characterisation after "as" of an object that is no contact',
      'The envoy described the humanitarian situation in the northern provinces as difficult.',
      'The minister said the talks with the envoy had been constructive.',
    ],
    [
      '"concerning" after a noun is a preposition',
      'The minister raised issues concerning the situation in the region.',
      'The minister said the situation in the region is stable.',
    ],
    [
      'characterisations of two things: a deteriorating situation and good relations',
      'The Prime Minister expressed concern over the deteriorating humanitarian situation in the region.',
      'The President called on Japan, as a country with good relations with all parties, to help end the fighting.',
    ],
    [
      'a freedom to be respected and concern over the spread of a war',
      'He underlined that the principle of freedom of navigation in the strait must be respected.',
      'The minister expressed concern over the spread of the war to other parts of the region.',
    ],
    [
      'an adverb made from an adjective is not that adjective: "closely" does not oppose "open"',
      'The ministers agreed to cooperate closely on energy security in the Pacific.',
      'The ministers stressed an open and inclusive Pacific and cooperation on energy security.',
    ],
    [
      'nor does "formally" oppose "informal"',
      'The ministers formally opened the new round of talks on the border.',
      'The ministers held an informal dinner before the new round of talks on the border.',
    ],
    [
      '"leader" and "offer" end like comparatives but grade nothing',
      'The leader made an offer.',
      'The follower made an offer.',
    ],
    [
      'both say the highest degree',
      'Bilateral trade has never been higher.',
      'Bilateral trade is higher than ever.',
    ],
    [
      '"never" is no claim that opposes "ever"',
      'Relations have never been better.',
      'Relations are better than ever.',
    ],
  ],
});

describe('the antonym cue, case by case', () => {
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
    ).toBe('evaluation: positive ("constructive") against negative ("difficult")');
  });

  it('looks up in the other sentence only the terms that have an opposite', () => {
    // Content words on each side, none with an opposite: no look-up at all.
    const [a, b] = [
      'The ministers discussed trade, energy, transport, culture and tourism in Astana on Monday.',
      'The ministers discussed trade, energy, transport, culture and tourism in Tashkent on Friday.',
    ].map((text) => sentenceModel(text));
    expect(antonymCue.detect(a!, b!)).toBeNull(); // each sentence's analyses, made once
    const before = stepsTaken();
    expect(antonymCue.detect(a!, b!)).toBeNull();
    expect(stepsTaken() - before).toBe(0);
    // One word with opposites ("rose" / "fell"): one look-up a side.
    const [up, down] = [
      'Trade between the two countries rose.',
      'Trade between the two countries fell.',
    ].map((text) => sentenceModel(text));
    expect(antonymCue.detect(up!, down!)).not.toBeNull();
    const then = stepsTaken();
    antonymCue.detect(up!, down!);
    expect(stepsTaken() - then).toBeLessThanOrEqual(2);
  });
});
