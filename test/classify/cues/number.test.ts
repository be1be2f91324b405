import { describe, expect, it } from 'vitest';
import { numberCue } from '../../../src/classify/cues/number.js';
import { quantities } from '../../../src/classify/quantities.js';
import { sentenceModel } from '../../../src/sentence/model.js';
import { verdict } from '../../helpers/classify.js';
import { testCue } from './helpers.js';

testCue(numberCue, {
  fires: [
    [
      'hours a day: an article after a unit of time makes a rate, not a second length that agrees',
      'The border crossing at Ollagüe will stay open 24 hours a day from July.',
      'The border crossing at Ollagüe will stay open twenty hours a day from July.',
      {
        explanation: 'the durations differ',
        values: { a: '1,440 minutes', b: '1,200 minutes' },
      },
    ],
    [
      'counts of people named by two nouns of people: a crew and fishermen',
      'The fourteen crew members of the trawler will be tried under national law.',
      'He called for the release of the 22 fishermen aboard the trawler.',
      {
        explanation: 'the numbers of people ("crew" / "fishermen") differ',
        values: { a: '14', b: '22' },
      },
    ],
    [
      'two years named by their distance from the document, in a document that gives no year',
      'The leaders agreed that the joint commission would meet before the end of this year.',
      'The leaders agreed to convene the joint commission early next year.',
      {
        a: 'this year',
        b: 'next year',
        explanation: 'the years differ',
        values: { a: "the document's year", b: "1 year after the document's" },
      },
    ],
    [
      'two years of one target, each resolved as a year is written',
      'The two sides agreed to raise bilateral trade to 10 billion dollars by 2030.',
      'The two leaders agreed to raise bilateral trade to USD 10 billion by 2028.',
      {
        a: '2030',
        b: '2028',
        explanation: 'the years differ',
        values: { a: '2030', b: '2028' },
      },
    ],
    [
      'number words that fill the places of one number ("twenty five") are read as one',
      'The ministers met for twenty five minutes.',
      'The ministers met for forty minutes.',
      { a: 'twenty five minutes', b: 'forty minutes' },
    ],
    [
      "a nation's people in the plural are people too, though the vocabulary does not know the nation",
      'Thousands of Malawians waited at the airport to welcome the President.',
      'Hundreds of residents waited at the airport to welcome the President.',
      {
        cue: 'number',
        values: { a: '2,000 to 9,999', b: '200 to 999' },
        explanation: 'the numbers of people ("malawians" / "residents") differ',
      },
    ],
    [
      'two counts given by their orders, which cannot both be true of one crowd',
      'Hundreds of thousands of people lined the streets to greet the President.',
      'Tens of thousands of residents turned out along the avenues to greet the President.',
      {
        cue: 'number',
        values: { a: '200,000 to 999,999', b: '20,000 to 99,999' },
        explanation: 'the numbers of people ("people" / "residents") differ',
      },
    ],
    [
      'dozens and hundreds of one thing',
      'Dozens of trucks carried aid across the border.',
      'Hundreds of trucks carried aid across the border.',
      { cue: 'number', values: { a: '24 to 119', b: '200 to 999' } },
    ],
    [
      'a figure in words with decimal digits after "point" is read whole, not as two numbers',
      'Bilateral trade reached four point two billion dollars last year.',
      'Bilateral trade reached 4.5 billion dollars last year.',
      {
        cue: 'number',
        values: { a: '4,200,000,000 USD', b: '4,500,000,000 USD' },
        explanation: 'the figures differ',
      },
    ],
    [
      'two counts of people in general, by other nouns, whose approximate ranges cannot overlap',
      'The war has driven more than seven million people from their homes.',
      'The war has displaced about five million citizens.',
      {
        values: { a: 'more than 7,000,000', b: 'about 5,000,000 (4,500,000 to 5,500,000)' },
        explanation: 'the numbers of people ("citizens" / "people") differ',
      },
    ],
    [
      'a count after the date a period starts at is no date: "since 2014 more than two thousand people"',
      'Since 2014 more than two thousand people have been sent back under the policy.',
      'Around 1,800 non-citizens had been returned since 2014 under the policy.',
      { explanation: 'the numbers of people ("non-citizens" / "people") differ' },
    ],
    [
      '"over" as the particle of a verb ("handed over") is no hedge of the count after it',
      'Poland handed over twelve generators to the city.',
      'Poland delivered thirty generators to the city.',
      {
        cue: 'number',
        values: { a: '12', b: '30' },
        explanation: 'the figures differ',
      },
    ],
    [
      'two counts of one act, of different words that WordNet relates',
      'The ministers witnessed the signing of 12 pacts.',
      'The ministers signed nine treaties on trade and health.',
      {
        cue: 'number',
        values: { a: '12', b: '9' },
        explanation: 'the numbers of one act ("signed" / "signing") differ',
      },
    ],
    [
      'two counts of written instruments by one act, however each side names them',
      'The ministers witnessed the signing of 12 cooperation documents.',
      'The ministers signed nine agreements and memoranda on trade.',
      {
        cue: 'number',
        values: { a: '12', b: '9' },
        explanation: 'the numbers of one act ("signed" / "signing") differ',
      },
    ],
    [
      'the verb of a passive after a count is the act that counts it',
      'Six agreements were signed during the visit.',
      'The leaders witnessed the signing of four memoranda.',
      {
        cue: 'number',
        values: { a: '6', b: '4' },
        explanation: 'the numbers of one act ("signed" / "signing") differ',
      },
    ],
    [
      "the passive's verb is found past the complement of the counted noun",
      'Five protocols of cooperation were exchanged at the ceremony.',
      'Seven agreements were exchanged at the ceremony.',
      {
        cue: 'number',
        values: { a: '5', b: '7' },
        explanation: 'the numbers of one act ("exchanged") differ',
      },
    ],
    [
      'declarations are written instruments, counted as the other side counts its agreements',
      'Four declarations were signed on energy.',
      'Two agreements were signed on energy.',
      {
        cue: 'number',
        values: { a: '4', b: '2' },
        explanation: 'the numbers of one act ("signed") differ',
      },
    ],
    [
      'counts sharing several nouns name the same one whichever side comes first',
      'Peru dispatched 7 medical relief flights.',
      'Peru dispatched 4 relief medical flights.',
      {
        cue: 'number',
        values: { a: '7', b: '4' },
        explanation: 'the numbers of one thing ("flights") differ',
      },
    ],
    [
      'two counts that share a noun of their phrase',
      'Chile sent its sixth aid convoy to the border.',
      'Chile has now sent a fifth humanitarian convoy.',
      {
        cue: 'number',
        values: { a: '6', b: '5' },
        explanation: 'the numbers of one thing ("convoy") differ',
      },
    ],
    [
      'a dateline against the date the body gives the talks',
      'Valletta, 19 December 2023',
      'The talks were held in Valletta on 20 December 2023.',
      { cue: 'number', values: { a: '19 December', b: '20 December' } },
    ],
    [
      'a headline in title case is no dateline',
      'Ministers Meet In Valletta On 19 December',
      'Tunis, 20 December 2023',
      { cue: 'number', values: { a: '19 December', b: '20 December' } },
    ],
    [
      'an approximation against another figure',
      'The talks lasted about three hours.',
      'The talks lasted four and a half hours.',
      {
        cue: 'number',
        a: 'about three hours',
        b: 'four and a half hours',
        values: { a: 'about 180 minutes (150 to 210)', b: '270 minutes' },
      },
    ],
    [
      '"almost" is not a quarter off',
      'Trade grew by almost 30 percent.',
      'Trade grew by 25 percent.',
      {
        cue: 'number',
        a: 'almost 30 percent',
        b: '25 percent',
        values: { a: 'just under 30 percent (25 to 30)', b: '25 percent' },
      },
    ],
    [
      'a date against a month',
      'The leaders agreed to meet in Moscow on 8 May.',
      'The leaders agreed to meet during a visit to Moscow in June.',
      { cue: 'number', a: '8 May', b: 'June', explanation: 'the months differ' },
    ],
    [
      '"a little over an hour" against 45 minutes',
      'The call lasted approximately 45 minutes.',
      'The call lasted a little over an hour.',
      {
        cue: 'number',
        a: 'approximately 45 minutes',
        b: 'a little over an hour',
        explanation: 'the durations differ',
      },
    ],
    [
      'early in a month against its second half',
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
      'two weeks against 30 days',
      'The border committees will meet within two weeks.',
      'The border committees will convene within 30 days.',
      { cue: 'number', a: 'two weeks', b: '30 days', explanation: 'the durations differ' },
    ],
    [
      'an article counts a scale',
      'The line will carry a million tonnes.',
      'The line will carry 2 million tonnes.',
      { cue: 'number', values: { a: '1,000,000', b: '2,000,000' } },
    ],
    [
      "a stay's length, past the adjectives before its noun and whatever the stay is called",
      'The Prime Minister is in Kuwait on a one-day stop.',
      'The Prime Minister arrived in Kuwait on a two-day official visit.',
      { cue: 'number', a: 'one-day', b: 'two-day', explanation: 'the durations differ' },
    ],
    [
      'a stay\'s length after "of"',
      'The President is in Angola on a one-day visit.',
      'The President is in Angola for an official visit of two days.',
      { cue: 'number', a: 'one-day', b: 'two days', explanation: 'the durations differ' },
    ],
    [
      'what a stay lasts is its length',
      'The visit will last two days.',
      'The President will travel to Basra during his three-day visit.',
      { cue: 'number', a: 'two days', b: 'three-day', explanation: 'the durations differ' },
    ],
    [
      '"a single day" is one day',
      'The ministers spent two days in talks.',
      'The ministers held a single day of talks.',
      { cue: 'number', a: 'two days', b: 'a single day', explanation: 'the durations differ' },
    ],
    [
      '"almost an hour" is below an hour, and "over an hour" is not',
      'The call lasted almost an hour.',
      'The call lasted over an hour.',
      {
        cue: 'number',
        a: 'almost an hour',
        b: 'over an hour',
        values: { a: 'just under 60 minutes (45 to 60)', b: 'at least 60 minutes' },
      },
    ],
    [
      '"almost an hour" is no two hours',
      'The conversation went on for almost an hour.',
      'The conversation lasted two hours.',
      { cue: 'number', a: 'almost an hour', b: 'two hours' },
    ],
    [
      'two open bounds that do not meet',
      'More than 100 prisoners were freed in the exchange.',
      'Fewer than 50 prisoners were freed in the exchange.',
      { cue: 'number', values: { a: 'more than 100', b: 'less than 50' } },
    ],
    [
      '"about 5 billion" is rounded to the billion, not to five',
      'Bilateral trade reached 6 billion dollars in 2022.',
      'Bilateral trade amounted to approximately $5 billion in 2022.',
      { cue: 'number', a: '6 billion dollars', b: 'approximately $5 billion' },
    ],
    [
      '"held over four days" is four days, not more than four',
      'The talks were held over four days in the capital.',
      'The talks in the capital lasted five days.',
      { cue: 'number', a: 'four days', b: 'five days' },
    ],
    [
      'one act dated twice',
      'The talks began on 3 March.',
      'The talks began on 5 March.',
      { cue: 'number', values: { a: '3 March', b: '5 March' } },
    ],
    [
      'two dates of a meeting to come, each in the future',
      'The negotiators will meet again in Geneva on 4 April.',
      'The next round of talks will take place in Geneva on 9 April.',
      { cue: 'number', values: { a: '4 April', b: '9 April' } },
    ],
    [
      'a past figure against one with no time said',
      'Bilateral trade had reached 6 billion dollars in 2022.',
      'Bilateral trade amounted to 5 billion dollars in 2022.',
      { cue: 'number', a: '6 billion dollars', b: '5 billion dollars' },
    ],
    [
      'two ordinals numbering one series, the complements of their different nouns of one head',
      'The ministers co-chaired the 12th meeting of the Joint Trade Commission.',
      'The ministers co-chaired the eleventh session of the joint economic commission.',
      {
        values: { a: '12', b: '11' },
        explanation: 'the places in one series (of the "commission") differ',
      },
    ],
  ],
  quiet: [
    [
      "a stay's length is not how long the talks went on",
      'The President is in Angola on a one-day visit.',
      'The President held talks in Luanda that lasted two hours.',
    ],
    [
      'what the talks lasted during a stay is not its length',
      'The talks during the visit lasted two hours.',
      'The President is in Iraq on a three-day visit.',
    ],
    [
      'a stay of some hours holds talks of fewer',
      'The visit to Lahore lasted about three hours.',
      'The meeting lasted around ninety minutes.',
    ],
    [
      'the first day of a stay is no length of it',
      'The President is in Angola on a two-day visit.',
      'On the first day of the visit, the President met his Angolan counterpart.',
    ],
    [
      'a stay of one length and another qualifies nothing in common',
      'The Prime Minister is on a one-day visit to Kuwait.',
      'The two leaders agreed on a 90-day pause in the talks on the border.',
    ],
    [
      'a count of years that looks back is no year to come',
      'It was the first visit by a Finnish president in five years.',
      'It was the first visit by a Finnish president since 2019.',
    ],
    [
      'an ordinal before a count starts no number with it: the first six months are the first half',
      'The forum will be held in the first half of 2027.',
      'The forum will be held during the first six months of 2027.',
    ],
    [
      'a nationality before a noun qualifies it: no count of people',
      'Tens of thousands of Kenyan shillings were raised at the rally in Nairobi on Sunday.',
      'Hundreds of thousands of people attended the rally in Nairobi on Sunday.',
    ],
    [
      "two nations' people are two crowds",
      'Thousands of Malawians waited at the airport to welcome the President.',
      'Hundreds of Zambians waited at the airport to welcome the President.',
    ],
    [
      '"at one point" is no decimal figure: "point" is a decimal point only before a scale or unit',
      'At one point two delegations left the room.',
      'Two delegations left the room.',
    ],
    [
      'a count given by its order takes in a figure within it',
      'Hundreds of trucks carried aid across the border.',
      'About 400 trucks carried aid across the border.',
    ],
    [
      'a count given by its order may overlap an open figure',
      'Dozens of trucks carried aid across the border.',
      'More than a hundred trucks carried aid across the border.',
    ],
    [
      'one sum written in digits and in words with "point"',
      'Bilateral trade reached 4.2 billion dollars last year.',
      'Two-way trade stood at four point two billion US dollars in the previous year.',
    ],
    [
      'two approximate counts of people whose ranges overlap',
      'The war has driven nearly five million people from their homes.',
      'The war has displaced about 4.8 million citizens.',
    ],
    [
      'the dates of two opposite acts are two ends of one event',
      'The talks began on 3 March.',
      'The talks ended on 5 March.',
    ],
    [
      'written instruments counted by different acts',
      'The ministers signed 12 agreements.',
      'The ministers drafted nine memoranda.',
    ],
    [
      'a date in the past and a date in the future are of two events',
      'The draft had been handed to the two delegations in Geneva on 27 February.',
      'The negotiators will meet in Geneva on 4 April to begin work on the draft.',
    ],
    [
      'a figure reached last year and a target',
      'Two-way trade reached 20 billion dollars last year.',
      'The sides set a target of 30 billion dollars in two-way trade.',
    ],
    [
      'a month where a period starts is not the month of the event',
      'The minister arrived in Kyiv on his first visit since taking office in December.',
      'On 22 January the President received the minister, who arrived in Kyiv on a visit.',
    ],
    [
      'one act counting things that share nothing',
      'The delegation toured 5 warehouses in Quito.',
      'The delegation toured 3 schools in Guayaquil.',
    ],
    [
      'one act counting things of different words, neither related to the other',
      'Ghana shipped 8 crates of medicine.',
      'Ghana shipped 30 tonnes of maize.',
    ],
    [
      'a count in a list is only part of what its act counts',
      'The ministers signed three agreements and two memoranda.',
      'The ministers signed five documents.',
    ],
    [
      'a name before a count is no act that counts it',
      'The minister thanked Chile for the third convoy.',
      'The minister thanked Chile for 40 trucks.',
    ],
    [
      'two datelines: the documents came out on different days',
      'Valletta, 19 December 2023',
      'Tunis, Wednesday, 20 December 2023',
    ],
    [
      '"almost an hour" and fifty minutes',
      'The call lasted almost an hour.',
      'The call lasted fifty minutes.',
    ],
    [
      'a figure plainly given may be rounded: "an hour" and "almost an hour"',
      'The conversation lasted an hour.',
      'The conversation lasted almost an hour.',
    ],
    [
      '"roughly three and a half hours" is "more than three hours"',
      'The leaders talked for roughly three and a half hours.',
      'The meeting lasted more than three hours.',
    ],
    [
      '"a little over two hours" and "just over two hours"',
      'The meeting lasted a little over two hours.',
      'The leaders met for just over two hours.',
    ],
    [
      '"a quarter of an hour" is 15 minutes',
      'The call lasted a quarter of an hour.',
      'The call lasted 15 minutes.',
    ],
    [
      '"about an hour" takes in 70 minutes',
      'The call lasted about an hour.',
      'The call lasted 70 minutes.',
    ],
    [
      '"a hundred and fifty" is 150',
      'The sides exchanged a hundred and fifty prisoners.',
      'The sides exchanged 150 prisoners.',
    ],
    ['"a dozen" is twelve', 'A dozen journalists came.', 'Twelve journalists came.'],
    [
      '"half a million" is 500,000',
      'The line will carry half a million tonnes.',
      'The line will carry 500,000 tonnes.',
    ],
    [
      '"an hour and a half" is 90 minutes',
      'The call lasted an hour and a half.',
      'The call lasted 90 minutes.',
    ],
    [
      'two ordinals of nouns whose complements are of different heads: two series',
      'The ministers co-chaired the 12th meeting of the Joint Trade Commission.',
      'The ministers marked the eleventh anniversary of the partnership.',
    ],
    [
      'two cardinals of different nouns with one complement: not a series',
      'They signed 12 agreements of the commission.',
      'They reviewed 11 projects of the commission.',
    ],
  ],
});

describe('the number cue, case by case', () => {
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
    // A month and year after a determiner name the thing too: neither dates the talks.
    expect(
      verdict(
        'The envoys reviewed the June 2021 border protocol in Tbilisi.',
        'The envoys met in Tbilisi on 4 October 2023 to review the border protocol.',
      ).reasons.map((reason) => reason.cue),
    ).not.toContain('number');
    expect(
      verdict(
        'The sides recalled the June 2021 protocol.',
        'The sides recalled the June 2022 protocol.',
      ).reasons[0],
    ).toMatchObject({ cue: 'number', a: '2021 protocol', b: '2022 protocol' });
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
      a: 'approximately 45 minutes',
      b: 'more than one hour',
      explanation: 'the durations differ',
      values: { a: 'about 45 minutes (40.5 to 49.5)', b: 'more than 60 minutes' },
    });
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
});
