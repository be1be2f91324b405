import { mirrorReason } from '../report/build.js';
import type { Highlight, Match } from '../report/types.js';
import type { Claim, ClaimContradiction, ClaimMember } from './types.js';

/** The matches of one pair of documents; the pair's A is `first`, its B `second`. */
export interface PairMatches {
  first: number;
  second: number;
  matches: readonly Match[];
}

/** Sentences of each document in one claim, by document. */
type Parts = Map<number, number[]>;

/**
 * Groups the sentences of all documents into claims, from the matches of every pair.
 *
 * Shared matches join sentences into one claim, strongest first; a join is refused when the claim
 * would then hold two sentences of one document that no single match put together, so that a chain
 * of links (A1–B1, B1–C1, C1–A2) cannot pull unrelated sentences of a document into one claim. A
 * contradiction joins nothing: it is kept, with its reasons, in the claim of the side carried by
 * more documents. `rank` orders the documents independently of the order they were given in (by
 * their text), and every tie is broken by it, so that the claims do not depend on that order.
 */
export function groupClaims(
  sentenceCounts: readonly number[],
  rank: readonly number[],
  pairs: readonly PairMatches[],
): Claim[] {
  const claims = new Components(sentenceCounts);
  const links = pairs.flatMap(({ first, second, matches }) =>
    matches.map((match) => ({
      match,
      first,
      ends: [
        { document: first, sentences: match.a },
        { document: second, sentences: match.b },
      ].sort((p, q) => rank[p.document]! - rank[q.document]!),
    })),
  );
  const keyOf = (member: ClaimMember) => [rank[member.document]!, ...member.sentences];
  const shared = links
    .filter(({ match }) => match.kind === 'shared')
    .sort(
      (p, q) =>
        q.match.similarity - p.match.similarity ||
        compareKeys(keyOf(p.ends[0]!), keyOf(q.ends[0]!)) ||
        compareKeys(keyOf(p.ends[1]!), keyOf(q.ends[1]!)),
    );
  for (const { ends } of shared) claims.join(ends);

  // A carrier's evidence: the words of every link that ended up inside its claim.
  const evidence = sentenceCounts.map(() => new Map<string, Highlight>());
  for (const { match, first, ends } of shared) {
    if (!claims.together(ends[0]!, ends[1]!)) continue;
    for (const end of ends)
      for (const h of end.document === first ? match.evidence.a : match.evidence.b)
        evidence[end.document]!.set(`${h.sentence}:${h.start}:${h.end}`, h);
  }
  const evidenceOf = ({ document, sentences }: ClaimMember): Highlight[] =>
    [...evidence[document]!.values()]
      .filter((h) => sentences.includes(h.sentence))
      .sort((p, q) => p.sentence - q.sentence || p.start - q.start || q.end - p.end);

  const hosted = new Map<number, ClaimContradiction[]>();
  for (const { match, first, ends } of links) {
    if (match.kind !== 'contradiction') continue;
    const [lower, higher] = ends as [ClaimMember, ClaimMember];
    const host = claims.strongest([lower, higher], (parts) => claimKey(parts, rank));
    // The side in the host claim carries the claim (the side of the lower rank when both are in it).
    const [a, b] = claims.holds(host, lower) ? [lower, higher] : [higher, lower];
    const contradiction: ClaimContradiction = {
      a,
      b,
      similarity: match.similarity,
      terms: match.terms,
      // A reason quotes the pair's A side first; here `a` may be the pair's B.
      reasons: a.document === first ? match.reasons : match.reasons.map(mirrorReason),
      evidence:
        a.document === first ? match.evidence : { a: match.evidence.b, b: match.evidence.a },
    };
    hosted.set(host, [...(hosted.get(host) ?? []), contradiction]);
  }
  return claims
    .roots()
    .map((root) => ({
      members: [...claims.parts(root)]
        .sort(([p], [q]) => p - q)
        .map(([document, sentences]) => ({
          document,
          sentences,
          evidence: evidenceOf({ document, sentences }),
        })),
      contradictions: (hosted.get(root) ?? []).sort(
        (p, q) =>
          compareKeys(memberKey(p.a), memberKey(q.a)) ||
          compareKeys(memberKey(p.b), memberKey(q.b)),
      ),
    }))
    .sort((p, q) => compareKeys(memberKey(p.members[0]!), memberKey(q.members[0]!)));
}

