import { describe, expect, it } from 'vitest';
import { cosine, vectorize } from '../src/vectorize/tfidf.js';
import { termOf, tokenize } from '../src/vectorize/tokenize.js';

const terms = (text: string) => tokenize(text).flatMap((t) => (t.term === null ? [] : [t.term]));

describe('tokenize', () => {
  it('keeps offsets that slice back to each word', () => {
    const text = 'The sides didn’t agree on Kosovo’s status.';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual([
      'The',
      'sides',
      'didn’t',
      'agree',
      'on',
      'Kosovo’s',
      'status',
    ]);
  });

  it('drops stopwords but keeps negations and modal words', () => {
    expect(terms('The measures are not directed against any nation')).toEqual([
      'measur',
      'not',
      'direct',
      'against',
      'nation',
    ]);
    expect(terms('They must and should never do it')).toEqual(['must', 'should', 'never']);
    expect(termOf("didn't")).toBe('not');
  });

  it('gives a name with and without its accents one term', () => {
    expect(tokenize('Erdoğan Vučić Türkiye').map((t) => t.term)).toEqual(
      tokenize('Erdogan Vucic Turkiye').map((t) => t.term),
    );
  });

  it('takes irregular past forms back to their verb, but not forms that are mostly other words', () => {
    expect(termOf('met')).toBe(termOf('meeting'));
    expect(termOf('risen')).toBe(termOf('rising'));
    expect(termOf('held')).toBe(termOf('holds'));
    expect(termOf('left')).not.toBe(termOf('leave'));
  });

  it('gives British and American spellings, synonyms and country names one term', () => {
    expect(termOf('normalising')).toBe(termOf('normalizing'));
    expect(termOf('honour')).toBe(termOf('honor'));
    expect(termOf('ties')).toBe(termOf('relations'));
    expect(termOf('tajik')).toBe(termOf('tajikistan'));
    expect(termOf('moscow')).toBe(termOf('russia'));
    expect(termOf('signature')).toBe(termOf('signing'));
  });
});

describe('vectorize', () => {
  const sentencesA = [
    terms('The sides discussed trade and energy.'),
    terms('Sanctions were not discussed.'),
  ];
  const sentencesB = [
    terms('Trade and energy were on the agenda.'),
    terms('A new round of talks will be held in May.'),
  ];

  it('builds unit vectors, and cosine is 1 for a sentence with itself and 0 without shared terms', () => {
    const space = vectorize(sentencesA, sentencesB);
    for (const v of [...space.a, ...space.b]) expect(cosine(v, v)).toBeCloseTo(1, 12);
    expect(cosine(space.a[1]!, space.b[1]!)).toBe(0);
    expect(cosine(space.a[0]!, space.b[0]!)).toBeGreaterThan(0.3);
  });

  it('gives the same similarities, to the bit, whichever text comes first', () => {
    const forward = vectorize(sentencesA, sentencesB);
    const backward = vectorize(sentencesB, sentencesA);
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < 2; j++)
        expect(cosine(forward.a[i]!, forward.b[j]!)).toBe(cosine(backward.b[i]!, backward.a[j]!));
  });

  it('weighs a term by how few sentences hold it', () => {
    const space = vectorize(
      [terms('trade trade'), terms('trade energy')],
      [terms('trade'), terms('trade')],
    );
    const { terms: vocabulary, idf } = space.vocabulary;
    expect(idf[vocabulary.indexOf('energi')]!).toBeGreaterThan(idf[vocabulary.indexOf('trade')]!);
  });
});
