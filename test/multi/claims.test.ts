import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupClaims, type PairMatches } from '../../src/multi/claims.js';
import type { Claim, ClaimMember } from '../../src/multi/types.js';
import type { Match, Reason } from '../../src/report/types.js';

const shared = (a: number[], b: number[], similarity = 0.5): Match => ({
  kind: 'shared',
  a,
  b,
  similarity,
  confidence: similarity,
  terms: [],
  reasons: [],
  evidence: { a: [], b: [] },
});
const reason: Reason = { cue: 'negation', a: 'agreed', b: 'did not agree', explanation: 'x' };
const contradiction = (a: number[], b: number[]): Match => ({
  kind: 'contradiction',
  a,
  b,
  similarity: 0.3,
  confidence: 0.3,
  terms: ['trade'],
  reasons: [reason],
  evidence: { a: [], b: [] },
});

/** Claims written compactly: "0:1 1:0" is a claim of sentence 1 of document 0 and sentence 0 of document 1. */
const compact = (claims: Claim[]) =>
  claims.map((c) => c.members.map((m) => `${m.document}:${m.sentences.join('+')}`).join(' '));

describe('groupClaims', () => {
  it('joins what every pair shares into one claim, and leaves the rest to each document', () => {
    const pairs: PairMatches[] = [
      { first: 0, second: 1, matches: [shared([0], [0])] },
      { first: 0, second: 2, matches: [shared([0], [1])] },
      { first: 1, second: 2, matches: [shared([0], [1]), shared([1], [0])] },
    ];
    expect(compact(groupClaims([2, 2, 2], [0, 1, 2], pairs))).toEqual([
      '0:0 1:0 2:1',
      '0:1',
      '1:1 2:0',
    ]);
  });

  it('puts every sentence of every document in exactly one claim', () => {
    const claims = groupClaims(
      [3, 1, 4],
      [2, 0, 1],
      [{ first: 0, second: 2, matches: [shared([1, 2], [3])] }],
    );
    const seen = claims.flatMap((c) =>
      c.members.flatMap((m) => m.sentences.map((i) => `${m.document}:${i}`)),
    );
    expect(seen.sort()).toEqual(['0:0', '0:1', '0:2', '1:0', '2:0', '2:1', '2:2', '2:3']);
    expect(compact(claims)).toContain('0:1+2 2:3');
  });

  it('does not let a chain of links pull two unrelated sentences of one document into a claim', () => {
    // A0–B0 and B0–C0 are strong; C0–A2 would make A0 and A2 one claim through the chain.
    const pairs: PairMatches[] = [
      { first: 0, second: 1, matches: [shared([0], [0], 0.9)] },
      { first: 1, second: 2, matches: [shared([0], [0], 0.8)] },
      { first: 0, second: 2, matches: [shared([2], [0], 0.4)] },
    ];
    expect(compact(groupClaims([3, 1, 1], [0, 1, 2], pairs))).toEqual([
      '0:0 1:0 2:0',
      '0:1',
      '0:2',
    ]);
  });

  it('keeps the stronger link when two would put different sentences of a document in one claim, adjacent or not', () => {
    const pairs: PairMatches[] = [
      { first: 0, second: 1, matches: [shared([0], [0], 0.3)] },
      { first: 1, second: 2, matches: [shared([0], [0], 0.5)] },
      { first: 0, second: 2, matches: [shared([1], [0], 0.9)] },
    ];
    expect(compact(groupClaims([2, 1, 1], [0, 1, 2], pairs))).toEqual(['0:0', '0:1 1:0 2:0']);
  });

  it('takes two adjacent sentences that another document says in one', () => {
    const pairs: PairMatches[] = [
      { first: 0, second: 1, matches: [shared([0, 1], [0], 0.6)] },
      { first: 0, second: 2, matches: [shared([1], [0], 0.7)] },
    ];
    expect(compact(groupClaims([2, 1, 1], [0, 1, 2], pairs))).toEqual(['0:0+1 1:0 2:0']);
  });

  it('keeps a contradiction, with its reasons, in the claim carried by more documents', () => {
    const pairs: PairMatches[] = [
      { first: 0, second: 1, matches: [contradiction([0], [0])] },
      { first: 0, second: 2, matches: [shared([0], [0])] },
      { first: 1, second: 2, matches: [contradiction([0], [0])] },
    ];
    const claims = groupClaims([1, 1, 1], [0, 1, 2], pairs);
    expect(compact(claims)).toEqual(['0:0 2:0', '1:0']);
    const [carried, own] = claims as [Claim, Claim];
    expect(own.contradictions).toEqual([]);
    expect(carried.contradictions.map((c) => [c.a, c.b])).toEqual([
      [
        { document: 0, sentences: [0] },
        { document: 1, sentences: [0] },
      ],
      [
        { document: 2, sentences: [0] },
        { document: 1, sentences: [0] },
      ],
    ]);
    // Pair (1, 2) quoted document 1 first; in the claim, document 2 is side a, so the words swap.
    expect(carried.contradictions[1]!.reasons).toEqual([{ ...reason, a: reason.b, b: reason.a }]);
    expect(carried.contradictions[0]!.reasons).toEqual([reason]);
  });

  it('gives the same claims whatever order the links come in', () => {
    const pairs: PairMatches[] = [
      { first: 0, second: 1, matches: [shared([0], [0], 0.5), shared([1], [1], 0.5)] },
      { first: 0, second: 2, matches: [shared([0], [1], 0.5), shared([1], [0], 0.5)] },
      { first: 1, second: 2, matches: [shared([0], [0], 0.5), shared([1], [1], 0.5)] },
    ];
    const reversed = [...pairs].reverse().map((p) => ({ ...p, matches: [...p.matches].reverse() }));
    expect(groupClaims([2, 2, 2], [0, 1, 2], reversed)).toEqual(
      groupClaims([2, 2, 2], [0, 1, 2], pairs),
    );
  });
});

