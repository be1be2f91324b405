import { describe, expect, it } from 'vitest';
import { numberCue } from '../../../src/classify/cues/number.js';
import { quantities } from '../../../src/classify/quantities.js';
import { sentenceModel } from '../../../src/sentence/model.js';
import { verdict } from '../../helpers/classify.js';
import { testCue } from './helpers.js';

testCue(numberCue, {
  fires: [
    [
      'an approximation against another figure',
      'The talks lasted about three hours.',
      'The talks lasted four and a half hours.',
      { cue: 'number', a: 'three hours', b: 'four and a half hours' },
    ],
    [
      '"almost" is not a quarter off',
      'Trade grew by almost 30 percent.',
      'Trade grew by 25 percent.',
      { cue: 'number', a: '30 percent', b: '25 percent' },
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
      { cue: 'number', a: '45 minutes', b: 'an hour', explanation: 'the durations differ' },
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
      '"a single day" is one day',
      'The ministers spent two days in talks.',
      'The ministers held a single day of talks.',
      { cue: 'number', a: 'two days', b: 'a single day', explanation: 'the durations differ' },
    ],
  ],
  quiet: [
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
