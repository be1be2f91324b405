import { readFileSync } from 'node:fs';
import { type SparseVector, type VectorSpace } from '../vectorize/tfidf.js';
import type { Candidate } from './candidates.js';
import { wordnetRelated } from '../classify/related.js';
import { once } from '../memo.js';
import { NO_SLOTS, sharedSlots, type SlotMap } from './slots.js';

/**
 * What the pair score looks at, in the order of the weights in data/pair-score.json. Every feature
 * is symmetric in the two documents, so that swapping them cannot change a score.
 */
export const PAIR_FEATURES = [
  /** TF-IDF cosine of the two sentences. */
  'cosine',
  /** Its logarithm: below a point, less overlap says much more against a pair than above it. */
  'logCosine',
  /** The cosine without the terms that name who speaks (in most sentences of both documents, or a principal's name or role). */
  'principalFree',
  /** Shared terms that say what a sentence is about (not framing words, not spread everywhere), up to 4. */
  'topicTerms',
  /** Shared terms found in no other sentence of either document, a principal's name excepted, up to 3. */
  'rareShared',
  /** Terms of one related to a different term of the other by WordNet (swap / exchange), up to 3. */
  'paraphrase',
  /** How far apart the two stand in their documents, 0 (same relative place) to 1, times 1 - cosine. */
  'positionGap',
  /** 1 for each side on which the other sentence is this one's most similar candidate. */
  'mutualBest',
  /** How far the cosine falls short of each sentence's best candidate, summed over the two. */
  'bestGap',
  /** Both have numbers and share one. */
  'numbersShared',
  /** Both have numbers and share none. */
  'numbersDiffer',
  /** The shorter sentence's content terms over the longer one's. */
  'lengthRatio',
  /** 1 when both documents are one sentence long, where place, rank and rivals say nothing. */
  'alone',
  /** Event slots both speak of (who asked for the call, how long it lasted, how it went), up to 2. */
  'sharedSlots',
  /** 1 when they share a slot that no other sentence of either document speaks of. */
  'soleSlot',
] as const;

/** A logistic model over standardised features, as scripts/train-score.mjs writes it. */
export interface PairScoreModel {
  features: readonly string[];
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
  /** The confidence from which a pair is aligned: the cut with the best link F1 on the tuning half. */
  threshold: number;
}

/** Everything about two documents the features need, computed once per comparison. */
export interface ScoringContext {
  space: VectorSpace;
  /** 1 for a term that names who speaks: pervasive in both documents, or a principal's name or role. */
  principal: Uint8Array;
  /** Each vector's length over its terms that do not name who speaks. */
  normA: Float64Array;
  normB: Float64Array;
  /** The most similar candidate of each sentence, -1 for none, and its similarity. */
  bestOfA: Int32Array;
  bestOfB: Int32Array;
  topA: Float64Array;
  topB: Float64Array;
  /** For each term id, the ids of the terms WordNet relates to it. */
  related: (id: number) => readonly number[];
  /** Term ids that are numbers. */
  numeric: Uint8Array;
  /** The event slots each sentence speaks of. */
  slots: SlotMap;
  /** By sentence, how many terms of each kind the counted features could find shared (for the ceiling). */
  termsA: TermCounts;
  termsB: TermCounts;
}

/** By sentence, its terms that could count as a shared topic term, a rare term, a topical term, a number. */
interface TermCounts {
  topics: Uint32Array;
  rare: Uint32Array;
  topical: Uint32Array;
  numbers: Uint32Array;
}

const MAX_TOPIC_TERMS = 4;
const MAX_RARE = 3;
const MAX_PARAPHRASE = 3;
const MAX_SHARED_SLOTS = 2;
/** The smallest cosine whose logarithm is taken (pinned pairs may share nothing). */
const MIN_LOGGED = 0.01;

