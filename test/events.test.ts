import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../src/index.js';

/** A short readout: the date it opens with, the two countries it names, and what was discussed. */
const readout = (date: string, first: string, second: string) =>
  `On ${date}, the foreign ministers of ${first} and ${second} met for talks. ` +
  'They discussed trade, energy and the next round of consultations. ' +
  'The ministers agreed to meet again before the end of the year.';

const warningOf = (a: string, b: string) => compare(a, b).warnings;

describe('the different-events warning', () => {
  it('fires when almost nothing aligns, and says so alone', () => {
    const [warning, ...rest] = warningOf(
      'The orchestra performed a new symphony. The audience applauded for ten minutes.',
      'Heavy rain flooded the valley roads. Farmers moved their cattle to higher ground.',
    );
    expect(rest).toEqual([]);
    expect(warning).toBe(
      'the two documents look like reports of different events: only 0 of 4 sentences have a counterpart',
    );
  });

  it('fires on dates at the start that are more than a day apart, naming them', () => {
    const [warning] = warningOf(
      readout('3 May', 'Russia', 'China'),
      readout('9 October', 'Russia', 'China'),
    );
    expect(warning).toBe(
      'the two documents look like reports of different events: no date in common (3 May in one, 9 October in the other)',
    );
    // A day apart is one event dated from two time zones.
    expect(
      warningOf(readout('3 May', 'Russia', 'China'), readout('4 May', 'Russia', 'China')),
    ).toEqual([]);
  });

  it('fires on parties that have no country in common, naming them', () => {
    const [warning] = warningOf(
      readout('3 May', 'Russia', 'China'),
      readout('3 May', 'Norway', 'Finland'),
    );
    expect(warning).toBe(
      'the two documents look like reports of different events: no country named in common (China and Russia in one, Finland and Norway in the other)',
    );
    // One country in common is enough.
    expect(
      warningOf(readout('3 May', 'Russia', 'China'), readout('3 May', 'Russia', 'Finland')),
    ).toEqual([]);
  });

  it('says the same whichever document is A', () => {
    const [a, b] = [readout('3 May', 'Russia', 'China'), readout('9 October', 'Norway', 'Finland')];
    expect(warningOf(a, b)).toHaveLength(1);
    expect(warningOf(b, a)).toEqual(warningOf(a, b));
  });

  it.each([
    [
      'the flagship pair',
      'fixtures/lavrov-muhriddin/moscow.txt',
      'fixtures/lavrov-muhriddin/dushanbe.txt',
    ],
    ['a copy-edit', 'fixtures/copy-edit/original.txt', 'fixtures/copy-edit/edited.txt'],
  ])('stays quiet on %s', (_name, a, b) => {
    expect(warningOf(readFileSync(a, 'utf8'), readFileSync(b, 'utf8'))).toEqual([]);
  });
});
