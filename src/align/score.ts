import { readFileSync } from 'node:fs';
import { cosine, type SparseVector, type VectorSpace } from '../vectorize/tfidf.js';
import type { Candidate } from './candidates.js';
import { lineFor } from '../io/sorted-lines.js';
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
    numeric: Uint8Array.from(terms, (term) => (/^\d/.test(term) ? 1 : 0)),
    slots,
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
  const { principal } = context;
  const x = space.a[a]!;
  const y = space.b[b]!;
  const { topical, documentFrequency } = space.vocabulary;
  const total = space.a.length + space.b.length;
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
      const df = documentFrequency[xi]!;
      // A principal's name says who speaks, not what: it is no topic and no rare term of a pair.
      if (!principal[xi]) {
        principalFreeDot += x.weights[i]! * y.weights[j]!;
        if (df <= 2) rare++;
      }
      if (topical[xi] === 1 && (df <= 2 || df * 2 <= total)) topics++;
      if (context.numeric[xi]) numbersBoth++;
      if (context.numeric[xi]) [numbersX, numbersY] = [numbersX + 1, numbersY + 1];
      i++;
      j++;
    } else if (xi < yj) {
      if (context.numeric[xi]) numbersX++;
      i++;
    } else {
      if (context.numeric[yj]) numbersY++;
      j++;
    }
  }
  const norms = context.normA[a]! * context.normB[b]!;
  const bothNumbers = numbersX > 0 && numbersY > 0;
  const place = (index: number, length: number) => (length > 1 ? index / (length - 1) : 0.5);
  const similarity = cosine(x, y);
  into[0] = similarity;
  into[1] = Math.log(Math.max(similarity, MIN_LOGGED));
  into[2] = norms > 0 ? principalFreeDot / norms : 0;
  into[3] = Math.min(topics, MAX_TOPIC_TERMS);
  into[4] = Math.min(rare, MAX_RARE);
  into[5] = Math.min(paraphrases(context, a, b), MAX_PARAPHRASE);
  // Position weighs only as far as the wording leaves the question open: a copy far away is a copy.
  // Two one-sentence documents have no place, rank or rival to tell: those features are unknown.
  const alone = space.a.length === 1 && space.b.length === 1;
  into[6] = alone
    ? NaN
    : Math.abs(place(a, space.a.length) - place(b, space.b.length)) * (1 - similarity);
  into[7] = alone ? NaN : (context.bestOfA[a] === b ? 1 : 0) + (context.bestOfB[b] === a ? 1 : 0);
  into[8] = alone ? NaN : context.topA[a]! + context.topB[b]! - 2 * similarity;
  into[9] = bothNumbers && numbersBoth > 0 ? 1 : 0;
  into[10] = bothNumbers && numbersBoth === 0 ? 1 : 0;
  into[11] = Math.min(x.ids.length, y.ids.length) / Math.max(1, x.ids.length, y.ids.length);
  into[12] = alone ? 1 : 0;
  const slots = sharedSlots(context.slots, a, b);
  into[13] = Math.min(slots.count, MAX_SHARED_SLOTS);
  into[14] = slots.sole ? 1 : 0;
  return into;
}

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

/**
 * Terms WordNet relates to a term: data/synonyms.txt (built by scripts/build-synonyms.mjs), a
 * sorted line a term, searched by bisection, so that nothing is parsed at start-up.
 */
function wordnetRelated(term: string): readonly string[] | undefined {
  return lineFor(synonyms(), term)?.split(' ');
}

const synonyms = once((): Buffer => {
  try {
    return readFileSync(new URL('../../data/synonyms.txt', import.meta.url));
  } catch {
    return Buffer.alloc(0); // not built: paraphrase counts nothing
  }
});
