import { describe, expect, it } from 'vitest';
import { compare } from '../../src/index.js';

// Two accounts of one (invented) meeting; each opens with its date, so that "next year" is a year.
const dated = (date: string, sentence: string) =>
  `Helsinki, ${date}. The presidents of Finland and Chile met in Helsinki. ${sentence}`;
const contradictions = (a: string, b: string) =>
  compare(a, b)
    .matches.filter((m) => m.kind === 'contradiction')
    .map((m) => m.reasons.map((r) => `${r.a} / ${r.b}: ${r.values?.a} / ${r.values?.b}`));

describe('years named by their distance from the document', () => {
  it("read as years in the document's year: within the next five years is not 2034", () => {
    const a = dated(
      '12 May 2024',
      'They committed to doubling bilateral trade within the next five years.',
    );
    const b = dated('12 May 2024', 'They committed to doubling bilateral trade by 2034.');
    expect(contradictions(a, b)).toEqual([['within the next five years / 2034: 2029 / 2034']]);
    expect(contradictions(b, a)).toEqual([['2034 / within the next five years: 2034 / 2029']]);
  });

  it('agree with the year they name', () => {
    const a = dated('12 May 2024', 'The embassy will move to the capital next year.');
    const b = dated('12 May 2024', 'The embassy will move to the capital in 2025.');
    expect(contradictions(a, b)).toEqual([]);
  });

  it('are not compared with a year before the document, which is past', () => {
    const a = dated(
      '12 May 2024',
      'They committed to convening the steering group of the action plan later this year.',
    );
    const b = dated('12 May 2024', 'They renewed the action plan signed in 2008.');
    expect(contradictions(a, b)).toEqual([]);
  });
});