describe('groupClaims is independent of the order of the documents', () => {
  // Documents 0..n-1 in a canonical order (their rank); links with many equal similarities, so
  // that only the rank can break the ties.
  const links = fc.integer({ min: 3, max: 4 }).chain((n) =>
    fc.record({
      counts: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: n, maxLength: n }),
      picks: fc.array(
        fc.record({
          i: fc.nat(3),
          j: fc.nat(3),
          similarity: fc.constantFrom(0.3, 0.5),
          contradiction: fc.boolean(),
        }),
        { minLength: (n * (n - 1)) / 2, maxLength: ((n * (n - 1)) / 2) * 4 },
      ),
      order: fc.shuffledSubarray(
        Array.from({ length: n }, (_, k) => k),
        { minLength: n },
      ),
    }),
  );

  /** Each pair's matches; a sentence is in one match of a pair at most, as alignment guarantees. */
  function pairsOf(
    counts: number[],
    picks: { i: number; j: number; similarity: number; contradiction: boolean }[],
  ) {
    const pairs: PairMatches[] = [];
    let k = 0;
    for (let first = 0; first < counts.length; first++)
      for (let second = first + 1; second < counts.length; second++) {
        const used = [new Set<number>(), new Set<number>()];
        const matches: Match[] = [];
        for (let take = 0; take < 4 && k < picks.length; take++, k++) {
          const { i, j, similarity, contradiction: conflicting } = picks[k]!;
          const [a, b] = [i % counts[first]!, j % counts[second]!];
          if (used[0]!.has(a) || used[1]!.has(b)) continue;
          used[0]!.add(a);
          used[1]!.add(b);
          matches.push(conflicting ? contradiction([a], [b]) : shared([a], [b], similarity));
        }
        pairs.push({ first, second, matches });
      }
    return pairs;
  }

  /** The same pairs seen with the documents in `order` (position p holds document order[p]). */
  function reordered(pairs: PairMatches[], order: number[]): PairMatches[] {
    const positionOf = (document: number) => order.indexOf(document);
    return pairs.map(({ first, second, matches }) => {
      const [p, q] = [positionOf(first), positionOf(second)];
      if (p < q) return { first: p, second: q, matches };
      const mirrored = matches.map((m) => ({
        ...m,
        a: m.b,
        b: m.a,
        reasons: m.reasons.map((r) => ({ ...r, a: r.b, b: r.a })),
      }));
      return { first: q, second: p, matches: mirrored };
    });
  }

  /** Claims with each document named by its rank, sorted: what must not depend on the order. */
  function canonical(claims: Claim[], rank: number[]): string[] {
    const at = (m: ClaimMember) => `${rank[m.document]}:${m.sentences.join('+')}`;
    return claims
      .map((c) =>
        [
          c.members.map(at).sort().join(' '),
          ...c.contradictions.map((x) => `${at(x.a)}✗${at(x.b)}:${x.reasons[0]!.a}`).sort(),
        ].join(' / '),
      )
      .sort();
  }

  it('gives the same claims, renumbered, for any order', () => {
    fc.assert(
      fc.property(links, ({ counts, picks, order }) => {
        const pairs = pairsOf(counts, picks);
        const identity = counts.map((_, k) => k);
        const expected = canonical(groupClaims(counts, identity, pairs), identity);
        const rank = order; // position p holds document order[p], whose rank is order[p]
        const actual = groupClaims(
          order.map((d) => counts[d]!),
          rank,
          reordered(pairs, order),
        );
        expect(canonical(actual, rank)).toEqual(expected);
      }),
      { numRuns: 200, seed: 20 },
    );
  });
});
