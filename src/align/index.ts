import { combine, cosine, type SparseVector, type VectorSpace } from '../vectorize/tfidf.js';
import {
  candidateColumns,
  mergedPairs,
  strongestCandidates,
  unpairedSentences,
  withPairs,
  type Candidate,
} from './candidates.js';
import { maximumWeightMatching } from './matching.js';

/** Sentences of A aligned with sentences of B: one-to-one, or one covering two adjacent ones. */
export interface AlignedPair {
  a: number[];
  b: number[];
  similarity: number;
  /** How sure the pair score is that the two make one claim (0 to 1). */
  confidence: number;
}

/** How much a pair's place in the two documents may move its weight: enough to break near ties only. */
const TIE_BREAK = 1e-3;

/** Scores a pair of sentences (0 to 1); made once per comparison from all the candidate pairs. */
export interface PairScorer {
  (a: number, b: number): number;
  /**
   * The highest score a candidate pair of this similarity could have, found with less work than the
   * score: a pair whose ceiling is below the threshold is not scored at all.
   */
  atMost?: (a: number, b: number, similarity: number) => number;
}

export interface AlignOptions {
  /** Minimum score of an ordinary pair. */
  threshold: number;
  /**
   * The pair score, given every candidate pair (similarity from the lowest bar in use); the cosine
   * itself when not given. Ordinary pairs are chosen and weighed by it.
   */
  scorer?: (candidates: readonly Candidate[]) => PairScorer;
  /** Similarity from which a pair is a candidate for the score at all. */
  candidateMin?: number;
  /** Pairs that are candidates whatever their similarity (two accounts of one slot of the event). */
  slotPairs?: readonly { a: number; b: number }[];
  /**
   * Score from which an unmatched sentence joins a matched one as a further claim of it, and which
   * such pairs may (a claim the other side restates; not one it conflicts with, which is another
   * event told in the same frame).
   */
  furtherClaim?: {
    confidence: number;
    accept: (a: number, b: number, confidence: number) => boolean;
  };
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
  /**
   * Further pairs to score whatever their similarity, given the sentences of each side that no
   * candidate takes in (paraphrases of a sentence otherwise left alone).
   */
  unpairedPairs?: (unpaired: {
    a: Uint8Array;
    b: Uint8Array;
  }) => readonly { a: number; b: number }[];
  /**
   * Pairs matched before any other, whatever their similarity, when their sentences are still free
   * (most similar first, greedily): two sentences that give conflicting answers to one question,
   * such as who asked for the call, belong together even when a third sentence shares more words
   * with one; so do two headlines of one event.
   */
  pinned?: readonly { a: number; b: number }[];
  /**
   * Pairs that `accept` turns down but this one takes, given their score (the closing formulas of
   * the register, which share framing words only: "agreed to remain in contact" / "agreed to stay
   * in touch"), matched among the sentences still free once the ordinary matching has shown, by
   * `sameEvent` of how many pairs it made, that the two documents report one event: two unrelated
   * readouts close alike too.
   */
  framing?: {
    accept: (a: number, b: number, confidence: number) => boolean;
    sameEvent: (matched: number) => boolean;
  };
  /**
   * Pairs linked whatever their similarity once `framing.sameEvent` has shown that the two
   * documents report one event, when both sentences are still free: the two titles of one event
   * ("PM speaks with President of Iran" / "President Pezeshkian in telephone conversation with
   * Indian Prime Minister") share few words or none, and are no candidates at all.
   */
  titles?: readonly { a: number; b: number }[];
  /**
   * Pairs that make a claim of their own (one side says a topic was not discussed, the other that
   * it was): linked, one per sentence still unlinked, although the other sentence has a link of
   * its own already. A sentence may contradict one sentence while it shares a claim with another.
   */
  ownClaims?: readonly { a: number; b: number }[];
  /**
   * Pairs linked as `ownClaims` are, once `framing.sameEvent` has shown that the two documents
   * report one event: two accounts of one slot of it (how long the call lasted), which two
   * unrelated readouts have too.
   */
  eventClaims?: readonly { a: number; b: number }[];
  /**
   * Pairs linked once `framing.sameEvent` has shown that the two documents report one event, whether
   * or not their sentences are linked already: two accounts of one slot of it whose values conflict
   * ("met for approximately 90 minutes" / "met for more than two hours") are a claim of both
   * sentences, whatever else each shares with a third.
   */
  eventConflicts?: readonly { a: number; b: number }[];
  /** How much a second adjacent sentence must raise the similarity to be joined in. */
  mergeGain: number;
  /** How similar that second sentence must be on its own, so it adds content rather than dilutes. */
  mergePartMin: number;
}

