import { combine, cosine, type SparseVector, type VectorSpace } from '../vectorize/tfidf.js';
import { findCandidates, type Candidate } from './candidates.js';
import { maximumWeightMatching } from './matching.js';

/** Sentences of A aligned with sentences of B: one-to-one, or one covering two adjacent ones. */
export interface AlignedPair {
  a: number[];
  b: number[];
  similarity: number;
}

export interface AlignOptions {
  /** Minimum similarity of an ordinary pair. */
  threshold: number;
  /** Whether two sentences may be aligned at all (they must be about the same thing). */
  accept: (a: number, b: number, similarity: number) => boolean;
  /**
   * A second, lower bar for pairs that `accept` vouches for (the classifier: a contradiction cue fired
   * on two sentences about the same thing). Considered only between sentences still unmatched.
   */
  secondary?: {
    threshold: number;
    accept: (a: number, b: number) => boolean;
    /** Pairs to consider whatever their similarity, e.g. two sentences that each say who asked for the call. */
    anchored?: readonly { a: number; b: number }[];
  };
  /** How much a second adjacent sentence must raise the similarity to be joined in. */
  mergeGain: number;
  /** How similar that second sentence must be on its own, so it adds content rather than dilutes. */
  mergePartMin: number;
}

export function align(space: VectorSpace, options: AlignOptions): AlignedPair[] {
  const floor = Math.min(options.threshold, options.secondary?.threshold ?? 1, options.mergePartMin);
  const candidates = findCandidates(space, floor);
  const primary = maximumWeightMatching(candidates.filter((c) => c.similarity >= options.threshold && options.accept(c.a, c.b, c.similarity)));
  const matched = primary.concat(secondaryMatches(space, candidates, primary, options));
  return joinAdjacent(space, matched, candidates, options).sort((p, q) => p.a[0]! - q.a[0]! || p.b[0]! - q.b[0]!);
}

function secondaryMatches(space: VectorSpace, candidates: readonly Candidate[], primary: readonly Candidate[], options: AlignOptions): Candidate[] {
  const { secondary } = options;
  if (!secondary) return [];
  const usedA = new Set(primary.map((c) => c.a));
  const usedB = new Set(primary.map((c) => c.b));
  const known = new Set(candidates.map((c) => `${c.a}:${c.b}`));
  const anchored = (secondary.anchored ?? [])
    .filter((p) => !known.has(`${p.a}:${p.b}`))
    .map((p) => ({ ...p, similarity: cosine(space.a[p.a]!, space.b[p.b]!) }));
  const eligible = [...candidates.filter((c) => c.similarity >= secondary.threshold), ...anchored].filter(
    (c) => !usedA.has(c.a) && !usedB.has(c.b) && secondary.accept(c.a, c.b),
  );
  return maximumWeightMatching(eligible);
}

interface Extension {
  pair: number;
  side: 'a' | 'b';
  neighbour: number;
  similarity: number;
}

/**
 * Lets a matched sentence take in an unmatched neighbour of its partner when the partner reads as
 * the two of them together: the joined pair must be clearly more similar, and the neighbour must
 * share content of its own with the sentence.
 */
function joinAdjacent(space: VectorSpace, matched: readonly Candidate[], candidates: readonly Candidate[], options: AlignOptions): AlignedPair[] {
  const usedA = new Set(matched.map((c) => c.a));
  const usedB = new Set(matched.map((c) => c.b));
  const partSimilarity = new Map(candidates.map((c) => [`${c.a}:${c.b}`, c.similarity]));
  const extensions: Extension[] = [];
  matched.forEach((pair, index) => {
    const consider = (side: 'a' | 'b', neighbour: number, vectors: SparseVector[], used: Set<number>) => {
      if (neighbour < 0 || neighbour >= vectors.length || used.has(neighbour)) return;
      const part = partSimilarity.get(side === 'a' ? `${neighbour}:${pair.b}` : `${pair.a}:${neighbour}`) ?? 0;
      if (part < options.mergePartMin) return;
      const own = side === 'a' ? pair.a : pair.b;
      const [first, second] = neighbour < own ? [neighbour, own] : [own, neighbour];
      const joined = combine([vectors[first]!, vectors[second]!]);
      const similarity = cosine(joined, side === 'a' ? space.b[pair.b]! : space.a[pair.a]!);
      if (similarity >= pair.similarity + options.mergeGain) extensions.push({ pair: index, side, neighbour, similarity });
    };
    for (const step of [-1, 1]) {
      consider('a', pair.a + step, space.a, usedA);
      consider('b', pair.b + step, space.b, usedB);
    }
  });

  const result: AlignedPair[] = matched.map((c) => ({ a: [c.a], b: [c.b], similarity: c.similarity }));
  const extended = new Set<number>();
  const gain = (e: Extension) => e.similarity - matched[e.pair]!.similarity;
  extensions.sort((p, q) => gain(q) - gain(p) || p.pair - q.pair || (p.side < q.side ? -1 : p.side > q.side ? 1 : 0) || p.neighbour - q.neighbour);
  for (const e of extensions) {
    const used = e.side === 'a' ? usedA : usedB;
    if (extended.has(e.pair) || used.has(e.neighbour)) continue;
    used.add(e.neighbour);
    extended.add(e.pair);
    const pair = result[e.pair]!;
    pair[e.side] = [...pair[e.side], e.neighbour].sort((p, q) => p - q);
    pair.similarity = e.similarity;
  }
  return result;
}
