import { describe, expect, it } from 'vitest';
import { compare } from '../src/index.js';
import { writtenNumbers } from '../src/classify/quantities.js';
import type { DocumentModel } from '../src/sentence/document.js';
import { sentenceModel } from '../src/sentence/model.js';
import { documentSpace } from '../src/vectorize/documents.js';

/** A document of these sentences, as far as the vector space reads one. */
const doc = (...texts: string[]): DocumentModel =>
  ({ lang: 'en', models: texts.map((text) => sentenceModel(text)) }) as unknown as DocumentModel;

/** The terms of each sentence of two one-sentence documents. */
function termsOfPair(a: string, b: string): [string[], string[]] {
  const space = documentSpace(doc(a), doc(b));
  const { terms } = space.vocabulary;
  const of = (ids: Int32Array) => [...ids].map((id) => terms[id]!);
  return [of(space.a[0]!.ids), of(space.b[0]!.ids)];
}

describe('writtenNumbers', () => {
  it('reads a figure split by its separator and a number in words whole', () => {
    const side = sentenceModel('Some 2,500 fishermen and twelve thousand farmers were affected.');
    expect(writtenNumbers(side).map(({ value, from, next }) => [value, from, next])).toEqual([
      [2500, 1, 3],
      [12000, 5, 7],
    ]);
  });

  it('leaves out the article before a unit of time', () => {
    expect(writtenNumbers(sentenceModel('The ministers talked for an hour.'))).toEqual([]);
  });
});

describe('documentSpace', () => {
  it('gives a figure written in digits and in words one term', () => {
    const [a, b] = termsOfPair(
      'The governors agreed to free three thousand detainees.',
      'Both regions will release 3,000 detainees next week.',
    );
    expect(a).toContain('3000');
    expect(b).toContain('3000');
  });

  it('does not let two figures in thousands share the digits after the separator', () => {
    const [a, b] = termsOfPair(
      'The port handled 7,000 containers.',
      'The airport counted 4,000 passengers.',
    );
    expect(a.filter((term) => b.includes(term))).toEqual([]);
  });

  it('reads an ordinal in figures and in words as one number', () => {
    const [a, b] = termsOfPair(
      'They opened the 14th round of consultations.',
      'The fourteenth round of consultations began in the capital.',
    );
    expect(a).toContain('14');
    expect(b).toContain('14');
  });

  it('keeps a small number word as it is', () => {
    const [a] = termsOfPair('The two envoys met at the border.', 'Nothing else.');
    expect(a).not.toContain('2');
  });
});

describe('shared terms of a match', () => {
  it('shows a number read whole as its value', () => {
    const report = compare(
      'The governors agreed to free three thousand detainees held since the flood.',
      'Both regions will release 3,000 detainees held since the flood.',
    );
    expect(report.matches[0]?.terms).toContain('3000');
  });
});