export function align(space: VectorSpace, options: AlignOptions): AlignedPair[] {
  const floor = Math.min(
    options.candidateMin ?? options.threshold,
    options.secondary?.threshold ?? 1,
    options.mergePartMin,
  );
  const strongest = strongestCandidates(
    candidateColumns(space, floor),
    space.a.length,
    space.b.length,
  );
  const unpairedPairs =
    options.unpairedPairs?.(unpairedSentences(strongest, space.a.length, space.b.length)) ?? [];
  const candidates = withPairs(
    space,
    strongest,
    mergedPairs(options.slotPairs ?? [], unpairedPairs),
  );
  const lookup = candidateLookup(candidates, space.a.length);
  const scorer: PairScorer = options.scorer
    ? options.scorer(candidates)
    : (a, b) => lookup(a, b) ?? cosine(space.a[a]!, space.b[b]!);
  // The matching, the framing formulas and the confidence of each link read the same pairs' scores
  // and acceptance: each is computed once per candidate (NaN and 0 for not yet).
  const scores = new Float64Array(candidates.length).fill(NaN);
  const accepted = new Uint8Array(candidates.length);
  const score: PairScorer = (a, b) => {
    const k = lookup.indexOf(a, b);
    if (k < 0) return scorer(a, b);
    if (Number.isNaN(scores[k])) scores[k] = scorer(a, b);
    return scores[k]!;
  };
  const accept = (k: number): boolean => {
    if (accepted[k] === 0) {
      const c = candidates[k]!;
      accepted[k] = options.accept(c.a, c.b, c.similarity) ? ACCEPTED : REFUSED;
    }
    return accepted[k] === ACCEPTED;
  };
  // Whether each candidate's score could reach the threshold: asked before `accept`, which costs
  // more, by the ordinary matching and the framing formulas alike.
  const reachable = new Uint8Array(candidates.length).fill(1);
  const { atMost } = scorer;
  if (atMost !== undefined)
    candidates.forEach((c, k) => {
      if (atMost(c.a, c.b, c.similarity) < options.threshold) reachable[k] = 0;
    });
  const pinned = pinnedMatches(space, options.pinned ?? []);
  const free = usedSentences(space, pinned);
  // The matching weighs each pair by its score; the pairs keep their cosine for what follows.
  // Pairs with a pinned sentence are not matched, but may be a further claim of a pinned pair.
  const scored: Candidate[] = [];
  const withPinned: Candidate[] = [];
  // The score first: `accept` (is it one topic?) costs several times a score, and most reachable
  // candidates score below the threshold.
  candidates.forEach((c, k) => {
    if (reachable[k] === 0) return;
    const confidence = score(c.a, c.b);
    if (confidence < options.threshold || !accept(k)) return;
    // Equal scores (copies of one sentence) go to the pair that keeps the documents' order.
    const shift = Math.abs(c.a / space.a.length - c.b / space.b.length);
    const weighed = { a: c.a, b: c.b, similarity: confidence - TIE_BREAK * shift };
    (free.a[c.a] === 1 || free.b[c.b] === 1 ? withPinned : scored).push(weighed);
  });
  const primary = pinned.concat(
    maximumWeightMatching(scored).map((c) => ({ ...c, similarity: lookup(c.a, c.b)! })),
  );
  const framed = framingMatches(
    space,
    candidates,
    accept,
    reachable,
    lookup,
    score,
    primary,
    options,
  );
  const framedOrPrimary = primary.concat(framed);
  const ordinary = framedOrPrimary.concat(
    titleMatches(space, framedOrPrimary, primary.length, options),
  );
  const matched = ordinary.concat(secondaryMatches(space, candidates, lookup, ordinary, options));
  const joined = joinAdjacent(
    space,
    candidates,
    matched,
    lookup,
    accept,
    options,
    new Set(pinned),
  ).map((pair, k) => ({
    ...pair,
    confidence: score(matched[k]!.a, matched[k]!.b),
  }));
  const linked = joined.concat(
    furtherClaims(space, scored.concat(withPinned), joined, lookup, options),
  );
  const sameEvent = options.framing?.sameEvent(primary.length) === true;
  const claims = (options.ownClaims ?? []).concat(sameEvent ? (options.eventClaims ?? []) : []);
  const claimed = linked.concat(ownClaimLinks(space, linked, claims, score));
  return claimed
    .concat(sameEvent ? conflictLinks(space, claimed, options.eventConflicts ?? [], score) : [])
    .sort((p, q) => p.a[0]! - q.a[0]! || p.b[0]! - q.b[0]!);
}

