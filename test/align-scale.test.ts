import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePair } from '../scripts/bench/generate.mjs';
import {
  CandidateColumns,
  findCandidates,
  strongestCandidates,
  type Candidate,
} from '../src/align/candidates.js';
import { maximumWeightMatching } from '../src/align/matching.js';
import { cosine, vectorize } from '../src/vectorize/tfidf.js';
import { tokenize } from '../src/vectorize/tokenize.js';
import { compare } from '../src/index.js';
import { ROOT } from './helpers/cli.js';

const total = (pairs: readonly Candidate[]) => pairs.reduce((sum, c) => sum + c.similarity, 0);
/** What the matching maximises: the sum of squared similarities. */
const weight = (pairs: readonly Candidate[]) =>
  pairs.reduce((sum, c) => sum + c.similarity ** 2, 0);

function expectOneToOne(pairs: readonly Candidate[]) {
  expect(new Set(pairs.map((c) => c.a)).size).toBe(pairs.length);
  expect(new Set(pairs.map((c) => c.b)).size).toBe(pairs.length);
}

/** The best weight over every one-to-one subset of the pairs, by exhaustive search. */
function bestTotal(
  pairs: readonly Candidate[],
  from = 0,
  usedA = new Set<number>(),
  usedB = new Set<number>(),
): number {
  if (from === pairs.length) return 0;
  const c = pairs[from]!;
  const without = bestTotal(pairs, from + 1, usedA, usedB);
  if (usedA.has(c.a) || usedB.has(c.b)) return without;
  const withIt =
    c.similarity ** 2 +
    bestTotal(pairs, from + 1, new Set(usedA).add(c.a), new Set(usedB).add(c.b));
  return Math.max(without, withIt);
}

describe('maximumWeightMatching at scale', () => {
  it('is exact on components of readout size', () => {
    const pair = fc.record({
      a: fc.integer({ min: 0, max: 4 }),
      b: fc.integer({ min: 0, max: 4 }),
      similarity: fc.double({ min: 0.1, max: 1, noNaN: true }),
    });
    const graph = fc.uniqueArray(pair, { maxLength: 10, selector: (c) => `${c.a}:${c.b}` });
    fc.assert(
      fc.property(graph, (pairs) => {
        const matched = maximumWeightMatching(pairs);
        expectOneToOne(matched);
        expect(weight(matched)).toBeCloseTo(bestTotal(pairs), 9);
      }),
    );
  });

  it('still finds the better pairs in a component too large to solve exactly', () => {
    // Gadgets where the single strongest pair is a trap: (2k, 2k) at 0.9 blocks (2k, 2k+1) and
    // (2k+1, 2k) at 0.8 each. Weak pairs chain 300 gadgets into one component of 600 × 600 sentences.
    const gadgets = 300;
    const pairs: Candidate[] = [];
    for (let k = 0; k < gadgets; k++) {
      const [x, y] = [2 * k, 2 * k + 1];
      pairs.push(
        { a: x, b: x, similarity: 0.9 },
        { a: x, b: y, similarity: 0.8 },
        { a: y, b: x, similarity: 0.8 },
      );
      if (k + 1 < gadgets) pairs.push({ a: y, b: y + 1, similarity: 0.1 });
    }
    const matched = maximumWeightMatching(pairs);
    expectOneToOne(matched);
    // Taking the strongest pair first would give 0.9 per gadget (0.81 squared); the best is the two
    // pairs of 0.8 (1.28 squared, 1.6 in all).
    expect(total(matched)).toBeCloseTo(1.6 * gadgets, 6);
  });
});

