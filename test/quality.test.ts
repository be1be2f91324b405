import { describe, expect, it } from 'vitest';
import {
  accuracy,
  addScores,
  findCases,
  judgeMinimalPair,
  metric,
  readMinimalPairs,
  runCase,
  ZERO_SCORES,
  type PairCase,
  type Scores,
} from '../src/corpus/index.js';

/**
 * Floors a little under the scores `npm run eval` prints today (see README, "Quality"), so that a
 * change that makes the verdicts worse fails CI. Raise them when the scores go up.
 */
const FLOORS = {
  all: { linkF1: 0.875, sharedF1: 0.84, contradictionPrecision: 0.925, contradictionRecall: 0.55 },
  holdout: {
    linkF1: 0.865,
    sharedF1: 0.81,
    contradictionPrecision: 0.88,
    contradictionRecall: 0.41,
  },
};
/** Share of minimal pairs judged right, a little under first contact (see README, "Quality"). */
const MINIMAL_PAIR_FLOORS = { tune: 0.87, holdout: 0.72 };

// Cases of two documents: the floors are of pairs (a case of three documents repeats its pairs).
const results = findCases('fixtures')
  .filter((c) => c.kind === 'pair' && c.gold)
  .map((c) => runCase(c as PairCase));
const total = (split?: string): Scores =>
  results
    .filter((r) => !split || r.case.split === split)
    .reduce((sum, r) => addScores(sum, r.scores!), ZERO_SCORES);

describe('quality on the labelled fixtures', () => {
  it('has enough labelled pairs to mean something', () => {
    expect(results.length).toBeGreaterThanOrEqual(15);
  });

  it.each([
    ['all', total(), FLOORS.all],
    ['holdout', total('holdout'), FLOORS.holdout],
  ] as const)('%s: stays above its floors', (_name, scores, floor) => {
    expect(metric(scores.links).f1).toBeGreaterThanOrEqual(floor.linkF1);
    expect(metric(scores.shared).f1).toBeGreaterThanOrEqual(floor.sharedF1);
    expect(metric(scores.contradiction).precision).toBeGreaterThanOrEqual(
      floor.contradictionPrecision,
    );
    expect(metric(scores.contradiction).recall).toBeGreaterThanOrEqual(floor.contradictionRecall);
  });

  it('matches nothing between two unrelated readouts and everything between identical ones', () => {
    const byId = new Map(results.map((r) => [r.case.id, r]));
    expect(byId.get('unrelated-readouts')!.report.matches).toEqual([]);
    const identical = byId.get('identical-texts')!.report;
    expect(identical.summary.shared).toBe(identical.summary.sentencesA);
  });
});

describe('quality on the minimal pairs', () => {
  const judged = readMinimalPairs('fixtures/minimal-pairs').map((pair) => judgeMinimalPair(pair));

  it.each(Object.entries(MINIMAL_PAIR_FLOORS))('%s: judges enough pairs right', (split, floor) => {
    const { right, total } = accuracy(judged.filter((r) => r.pair.split === split));
    expect(total).toBeGreaterThanOrEqual(80);
    expect(right / total).toBeGreaterThanOrEqual(floor);
  });
});