export function scoringContext(
  space: VectorSpace,
  candidates: readonly Candidate[],
  relatedTerms: (term: string) => readonly string[] | undefined = wordnetRelated,
  slots: SlotMap = NO_SLOTS,
  principals?: Uint8Array,
): ScoringContext {
  const { terms } = space.vocabulary;
  const { pervasive } = space.vocabulary;
  const principal = principals
    ? Uint8Array.from(pervasive, (p, id) => p | principals[id]!)
    : pervasive;
  const idOf = new Map(terms.map((term, id) => [term, id]));
  const relatedIds: (readonly number[] | undefined)[] = new Array<readonly number[] | undefined>(
    terms.length,
  );
  const related = (id: number): readonly number[] =>
    (relatedIds[id] ??= (relatedTerms(terms[id]!) ?? [])
      .map((term) => idOf.get(term))
      .filter((other): other is number => other !== undefined));
  const bestOfA = new Int32Array(space.a.length).fill(-1);
  const bestOfB = new Int32Array(space.b.length).fill(-1);
  const topA = new Float64Array(space.a.length);
  const topB = new Float64Array(space.b.length);
  // Of equally similar candidates (copies of one sentence), the best is the nearest in place.
  const shift = (a: number, b: number) => Math.abs(a / space.a.length - b / space.b.length);
  for (const c of candidates) {
    const [a, b] = [c.a, c.b];
    if (
      c.similarity > topA[a]! ||
      (c.similarity === topA[a] && shift(a, b) < shift(a, bestOfA[a]!))
    )
      [topA[a], bestOfA[a]] = [c.similarity, b];
    if (
      c.similarity > topB[b]! ||
      (c.similarity === topB[b] && shift(a, b) < shift(bestOfB[b]!, b))
    )
      [topB[b], bestOfB[b]] = [c.similarity, a];
  }
  const numeric = Uint8Array.from(terms, (term) => (/^\d/.test(term) ? 1 : 0));
  const total = space.a.length + space.b.length;
  const { topical, documentFrequency } = space.vocabulary;
  const kinds = {
    topics: (id: number) => topicTerm(topical, documentFrequency, total, id),
    rare: (id: number) => !principal[id] && documentFrequency[id]! <= 2,
    topical: (id: number) => topical[id] === 1,
    numbers: (id: number) => numeric[id] === 1,
  };
  return {
    space,
    principal,
    normA: Float64Array.from(space.a, (v) => normWithout(v, principal)),
    normB: Float64Array.from(space.b, (v) => normWithout(v, principal)),
    bestOfA,
    bestOfB,
    topA,
    topB,
    related,
    numeric,
    slots,
    termsA: termCounts(space.a, kinds),
    termsB: termCounts(space.b, kinds),
  };
}

/** A term that says what a sentence is about: not a framing word, not spread over most sentences. */
export function topicTerm(topical: Uint8Array, df: Int32Array, total: number, id: number): boolean {
  // A term in one sentence on each side (df 2) is always specific, however short the documents.
  return topical[id] === 1 && (df[id]! <= 2 || df[id]! * 2 <= total);
}

function termCounts(
  vectors: readonly SparseVector[],
  kinds: Record<keyof TermCounts, (id: number) => boolean>,
): TermCounts {
  const count = (kind: (id: number) => boolean) => {
    const counts = new Uint32Array(vectors.length);
    vectors.forEach((v, i) => {
      for (const id of v.ids) if (kind(id)) counts[i]!++;
    });
    return counts;
  };
  return {
    topics: count(kinds.topics),
    rare: count(kinds.rare),
    topical: count(kinds.topical),
    numbers: count(kinds.numbers),
  };
}

function normWithout(v: SparseVector, left: Uint8Array): number {
  let sum = 0;
  for (let k = 0; k < v.ids.length; k++) if (!left[v.ids[k]!]) sum += v.weights[k]! ** 2;
  return Math.sqrt(sum);
}

/**
 * The features of one sentence pair, in PAIR_FEATURES order, written into `into` when given (the
 * aligner scores every candidate pair of long documents, and one buffer spares the garbage collector).
 */
export function pairFeatures(
  context: ScoringContext,
  a: number,
  b: number,
  into: number[] | Float64Array = new Array<number>(PAIR_FEATURES.length),
): number[] | Float64Array {
  const { space } = context;
  const { principal, numeric } = context;
  const x = space.a[a]!;
  const y = space.b[b]!;
  const { topical, documentFrequency } = space.vocabulary;
  const total = space.a.length + space.b.length;
  // The cosine's dot product is summed here in id order, as cosine() sums it: the same bits.
  let dot = 0;
  let principalFreeDot = 0;
  let topics = 0;
  let rare = 0;
  let numbersX = 0;
  let numbersY = 0;
  let numbersBoth = 0;
  for (let i = 0, j = 0; i < x.ids.length || j < y.ids.length;) {
    const xi = i < x.ids.length ? x.ids[i]! : Infinity;
    const yj = j < y.ids.length ? y.ids[j]! : Infinity;
    if (xi === yj) {
      const product = x.weights[i]! * y.weights[j]!;
      dot += product;
      // A principal's name says who speaks, not what: it is no topic and no rare term of a pair.
      if (!principal[xi]) {
        principalFreeDot += product;
        if (documentFrequency[xi]! <= 2) rare++;
      }
      if (topicTerm(topical, documentFrequency, total, xi)) topics++;
      if (numeric[xi]) {
        numbersBoth++;
        numbersX++;
        numbersY++;
      }
      i++;
      j++;
    } else if (xi < yj) {
      if (numeric[xi]) numbersX++;
      i++;
    } else {
      if (numeric[yj]) numbersY++;
      j++;
    }
  }
  const norms = context.normA[a]! * context.normB[b]!;
  const bothNumbers = numbersX > 0 && numbersY > 0;
  placeFeatures(context, a, b, dot, into);
  into[2] = norms > 0 ? principalFreeDot / norms : 0;
  into[3] = Math.min(topics, MAX_TOPIC_TERMS);
  into[4] = Math.min(rare, MAX_RARE);
  into[5] = Math.min(paraphrases(context, a, b), MAX_PARAPHRASE);
  into[9] = bothNumbers && numbersBoth > 0 ? 1 : 0;
  into[10] = bothNumbers && numbersBoth === 0 ? 1 : 0;
  return into;
}