describe('strongestCandidates', () => {
  // Forty sentences a side all within reach of each other, as in a long compilation on one subject.
  const crowded: Candidate[] = [];
  for (let a = 0; a < 40; a++)
    for (let b = 0; b < 40; b++)
      crowded.push({ a, b, similarity: a === b + 1 ? 0.95 : 0.1 + ((a * 7 + b * 13) % 40) / 100 });
  const rank = (c: Candidate, side: 'a' | 'b') =>
    crowded.filter((d) => d[side] === c[side] && d.similarity > c.similarity).length;
  const columns = (candidates: Candidate[]) => {
    const found = new CandidateColumns();
    for (const c of candidates) found.push(c.a, c.b, c.similarity);
    return found;
  };

  it('keeps a pair among the most similar of either of its sentences, and every near copy', () => {
    const kept = strongestCandidates(columns(crowded), 40, 40, 4);
    const isKept = new Set(kept.map((c) => `${c.a}:${c.b}`));
    const wrong = crowded.filter(
      (c) =>
        isKept.has(`${c.a}:${c.b}`) !==
        (c.similarity >= 0.9 || rank(c, 'a') < 4 || rank(c, 'b') < 4),
    );
    expect(wrong).toEqual([]);
    expect(kept.length).toBeLessThan(crowded.length / 2);
    // Linear in the sentences, not in the pairs: at most 4 a side per sentence, and the copies.
    expect(kept.length).toBeLessThanOrEqual(4 * (40 + 40) + 39);
    expect(kept).toEqual([...kept].sort((p, q) => p.a - q.a || p.b - q.b));
  });

  it('keeps everything where no sentence has more candidates than it keeps', () => {
    const few = crowded.filter((c) => c.a < 3);
    expect(strongestCandidates(columns(few), 40, 40, 4)).toEqual(few);
  });
});

describe('findCandidates at scale', () => {
  it('leaves a term in too many sentences out of the index, but not out of the similarity', () => {
    const sentences = Array.from({ length: 100 }, (_, i) => ['summit', `project${i}`]);
    const space = vectorize(sentences, sentences);
    const candidates = findCandidates(space, 0);
    // "summit" is in all 200 sentences: only the pairs sharing a project name are compared.
    expect(candidates.map((c) => [c.a, c.b])).toEqual(sentences.map((_, i) => [i, i]));
    for (const c of candidates) expect(c.similarity).toBe(cosine(space.a[c.a]!, space.b[c.b]!));
  });

  it('compares every pair that shares a word in documents of readout length', () => {
    const a = [['summit', 'energy'], ['border'], ['trade']];
    const b = [['summit'], ['energy', 'border'], ['weather']];
    const candidates = findCandidates(vectorize(a, b), 0);
    expect(candidates.map((c) => [c.a, c.b])).toEqual([
      [0, 0],
      [0, 1],
      [1, 1],
    ]);
  });

  it('grows in proportion to the documents, not to the number of sentence pairs', () => {
    const candidatesFor = (sentences: number) => {
      const pair = generatePair({ sentences, seed: 5 });
      const terms = (texts: string[]) =>
        texts.map((text) => tokenize(text).flatMap((t) => (t.term === null ? [] : [t.term])));
      return findCandidates(vectorize(terms(pair.sentencesA), terms(pair.sentencesB)), 0.15).length;
    };
    const small = candidatesFor(2_000);
    const large = candidatesFor(8_000);
    expect(large).toBeLessThan(small * 4 * 1.5);
  });
});

describe('no copy is lost, however long the documents and however common their words', () => {
  const allShared = (text: string) => {
    const report = compare(text, text, { lang: 'en' });
    expect(report.summary.sentencesA).toBeGreaterThan(400);
    return report.summary;
  };

  it('pairs every sentence of one readout repeated 40 times with its copy', () => {
    const readout = readFileSync(join(ROOT, 'fixtures/lavrov-muhriddin/moscow.txt'), 'utf8');
    const summary = allShared(Array.from({ length: 40 }, () => readout).join('\n\n'));
    expect(summary).toMatchObject({ shared: summary.sentencesA, onlyA: 0, onlyB: 0 });
  });

  it('pairs every sentence of all the fixtures’ statements, concatenated, with its copy', () => {
    const fixtures = join(ROOT, 'fixtures');
    const text = readdirSync(fixtures)
      .sort()
      .flatMap((id) =>
        readdirSync(join(fixtures, id))
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((f) => readFileSync(join(fixtures, id, f), 'utf8')),
      )
      .join('\n\n');
    const summary = allShared(text);
    expect(summary).toMatchObject({ shared: summary.sentencesA, onlyA: 0, onlyB: 0 });
  });
});
