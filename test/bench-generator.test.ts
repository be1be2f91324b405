import { describe, expect, it } from 'vitest';
import { generatePair } from '../scripts/bench/generate.mjs';
import { linkScores, segmentationMismatch } from '../scripts/bench/score.mjs';
import { compare } from '../src/index.js';

describe('benchmark generator', () => {
  it('gives the same pair for the same seed, and another for another seed', () => {
    const first = generatePair({ sentences: 200, seed: 7 });
    expect(generatePair({ sentences: 200, seed: 7 })).toEqual(first);
    expect(generatePair({ sentences: 200, seed: 8 }).a).not.toBe(first.a);
  });

  it('makes B from A with changes, and a truth that pairs sentence indices one to one', () => {
    const { sentencesA, sentencesB, truth } = generatePair({ sentences: 200, seed: 7 });
    expect(sentencesA).toHaveLength(200);
    expect(sentencesB).toHaveLength(200);
    expect(new Set(truth.map(([i]) => i)).size).toBe(truth.length);
    expect(new Set(truth.map(([, j]) => j)).size).toBe(truth.length);
    expect(truth.length).toBeGreaterThan(160);
    expect(truth.length).toBeLessThan(200); // some sentences of each side are its own
    const reworded = truth.filter(([i, j]) => sentencesA[i] !== sentencesB[j]).length;
    expect(reworded).toBeGreaterThan(truth.length / 4);
    expect(truth.some(([i, j]) => i !== j)).toBe(true); // B's order differs locally
  });

  it('is aligned by compare with link F1 of at least 0.95 at 200 sentences a side', () => {
    const pair = generatePair({ sentences: 200, seed: 3 });
    const report = compare({ text: pair.a, label: 'A' }, { text: pair.b, label: 'B' });
    expect(segmentationMismatch(report, pair)).toBeNull();
    expect(linkScores(report, pair.truth).f1).toBeGreaterThanOrEqual(0.95);
  });
});