/** What `accepted` holds for a candidate once `accept` has been asked about it. */
const ACCEPTED = 1;
const REFUSED = 2;

/**
 * The own-claim pairs whose sentences are not both linked already, most similar first, each
 * sentence that was unlinked taking one.
 */
function ownClaimLinks(
  space: VectorSpace,
  pairs: readonly AlignedPair[],
  claims: readonly { a: number; b: number }[],
  score: PairScorer,
): AlignedPair[] {
  if (claims.length === 0) return [];
  const used = usedSentences(space, pairs);
  const weighed = claims
    .map((p) => ({ ...p, similarity: cosine(space.a[p.a]!, space.b[p.b]!) }))
    .sort((p, q) => q.similarity - p.similarity || p.a - q.a || p.b - q.b);
  const links: AlignedPair[] = [];
  for (const p of weighed) {
    if (used.a[p.a] === 1 && used.b[p.b] === 1) continue;
    used.a[p.a] = 1;
    used.b[p.b] = 1;
    links.push({ a: [p.a], b: [p.b], similarity: p.similarity, confidence: score(p.a, p.b) });
  }
  return links;
}

/** The conflict pairs not linked already, each as a link of its own. */
function conflictLinks(
  space: VectorSpace,
  pairs: readonly AlignedPair[],
  conflicts: readonly { a: number; b: number }[],
  score: PairScorer,
): AlignedPair[] {
  if (conflicts.length === 0) return [];
  const linked = new Set<number>();
  for (const pair of pairs)
    for (const a of pair.a) for (const b of pair.b) linked.add(a * space.b.length + b);
  return conflicts
    .filter((p) => !linked.has(p.a * space.b.length + p.b))
    .map((p) => ({
      a: [p.a],
      b: [p.b],
      similarity: cosine(space.a[p.a]!, space.b[p.b]!),
      confidence: score(p.a, p.b),
    }));
}

function framingMatches(
  space: VectorSpace,
  candidates: readonly Candidate[],
  accept: (candidate: number) => boolean,
  reachable: Uint8Array,
  lookup: CandidateLookup,
  score: PairScorer,
  taken: readonly Candidate[],
  options: AlignOptions,
): Candidate[] {
  const { framing } = options;
  if (!framing?.sameEvent(taken.length)) return [];
  const used = usedSentences(space, taken);
  const eligible: Candidate[] = [];
  candidates.forEach((c, k) => {
    if (used.a[c.a] === 1 || used.b[c.b] === 1 || reachable[k] === 0) return;
    const confidence = score(c.a, c.b);
    if (confidence >= options.threshold && !accept(k) && framing.accept(c.a, c.b, confidence))
      eligible.push({ a: c.a, b: c.b, similarity: confidence });
  });
  return maximumWeightMatching(eligible).map((c) => ({ ...c, similarity: lookup(c.a, c.b)! }));
}

/**
 * The title pairs whose sentences are both still free, once the ordinary matching (`matched` pairs
 * of it) has shown that the two documents report one event: two unrelated readouts have titles too.
 */
