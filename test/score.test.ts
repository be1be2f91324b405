import { describe, expect, it } from 'vitest';
import { findCandidates } from '../src/align/candidates.js';
import {
  confidenceCeiling,
  confidenceOf,
  PAIR_FEATURES,
  pairFeatures,
  pairScoreModel,
  scoringContext,
} from '../src/align/score.js';
import { pairExamples } from '../src/compare.js';
import { vectorize } from '../src/vectorize/tfidf.js';
import { tokenize } from '../src/vectorize/tokenize.js';
import { generatePair } from '../scripts/bench/generate.mjs';

const A = [
  ['putin', 'modi', 'call', 'telephon'],
  ['putin', 'modi', 'region', 'situat', 'brief'],
  ['putin', 'trade', '2024', 'grow'],
];
const B = [
  ['putin', 'modi', 'convers', 'telephon'],
  ['region', 'situat', 'putin', 'assess'],
  ['modi', 'trade', '2023', 'grow'],
];

describe('pair score', () => {
  it('is trained on the features it is given, and keeps every confidence between 0 and 1', () => {
    const model = pairScoreModel();
    expect(model.features).toEqual([...PAIR_FEATURES]);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
    for (const value of [-1e6, 0, 1e6]) {
      const p = confidenceOf(PAIR_FEATURES.map(() => value));
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });

  it('gives the same features to a pair whichever document comes first', () => {
    const forward = vectorize(A, B);
    const backward = vectorize(B, A);
    const context = (space: typeof forward) => scoringContext(space, findCandidates(space, 0.01));
    const [cf, cb] = [context(forward), context(backward)];
    for (let i = 0; i < A.length; i++)
      for (let j = 0; j < B.length; j++)
        expect(pairFeatures(cb, j, i)).toEqual(pairFeatures(cf, i, j));
  });

  it('weighs the names found in most sentences of both documents as principals', () => {
    const space = vectorize(A, B, { isBoilerplate: () => false, boilerplateWeight: 1 });
    const pervasive = space.vocabulary.terms.filter((_, id) => space.vocabulary.pervasive[id]);
    expect(pervasive).toEqual(['modi', 'putin']);
    // Two sentences that share only a principal's name are alike by the cosine, not without it.
    const features = pairFeatures(scoringContext(space, findCandidates(space, 0.01)), 2, 0);
    expect(features[PAIR_FEATURES.indexOf('cosine')]!).toBeGreaterThan(0);
    expect(features[PAIR_FEATURES.indexOf('principalFree')]).toBe(0);
  });

  it('counts numbers that differ', () => {
    const space = vectorize(A, B);
    const features = pairFeatures(scoringContext(space, findCandidates(space, 0.01)), 2, 2);
    expect(features[PAIR_FEATURES.indexOf('numbersDiffer')]).toBe(1);
    expect(features[PAIR_FEATURES.indexOf('numbersShared')]).toBe(0);
  });
});

describe('the ceiling of a pair score', () => {
  it('is never below the score, and keeps most candidates of long documents from being scored', () => {
    const pair = generatePair({ sentences: 150, seed: 3 });
    const terms = (texts: string[]) =>
      texts.map((text) => tokenize(text).flatMap((t) => (t.term === null ? [] : [t.term])));
    const space = vectorize(terms(pair.sentencesA), terms(pair.sentencesB), {
      isBoilerplate: (term) => term.length < 5,
      boilerplateWeight: 0.5,
    });
    const candidates = findCandidates(space, 0.1);
    const context = scoringContext(space, candidates);
    const { threshold } = pairScoreModel();
    const buffer = new Float64Array(PAIR_FEATURES.length);
    const ceilings = candidates.map((c) =>
      confidenceCeiling(context, c.a, c.b, c.similarity, buffer),
    );
    const under = candidates.filter(
      (c, k) => ceilings[k]! < confidenceOf(pairFeatures(context, c.a, c.b)),
    );
    expect(under).toEqual([]);
    expect(ceilings.filter((ceiling) => ceiling < threshold).length).toBeGreaterThan(
      candidates.length / 2,
    );
  });
});

describe('paraphrase', () => {
  it('relates the register’s words through WordNet, built into a table at build time', () => {
    const space = vectorize([['prison', 'swap', 'istanbul']], [['prison', 'exchang', 'ankara']]);
    const features = pairFeatures(scoringContext(space, findCandidates(space, 0.01)), 0, 0);
    expect(features[PAIR_FEATURES.indexOf('paraphrase')]).toBe(1);
    const unrelated = vectorize([['prison', 'swap']], [['prison', 'weather']]);
    const none = pairFeatures(scoringContext(unrelated, findCandidates(unrelated, 0.01)), 0, 0);
    expect(none[PAIR_FEATURES.indexOf('paraphrase')]).toBe(0);
  });
});

describe('the features of real sentences', () => {
  const features = (a: string, b: string, i = 0, j = 0) => {
    const example = pairExamples(a, b).find((e) => e.a === i && e.b === j);
    return (name: (typeof PAIR_FEATURES)[number]) => example?.features[PAIR_FEATURES.indexOf(name)];
  };

  it('takes a role and the name after it for a principal, even in one-line statements', () => {
    const feature = features(
      'President Biden and President Xi agreed to resume military communication.',
      'President Biden raised concerns about human rights with President Xi.',
    );
    expect(feature('cosine')).toBeGreaterThan(0);
    expect(feature('principalFree')).toBe(0);
    expect(feature('rareShared')).toBe(0);
  });

  it('makes two accounts of one slot a candidate however few words they share', () => {
    const opening = 'The foreign ministers held talks on grain exports.';
    const feature = features(
      `${opening} Their conversation went on for ninety minutes.`,
      `${opening} The meeting was over after an hour and a half.`,
      1,
      1,
    );
    expect(feature('cosine')).toBeLessThan(0.1);
    expect(feature('sharedSlots')).toBe(1);
    expect(feature('soleSlot')).toBe(1);
  });
});
