import { describe, expect, it } from 'vitest';
import { align } from '../src/align/index.js';
import { maximumWeightMatching } from '../src/align/matching.js';
import { vectorize } from '../src/vectorize/tfidf.js';

describe('maximumWeightMatching', () => {
  it('finds the best total, where taking the single strongest pair first would lose', () => {
    const matched = maximumWeightMatching([
      { a: 0, b: 0, similarity: 0.9 },
      { a: 0, b: 1, similarity: 0.8 },
      { a: 1, b: 0, similarity: 0.8 },
    ]);
    expect(matched.map((c) => [c.a, c.b])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('does not let two weak pairs break up one close pair', () => {
    // A headline (a0) at 0.3 to the lead sentence (b0), which is 0.45 to its real counterpart (a1);
    // a1 is also 0.3 to b1. Plain sums prefer the two weak pairs (0.6 > 0.45); squares do not.
    const matched = maximumWeightMatching([
      { a: 0, b: 0, similarity: 0.3 },
      { a: 1, b: 0, similarity: 0.45 },
      { a: 1, b: 1, similarity: 0.3 },
    ]);
    expect(matched.map((c) => [c.a, c.b])).toEqual([[1, 0]]);
  });

  it('matches each sentence at most once, across separate components', () => {
    const matched = maximumWeightMatching([
      { a: 0, b: 0, similarity: 0.5 },
      { a: 1, b: 0, similarity: 0.6 },
      { a: 2, b: 3, similarity: 0.4 },
      { a: 3, b: 3, similarity: 0.3 },
    ]);
    expect(matched.map((c) => [c.a, c.b])).toEqual([
      [1, 0],
      [2, 3],
    ]);
  });
});

describe('align', () => {
  const options = { threshold: 0.3, accept: () => true, mergeGain: 0.05, mergePartMin: 0.15 };

  it('joins a sentence to the two adjacent sentences it covers on the other side', () => {
    const space = vectorize(
      [['border', 'talks', 'resum'], ['sanction', 'lift'], ['weather']],
      [['border', 'talks', 'resum', 'sanction', 'lift'], ['harvest']],
    );
    expect(align(space, options)).toEqual([
      { a: [0, 1], b: [0], similarity: expect.any(Number), confidence: expect.any(Number) },
    ]);
  });

  it('matches pinned pairs first, whatever their similarity', () => {
    const space = vectorize(
      [
        ['request', 'russia', 'call'],
        ['call', 'energy', 'talks'],
      ],
      [['invitation', 'turkey', 'call', 'energy']],
    );
    expect(align(space, options).map((p) => [p.a, p.b])).toEqual([[[1], [0]]]);
    expect(align(space, { ...options, pinned: [{ a: 0, b: 0 }] }).map((p) => [p.a, p.b])).toEqual([
      [[0], [0]],
    ]);
  });

  it('joins a neighbour only when accept would take it on its own', () => {
    const space = vectorize(
      [['border', 'talks', 'resum'], ['sanction', 'lift'], ['weather']],
      [['border', 'talks', 'resum', 'sanction', 'lift'], ['harvest']],
    );
    expect(align(space, { ...options, accept: (a: number) => a !== 1 })).toEqual([
      { a: [0], b: [0], similarity: expect.any(Number), confidence: expect.any(Number) },
    ]);
  });

  it('leaves pairs below the threshold unaligned unless the secondary rule vouches for them', () => {
    const space = vectorize(
      [['border', 'talks', 'resum', 'sanction']],
      [['border', 'weather', 'harvest', 'grain']],
    );
    expect(align(space, options)).toEqual([]);
    const secondary = { threshold: 0.05, accept: () => true };
    expect(align(space, { ...options, secondary })).toHaveLength(1);
  });

  it('scores and accepts each pair at most once, however many steps read it', () => {
    // Framing formulas, joined neighbours and the confidence of each link all read the same pairs.
    const space = vectorize(
      [['border', 'talks', 'resum'], ['sanction', 'lift'], ['contact', 'remain'], ['weather']],
      [['border', 'talks', 'resum', 'sanction', 'lift'], ['contact', 'stay'], ['harvest']],
    );
    const scored = new Map<string, number>();
    const accepted = new Map<string, number>();
    const tally = (counts: Map<string, number>, a: number, b: number) =>
      counts.set(`${a}:${b}`, (counts.get(`${a}:${b}`) ?? 0) + 1);
    const pairs = align(space, {
      ...options,
      accept: (a, b) => (tally(accepted, a, b), a !== 2),
      scorer: () => (a, b) => (tally(scored, a, b), a === 2 ? 0.9 : 0.5),
      framing: { accept: () => true, sameEvent: () => true },
      furtherClaim: { confidence: 0.8, accept: () => true },
    });
    expect(pairs.map((p) => [p.a, p.b])).toEqual([
      [[0, 1], [0]],
      [[2], [1]],
    ]);
    expect(scored.size).toBeGreaterThan(0);
    expect(Math.max(...scored.values(), ...accepted.values())).toBe(1);
  });

  it('does not score a pair whose ceiling is below the threshold', () => {
    const space = vectorize(
      [['border', 'talks', 'resum'], ['sanction', 'lift'], ['weather']],
      [
        ['border', 'talks', 'resum', 'sanction'],
        ['sanction', 'lift', 'harvest'],
      ],
    );
    const scored: number[][] = [];
    const scorer = Object.assign((a: number, b: number) => (scored.push([a, b]), 0.9), {
      atMost: (a: number) => (a === 1 ? 0.1 : 1),
    });
    const pairs = align(space, { ...options, scorer: () => scorer });
    expect(pairs.map((p) => [p.a, p.b])).toEqual([[[0], [0]]]);
    expect(scored.length).toBeGreaterThan(0);
    expect(scored.filter(([a]) => a === 1)).toEqual([]);
  });
});