function titleMatches(
  space: VectorSpace,
  taken: readonly Candidate[],
  matched: number,
  options: AlignOptions,
): Candidate[] {
  const { titles, framing } = options;
  if (!titles?.length || !framing?.sameEvent(matched)) return [];
  const used = usedSentences(space, taken);
  const linked: Candidate[] = [];
  for (const { a, b } of titles) {
    if (used.a[a] === 1 || used.b[b] === 1) continue;
    used.a[a] = 1;
    used.b[b] = 1;
    linked.push({ a, b, similarity: cosine(space.a[a]!, space.b[b]!) });
  }
  return linked;
}

/**
 * One sentence may state two claims that the other document states in two sentences anywhere
 * ("The call took place at the request of the Finnish side and lasted about 45 minutes."): a
 * sentence left unmatched joins, as a link of its own, the sentence it scores best with when that
 * score reaches the bar for a further claim, although that sentence is matched already.
 */
function furtherClaims(
  space: VectorSpace,
  scored: readonly Candidate[],
  pairs: readonly AlignedPair[],
  lookup: CandidateLookup,
  options: AlignOptions,
): AlignedPair[] {
  const { furtherClaim } = options;
  if (furtherClaim === undefined) return [];
  const used = usedSentences(space, pairs);
  const best = { a: new Map<number, Candidate>(), b: new Map<number, Candidate>() };
  for (const c of scored) {
    if (c.similarity < furtherClaim.confidence) continue;
    for (const [side, own, other] of [
      ['a', c.a, c.b],
      ['b', c.b, c.a],
    ] as const) {
      // An unmatched sentence with a matched partner: a matched one is not taken twice.
      if (used[side][own] === 1 || used[side === 'a' ? 'b' : 'a'][other] === 0) continue;
      const current = best[side].get(own);
      if (
        (!current || c.similarity > current.similarity) &&
        furtherClaim.accept(c.a, c.b, c.similarity)
      )
        best[side].set(own, c);
    }
  }
  return [...best.a.values(), ...best.b.values()].map((c) => ({
    a: [c.a],
    b: [c.b],
    similarity: lookup(c.a, c.b)!,
    confidence: c.similarity,
  }));
}

/** The similarity of a pair if it is a candidate, else undefined; `indexOf` its place among the candidates, else -1. */
interface CandidateLookup {
  (a: number, b: number): number | undefined;
  indexOf: (a: number, b: number) => number;
}

/** Binary search within each sentence of A's run of candidates, which come ordered by A, then B. */
function candidateLookup(candidates: readonly Candidate[], sentencesA: number): CandidateLookup {
  const start = new Int32Array(sentencesA + 1);
  for (const c of candidates) start[c.a + 1]!++;
  for (let i = 0; i < sentencesA; i++) start[i + 1]! += start[i]!;
  const indexOf = (a: number, b: number): number => {
    let low = start[a]!;
    let high = start[a + 1]!;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const c = candidates[mid]!;
      if (c.b === b) return mid;
      if (c.b < b) low = mid + 1;
      else high = mid;
    }
    return -1;
  };
  return Object.assign(
    (a: number, b: number) => {
      const k = indexOf(a, b);
      return k < 0 ? undefined : candidates[k]!.similarity;
    },
    { indexOf },
  );
}

/** Marks the sentences of each side that a set of pairs or links takes in. */
function usedSentences(
  space: VectorSpace,
  pairs: readonly { a: number | readonly number[]; b: number | readonly number[] }[],
): { a: Uint8Array; b: Uint8Array } {
  const used = { a: new Uint8Array(space.a.length), b: new Uint8Array(space.b.length) };
  const mark = (marks: Uint8Array, at: number | readonly number[]) => {
    if (typeof at === 'number') marks[at] = 1;
    else for (const i of at) marks[i] = 1;
  };
  for (const pair of pairs) {
    mark(used.a, pair.a);
    mark(used.b, pair.b);
  }
  return used;
}