function memberKey(member: ClaimMember): number[] {
  return [member.document, ...member.sentences];
}

/** The least (rank, first sentence) of a claim's members: a key no other claim has. */
function claimKey(parts: Parts, rank: readonly number[]): number[] {
  let least: number[] | undefined;
  for (const [document, sentences] of parts) {
    const key = [rank[document]!, sentences[0]!];
    if (least === undefined || compareKeys(key, least) < 0) least = key;
  }
  return least!;
}

function compareKeys(p: readonly number[], q: readonly number[]): number {
  for (let k = 0; k < Math.min(p.length, q.length); k++) if (p[k] !== q[k]) return p[k]! - q[k]!;
  return p.length - q.length;
}

/** Union-find over every sentence of every document; each set remembers its sentences by document. */
class Components {
  private readonly offsets: number[] = [];
  private readonly parent: Int32Array;
  private readonly byRoot = new Map<number, Parts>();

  constructor(sentenceCounts: readonly number[]) {
    let total = 0;
    for (const [document, count] of sentenceCounts.entries()) {
      this.offsets.push(total);
      for (let i = 0; i < count; i++) this.byRoot.set(total + i, new Map([[document, [i]]]));
      total += count;
    }
    this.parent = Int32Array.from({ length: total }, (_, k) => k);
  }

  /**
   * Joins the claims of all the members' sentences into one, unless a document would then have in
   * it two sentences that no single link joins (a link joins one sentence, or two adjacent ones).
   */
  join(members: readonly ClaimMember[]): void {
    const roots = [...new Set(members.flatMap((m) => this.rootsOf(m)))].sort((p, q) => p - q);
    if (roots.length < 2) return;
    const joined: Parts = new Map();
    for (const root of roots) {
      for (const [document, sentences] of this.byRoot.get(root)!)
        joined.set(document, [...(joined.get(document) ?? []), ...sentences]);
    }
    for (const [document, sentences] of joined) {
      sentences.sort((p, q) => p - q);
      // Two sentences of one document belong together only where one link says so.
      const saidTogether = (list: readonly number[]) => list.length === sentences.length;
      if (
        sentences.length > 1 &&
        !members.some((m) => m.document === document && saidTogether(m.sentences)) &&
        !roots.some((root) => saidTogether(this.byRoot.get(root)!.get(document) ?? []))
      )
        return;
    }
    const [kept, ...others] = roots as [number, ...number[]];
    for (const root of others) {
      this.parent[root] = kept;
      this.byRoot.delete(root);
    }
    this.byRoot.set(kept, joined);
  }

  /** Of the claims holding these members' sentences, the one the most documents carry; ties by `key`. */
  strongest(members: readonly ClaimMember[], key: (parts: Parts) => number[]): number {
    const candidates = [...new Set(members.flatMap((m) => this.rootsOf(m)))];
    return candidates.reduce((best, root) => {
      const [p, q] = [this.byRoot.get(root)!, this.byRoot.get(best)!];
      return p.size > q.size || (p.size === q.size && compareKeys(key(p), key(q)) < 0)
        ? root
        : best;
    });
  }

  /** Whether the sentences of both members are in one claim. */
  together(p: ClaimMember, q: ClaimMember): boolean {
    return new Set([...this.rootsOf(p), ...this.rootsOf(q)]).size === 1;
  }

  holds(root: number, member: ClaimMember): boolean {
    return this.rootsOf(member).includes(root);
  }

  roots(): number[] {
    return [...this.byRoot.keys()];
  }

  parts(root: number): Parts {
    return this.byRoot.get(root)!;
  }

  private rootsOf(member: ClaimMember): number[] {
    return member.sentences.map((i) => this.find(this.offsets[member.document]! + i));
  }

  private find(node: number): number {
    let root = node;
    while (this.parent[root] !== root) root = this.parent[root]!;
    // Path halving keeps later finds short.
    for (let k = node; this.parent[k] !== root;) {
      const next = this.parent[k]!;
      this.parent[k] = root;
      k = next;
    }
    return root;
  }
}