/**
 * The features known without reading the two sentences' shared terms, given their cosine: the
 * cosine itself, place, rank, rivals, length and slots. The others are left as they were.
 */
function placeFeatures(
  context: ScoringContext,
  a: number,
  b: number,
  similarity: number,
  into: number[] | Float64Array,
): void {
  const { space } = context;
  const x = space.a[a]!;
  const y = space.b[b]!;
  const place = (index: number, length: number) => (length > 1 ? index / (length - 1) : 0.5);
  into[0] = similarity;
  into[1] = Math.log(Math.max(similarity, MIN_LOGGED));
  // Position weighs only as far as the wording leaves the question open: a copy far away is a copy.
  // Two one-sentence documents have no place, rank or rival to tell: those features are unknown.
  const alone = space.a.length === 1 && space.b.length === 1;
  into[6] = alone
    ? NaN
    : Math.abs(place(a, space.a.length) - place(b, space.b.length)) * (1 - similarity);
  into[7] = alone ? NaN : (context.bestOfA[a] === b ? 1 : 0) + (context.bestOfB[b] === a ? 1 : 0);
  into[8] = alone ? NaN : context.topA[a]! + context.topB[b]! - 2 * similarity;
  into[11] = Math.min(x.ids.length, y.ids.length) / Math.max(1, x.ids.length, y.ids.length);
  into[12] = alone ? 1 : 0;
  const slots = sharedSlots(context.slots, a, b);
  into[13] = Math.min(slots.count, MAX_SHARED_SLOTS);
  into[14] = slots.sole ? 1 : 0;
}

/**
 * The highest confidence a candidate pair of this cosine could reach, whatever its shared terms:
 * the features that need no walk over them as they are, each of the others at the end of its range
 * that raises the score (the score is logistic in a sum, so each feature moves it one way). The
 * ranges come from the cosine and from what each sentence holds: a shared rare term is a rare term
 * of both, the principal-free products are some of the cosine's (all weights are positive, so their
 * sum in floating point is no larger). A pair whose ceiling stays below the threshold cannot be
 * aligned, and its shared terms need not be read.
 */
export function confidenceCeiling(
  context: ScoringContext,
  a: number,
  b: number,
  similarity: number,
  into: number[] | Float64Array,
  model = pairScoreModel(),
): number {
  placeFeatures(context, a, b, similarity, into);
  const { termsA, termsB } = context;
  const norms = context.normA[a]! * context.normB[b]!;
  const bothNumbers = termsA.numbers[a]! > 0 && termsB.numbers[b]! > 0 ? 1 : 0;
  const highest = (feature: number, high: number) =>
    (into[feature] = model.weights[feature]! > 0 ? high : 0);
  highest(2, norms > 0 ? Math.min(similarity / norms, 1 + ROUNDING) : 0);
  highest(3, Math.min(MAX_TOPIC_TERMS, termsA.topics[a]!, termsB.topics[b]!));
  highest(4, Math.min(MAX_RARE, termsA.rare[a]!, termsB.rare[b]!));
  highest(5, termsB.topical[b]! > 0 ? Math.min(MAX_PARAPHRASE, termsA.topical[a]!) : 0);
  highest(9, bothNumbers);
  highest(10, bothNumbers);
  return confidenceOf(into, model);
}

/** Room for rounding above a cosine of 1. */
const ROUNDING = 1e-9;

/** Topical terms of sentence a that WordNet relates to a topical term of b that a lacks. */
export function paraphrases(context: ScoringContext, a: number, b: number): number {
  const x = context.space.a[a]!;
  const y = context.space.b[b]!;
  const { topical } = context.space.vocabulary;
  const has = (v: SparseVector, id: number) => binarySearch(v.ids, id);
  let count = 0;
  for (const id of x.ids) {
    if (!topical[id] || has(y, id)) continue;
    if (context.related(id).some((other) => topical[other] && has(y, other) && !has(x, other)))
      count++;
  }
  return count;
}

function binarySearch(ids: Int32Array, id: number): boolean {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ids[mid] === id) return true;
    if (ids[mid]! < id) low = mid + 1;
    else high = mid;
  }
  return false;
}

/** The model's confidence (0 to 1) that two sentences with these features make one claim. */
export function confidenceOf(features: ArrayLike<number>, model = pairScoreModel()): number {
  let z = model.bias;
  // An unknown feature (NaN) stands at the mean, where it moves the score neither way.
  for (let k = 0; k < model.weights.length; k++)
    if (!Number.isNaN(features[k]))
      z += (model.weights[k]! * (features[k]! - model.mean[k]!)) / model.scale[k]!;
  return 1 / (1 + Math.exp(-z));
}

/** The committed weights (data/pair-score.json), read on first use. */
export const pairScoreModel = once((): PairScoreModel => {
  const read = JSON.parse(
    readFileSync(new URL('../../data/pair-score.json', import.meta.url), 'utf8'),
  ) as PairScoreModel;
  if (read.features.join() !== PAIR_FEATURES.join())
    throw new Error('data/pair-score.json was trained on other features: run npm run train');
  return read;
});