function pinnedMatches(
  space: VectorSpace,
  pairs: readonly { a: number; b: number }[],
): Candidate[] {
  const weighed = pairs
    .map((p) => ({ a: p.a, b: p.b, similarity: cosine(space.a[p.a]!, space.b[p.b]!) }))
    .sort((p, q) => q.similarity - p.similarity || p.a - q.a || p.b - q.b);
  const used = { a: new Set<number>(), b: new Set<number>() };
  return weighed.filter((p) => {
    if (used.a.has(p.a) || used.b.has(p.b)) return false;
    used.a.add(p.a);
    used.b.add(p.b);
    return true;
  });
}

function secondaryMatches(
  space: VectorSpace,
  candidates: readonly Candidate[],
  lookup: CandidateLookup,
  primary: readonly Candidate[],
  options: AlignOptions,
): Candidate[] {
  const { secondary } = options;
  if (!secondary) return [];
  const used = usedSentences(space, primary);
  // An anchored pair counts whatever its similarity, also when it is a candidate below the bar.
  const anchored = (secondary.anchored ?? [])
    .filter((p) => (lookup(p.a, p.b) ?? 0) < secondary.threshold)
    .map((p) => ({ ...p, similarity: cosine(space.a[p.a]!, space.b[p.b]!) }));
  const eligible = [
    ...candidates.filter((c) => c.similarity >= secondary.threshold),
    ...anchored,
  ].filter((c) => used.a[c.a] === 0 && used.b[c.b] === 0 && secondary.accept(c.a, c.b));
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
 * share content of its own with the sentence (and be a pair `accept` would take on its own).
 */
function joinAdjacent(
  space: VectorSpace,
  candidates: readonly Candidate[],
  matched: readonly Candidate[],
  lookup: CandidateLookup,
  accept: (candidate: number) => boolean,
  options: AlignOptions,
  pinned: ReadonlySet<Candidate>,
): Omit<AlignedPair, 'confidence'>[] {
  const used = usedSentences(space, matched);
  const extensions: Extension[] = [];
  matched.forEach((pair, index) => {
    // A pinned pair is matched for one reason (who asked for the call, two headlines); a neighbour
    // sharing other words would blur it.
    if (pinned.has(pair)) return;
    const consider = (side: 'a' | 'b', neighbour: number, vectors: SparseVector[]) => {
      if (neighbour < 0 || neighbour >= vectors.length || used[side][neighbour] === 1) return;
      const k =
        side === 'a' ? lookup.indexOf(neighbour, pair.b) : lookup.indexOf(pair.a, neighbour);
      // A pair that is no candidate shares too little to count as a part.
      if (k < 0 || candidates[k]!.similarity < options.mergePartMin || !accept(k)) return;
      const own = side === 'a' ? pair.a : pair.b;
      const [first, second] = neighbour < own ? [neighbour, own] : [own, neighbour];
      const joined = combine([vectors[first]!, vectors[second]!]);
      const similarity = cosine(joined, side === 'a' ? space.b[pair.b]! : space.a[pair.a]!);
      if (similarity >= pair.similarity + options.mergeGain)
        extensions.push({ pair: index, side, neighbour, similarity });
    };
    for (const step of [-1, 1]) {
      consider('a', pair.a + step, space.a);
      consider('b', pair.b + step, space.b);
    }
  });

  const result = matched.map((c) => ({ a: [c.a], b: [c.b], similarity: c.similarity }));
  const extended = new Set<number>();
  const gain = (e: Extension) => e.similarity - matched[e.pair]!.similarity;
  extensions.sort(
    (p, q) =>
      gain(q) - gain(p) ||
      p.pair - q.pair ||
      (p.side < q.side ? -1 : p.side > q.side ? 1 : 0) ||
      p.neighbour - q.neighbour,
  );
  for (const e of extensions) {
    if (extended.has(e.pair) || used[e.side][e.neighbour] === 1) continue;
    used[e.side][e.neighbour] = 1;
    extended.add(e.pair);
    const pair = result[e.pair]!;
    pair[e.side] = [...pair[e.side], e.neighbour].sort((p, q) => p - q);
    pair.similarity = e.similarity;
  }
  return result;
}
