import { cosine, type SparseVector, type VectorSpace } from '../vectorize/tfidf.js';
import { countSteps } from '../work.js';

/** A sentence pair worth considering, with the cosine of their vectors. */
export interface Candidate {
  a: number;
  b: number;
  similarity: number;
}

/**
 * The most sentences a term may occur in and still be indexed for every pair that shares it. A
 * term in more sentences than this cannot say on its own which ones belong together, and indexing
 * it would make long documents quadratic; readouts never reach it.
 */
const MAX_POSTINGS = 64;

/**
 * From this similarity on, a pair is a copy or a near copy, and is found whatever its words (see
 * prefixIndex): a long compilation's "The two sides agreed to remain in contact." finds its copy.
 * Lower, the prefix index takes in the register's common words, and the 10,000-sentence benchmark
 * pair takes twice the memory for no better links (0.8: 378 MB against 225 MB, link F1 0.921
 * against 0.928).
 */
const NEAR_COPY = 0.9;

/** For each term, the sentences of B that index it, ascending: postings[offsets[id] .. offsets[id + 1]). */
interface InvertedIndex {
  offsets: Int32Array;
  postings: Int32Array;
}

/**
 * Pairs whose similarity reaches `minSimilarity`, found through two inverted indexes over B, so
 * that only sentences sharing an indexed term are ever compared: every term in at most
 * MAX_POSTINGS sentences, and the prefix index, which finds every pair from NEAR_COPY on however
 * common its words. The similarity of every pair found is computed exactly over all its terms.
 * Ordered by A index, then B index.
 */
export function findCandidates(space: VectorSpace, minSimilarity: number): Candidate[] {
  const found = candidateColumns(space, minSimilarity);
  const candidates: Candidate[] = [];
  for (let k = 0; k < found.length; k++) candidates.push(found.at(k));
  return candidates;
}

/**
 * Candidate pairs as columns, ordered by A index, then B index: a long comparison finds millions
 * of pairs before most are thinned out (strongestCandidates), and an object for each was a few
 * hundred megabytes at 50,000 sentences a side.
 */
export class CandidateColumns {
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  similarity = new Float64Array(1024);
  length = 0;

  push(a: number, b: number, similarity: number): void {
    if (this.length === this.a.length) {
      [this.a, this.b] = [doubled(this.a, Int32Array), doubled(this.b, Int32Array)];
      this.similarity = doubled(this.similarity, Float64Array);
    }
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.similarity[this.length++] = similarity;
  }

  at(k: number): Candidate {
    return { a: this.a[k]!, b: this.b[k]!, similarity: this.similarity[k]! };
  }
}

/** A column copied into one of twice its length. */
function doubled<T extends Int32Array | Float64Array>(
  column: T,
  Column: new (length: number) => T,
): T {
  const larger = new Column(column.length * 2);
  larger.set(column);
  return larger;
}

/** findCandidates' pairs, as columns. */
export function candidateColumns(space: VectorSpace, minSimilarity: number): CandidateColumns {
  const { a, b } = space;
  const indexes = [cappedIndex(space), prefixIndex(space, Math.max(minSimilarity, NEAR_COPY))];
  const candidates = new CandidateColumns();
  const gathering = new Gathering(b.length);
  // Sentence i's weights by term id, so that each pair's cosine walks the sentence of B alone.
  const weightsOfA = new Float64Array(space.vocabulary.terms.length);
  for (let i = 0; i < a.length; i++) {
    const { ids, weights } = a[i]!;
    for (let k = 0; k < ids.length; k++) weightsOfA[ids[k]!] = weights[k]!;
    gathering.start(i);
    for (const index of indexes) for (let t = 0; t < ids.length; t++) gathering.add(index, ids[t]!);
    const gathered = gathering.sorted();
    for (let k = 0; k < gathered.length; k++) {
      const j = gathered[k]!;
      const similarity = cosineWith(weightsOfA, b[j]!);
      if (similarity >= minSimilarity) candidates.push(i, j, similarity);
    }
    for (let k = 0; k < ids.length; k++) weightsOfA[ids[k]!] = 0;
  }
  return candidates;
}

/**
 * The sentences of B that the postings of some terms take in, for one sentence of A at a time, each
 * once: what both kinds of candidate walk, the inverted index's postings being the costly part.
 */
class Gathering {
  // lastSeen[j] === i marks sentence j of B as already gathered for sentence i of A.
  private readonly lastSeen: Int32Array;
  private readonly touched: Int32Array;
  private count = 0;
  private sentence = -1;

  constructor(sentencesOfB: number) {
    this.lastSeen = new Int32Array(sentencesOfB).fill(-1);
    this.touched = new Int32Array(sentencesOfB);
  }

  /** Begins the gathering for sentence i of A. */
  start(i: number): void {
    this.sentence = i;
    this.count = 0;
  }

  /** Gathers the sentences of `term`'s postings in `index`. */
  add({ offsets, postings }: InvertedIndex, term: number): void {
    const from = offsets[term]!;
    const to = offsets[term + 1]!;
    countSteps(1 + to - from);
    for (let p = from; p < to; p++) {
      const j = postings[p]!;
      if (this.lastSeen[j] !== this.sentence) {
        this.lastSeen[j] = this.sentence;
        this.touched[this.count++] = j;
      }
    }
  }

  /** The sentences gathered since `start`, in order (a view, good until the next `start`). */
  sorted(): Int32Array {
    return this.touched.subarray(0, this.count).sort();
  }
}

/**
 * `cosine` of a vector given by its weights at each term id (0 where it lacks the term) and `y`,
 * with the same bits: the products of the shared terms summed in id order (a term of weight 0
 * would add a zero, which leaves a sum begun at +0 as it is).
 */
function cosineWith(weights: Float64Array, y: SparseVector): number {
  let dot = 0;
  for (let k = 0; k < y.ids.length; k++) {
    const w = weights[y.ids[k]!]!;
    if (w !== 0) dot += w * y.weights[k]!;
  }
  countSteps(1 + y.ids.length);
  return dot;
}

/**
 * Prefix filtering, as in all-pairs similarity search (Bayardo et al., 2007): a sentence of B is
 * indexed under its rarest terms only, until what its remaining, commoner terms could add to any
 * dot product (each weight times that term's largest weight in A) falls below `minSimilarity`.
 * A pair reaching the threshold must then share an indexed term. At a high threshold the common
 * words of the register ("sides", "agreed", "contact") stay out of the postings of sentences that
 * have rarer ones, which keeps long documents near linear, yet a sentence made only of common
 * words is indexed under them and still finds its copy.
 */
function prefixIndex(space: VectorSpace, minSimilarity: number): InvertedIndex {
  const { a, b, vocabulary } = space;
  const termCount = vocabulary.terms.length;
  const maxWeightInA = new Float64Array(termCount);
  for (const vector of a) {
    for (let k = 0; k < vector.ids.length; k++) {
      const id = vector.ids[k]!;
      if (vector.weights[k]! > maxWeightInA[id]!) maxWeightInA[id] = vector.weights[k]!;
    }
  }
  const frequency = vocabulary.documentFrequency;
  // Rarest first; ties by id, so that the index does not depend on anything but the vocabulary.
  // Each term's rank in that order is found once, so that a sentence's terms sort as numbers.
  const byRank = Int32Array.from(frequency.keys()).sort(
    (x, y) => frequency[x]! - frequency[y]! || x - y,
  );
  const rank = new Int32Array(termCount);
  byRank.forEach((id, r) => (rank[id] = r));
  const weightOf = new Float64Array(termCount);
  // A sentence's terms, rarest first (as ranks, then as ids), in one buffer reused for every sentence.
  const order = new Int32Array(
    b.reduce((longest, vector) => Math.max(longest, vector.ids.length), 0),
  );
  const lists = new TermLists(b.length);
  for (const { ids, weights } of b) {
    for (let k = 0; k < ids.length; k++) {
      order[k] = rank[ids[k]!]!;
      weightOf[ids[k]!] = weights[k]!;
    }
    order.subarray(0, ids.length).sort();
    for (let k = 0; k < ids.length; k++) order[k] = byRank[order[k]!]!;
    let rest = 0;
    let prefix = ids.length;
    // Drop terms from the common end while they could not reach the threshold on their own.
    while (prefix > 0) {
      const id = order[prefix - 1]!;
      const reach = rest + weightOf[id]! * maxWeightInA[id]!;
      if (reach >= minSimilarity) break;
      rest = reach;
      prefix--;
    }
    // Its rarer terms are in the capped index already.
    for (let k = 0; k < prefix; k++) if (frequency[order[k]!]! > MAX_POSTINGS) lists.add(order[k]!);
    lists.endSentence();
  }
  return indexOf(lists, termCount);
}

/** Every term of B in at most MAX_POSTINGS sentences. */
function cappedIndex(space: VectorSpace): InvertedIndex {
  const { b, vocabulary } = space;
  const lists = new TermLists(b.length);
  for (const { ids } of b) {
    for (let k = 0; k < ids.length; k++)
      if (vocabulary.documentFrequency[ids[k]!]! <= MAX_POSTINGS) lists.add(ids[k]!);
    lists.endSentence();
  }
  return indexOf(lists, vocabulary.terms.length);
}

/**
 * The terms to index for each sentence of B, end to end in one growing column: sentence j's are
 * ids[starts[j] .. starts[j + 1]). A small typed array for each sentence was most of the time
 * of building the indexes of a long document.
 */
class TermLists {
  ids = new Int32Array(1024);
  length = 0;
  readonly starts: Int32Array;
  private sentences = 0;

  constructor(sentences: number) {
    this.starts = new Int32Array(sentences + 1);
  }

  add(id: number): void {
    if (this.length === this.ids.length) this.ids = doubled(this.ids, Int32Array);
    this.ids[this.length++] = id;
  }

  endSentence(): void {
    this.starts[++this.sentences] = this.length;
  }
}

/** The index of the terms listed for each sentence of B. */
function indexOf(lists: TermLists, termCount: number): InvertedIndex {
  const { ids, starts, length } = lists;
  const offsets = new Int32Array(termCount + 1);
  for (let k = 0; k < length; k++) offsets[ids[k]! + 1]!++;
  for (let id = 0; id < termCount; id++) offsets[id + 1]! += offsets[id]!;
  const postings = new Int32Array(offsets[termCount]!);
  const next = offsets.slice(0, -1);
  for (let j = 0; j + 1 < starts.length; j++)
    for (let k = starts[j]!; k < starts[j + 1]!; k++) postings[next[ids[k]!]!++] = j;
  return { offsets, postings };
}

/**
 * How many of its most similar candidates each sentence keeps for the alignment. A readout's
 * sentence has a handful of plausible partners; in long compilations on one subject a sentence can
 * reach the similarity floor with a hundred others, and scoring them all made the work grow faster
 * than the documents (2.8 million candidates for 50,000 sentences a side, 120,000 for 10,000).
 */
export const RIVALS_KEPT = 16;

/**
 * The candidates (ordered by A index, then B index) that are among the `kept` most similar of
 * their sentence of A or of their sentence of B, ties included, and every near copy whatever
 * its rank: a sentence's best partner, and so its rank features, never change. Order kept.
 */
export function strongestCandidates(
  candidates: CandidateColumns,
  sentencesA: number,
  sentencesB: number,
  kept: number = RIVALS_KEPT,
): Candidate[] {
  countSteps(candidates.length);
  const barA = keptSimilarity(candidates, candidates.a, sentencesA, kept);
  const barB = keptSimilarity(candidates, candidates.b, sentencesB, kept);
  const strongest: Candidate[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const similarity = candidates.similarity[k]!;
    if (
      (barA === null && barB === null) ||
      similarity >= NEAR_COPY ||
      similarity >= (barA?.[candidates.a[k]!] ?? -Infinity) ||
      similarity >= (barB?.[candidates.b[k]!] ?? -Infinity)
    )
      strongest.push(candidates.at(k));
  }
  return strongest;
}

/**
 * By sentence of one side (`sentenceOf`, a column of the candidates), the similarity of its
 * `kept`-th most similar candidate (-Infinity when it has no more than `kept`); null when no
 * sentence has more.
 */
function keptSimilarity(
  candidates: CandidateColumns,
  sentenceOf: Int32Array,
  sentences: number,
  kept: number,
): Float64Array | null {
  const start = new Int32Array(sentences + 1);
  for (let k = 0; k < candidates.length; k++) start[sentenceOf[k]! + 1]!++;
  let crowded = false;
  for (let i = 0; i < sentences; i++) {
    if (start[i + 1]! > kept) crowded = true;
    start[i + 1]! += start[i]!;
  }
  if (!crowded) return null;
  const similarities = new Float64Array(candidates.length);
  const next = start.slice(0, sentences);
  for (let k = 0; k < candidates.length; k++)
    similarities[next[sentenceOf[k]!]!++] = candidates.similarity[k]!;
  const bar = new Float64Array(sentences).fill(-Infinity);
  for (let i = 0; i < sentences; i++) {
    if (start[i + 1]! - start[i]! <= kept) continue;
    const own = similarities.subarray(start[i], start[i + 1]).sort();
    bar[i] = own[own.length - kept]!;
  }
  return bar;
}

/**
 * Pairs that share a content term (`content`: it says what, not who speaks or the frame) and a
 * paraphrase: a content term of one that WordNet relates to a content term of the other
 * (`related`), in at most MAX_POSTINGS sentences of B ("tariffs on agricultural goods" / "duties
 * on farm products"), when one of the two is `unpaired` (has no candidate): their cosine may fall
 * below the similarity floor, the paraphrase counting nothing in it. WordNet's relations are loose
 * (country / nation, work / cooperation): a sentence with candidates of its own is not offered more,
 * and a paraphrase alone is too weak a tie to weigh. Ordered by A index, then B index.
 */
export function paraphrasePairs(
  space: VectorSpace,
  content: Uint8Array,
  related: (id: number) => readonly number[],
  unpaired: { a: Uint8Array; b: Uint8Array },
): { a: number; b: number }[] {
  const { a, b, vocabulary } = space;
  const lists = new TermLists(b.length);
  for (const { ids } of b) {
    for (let k = 0; k < ids.length; k++)
      if (content[ids[k]!] && vocabulary.documentFrequency[ids[k]!]! <= MAX_POSTINGS)
        lists.add(ids[k]!);
    lists.endSentence();
  }
  const index = indexOf(lists, vocabulary.terms.length);
  const pairs: { a: number; b: number }[] = [];
  const gathering = new Gathering(b.length);
  // 1 for the content terms of the sentence of A at hand.
  const inA = new Uint8Array(vocabulary.terms.length);
  for (let i = 0; i < a.length; i++) {
    const { ids } = a[i]!;
    gathering.start(i);
    for (let t = 0; t < ids.length; t++) {
      if (!content[ids[t]!]) continue;
      for (const other of related(ids[t]!)) gathering.add(index, other);
    }
    for (let t = 0; t < ids.length; t++) if (content[ids[t]!]) inA[ids[t]!] = 1;
    for (const j of gathering.sorted())
      if ((unpaired.a[i] || unpaired.b[j]) && sharesContent(b[j]!.ids, inA))
        pairs.push({ a: i, b: j });
    for (let t = 0; t < ids.length; t++) inA[ids[t]!] = 0;
  }
  return pairs;
}

/** The sentences of each side that no candidate takes in. */
export function unpairedSentences(
  candidates: readonly Candidate[],
  sentencesA: number,
  sentencesB: number,
): { a: Uint8Array; b: Uint8Array } {
  const unpaired = { a: new Uint8Array(sentencesA).fill(1), b: new Uint8Array(sentencesB).fill(1) };
  for (const c of candidates) unpaired.a[c.a] = unpaired.b[c.b] = 0;
  return unpaired;
}

/** Whether a sentence of B holds a term marked in `inA`. */
function sharesContent(ids: Int32Array, inA: Uint8Array): boolean {
  countSteps(ids.length);
  for (let k = 0; k < ids.length; k++) if (inA[ids[k]!]) return true;
  return false;
}

/** Two lists of pairs ordered by A index, then B index, as one such list without repeats. */
export function mergedPairs(
  first: readonly { a: number; b: number }[],
  second: readonly { a: number; b: number }[],
): { a: number; b: number }[] {
  const merged: { a: number; b: number }[] = [];
  let k = 0;
  for (const pair of first) {
    while (
      k < second.length &&
      (second[k]!.a < pair.a || (second[k]!.a === pair.a && second[k]!.b < pair.b))
    )
      merged.push(second[k++]!);
    if (k < second.length && second[k]!.a === pair.a && second[k]!.b === pair.b) k++;
    merged.push(pair);
  }
  return merged.concat(second.slice(k));
}

/**
 * The candidates with further pairs that belong among them whatever their similarity (two
 * sentences that speak of one slot of the event), each with its exact similarity. Both lists are
 * ordered by A index, then B index, and so is the result.
 */
export function withPairs(
  space: VectorSpace,
  candidates: readonly Candidate[],
  pairs: readonly { a: number; b: number }[],
): Candidate[] {
  if (pairs.length === 0) return [...candidates];
  countSteps(candidates.length + pairs.length);
  const merged: Candidate[] = [];
  let k = 0;
  for (const c of candidates) {
    for (
      ;
      k < pairs.length && (pairs[k]!.a < c.a || (pairs[k]!.a === c.a && pairs[k]!.b < c.b));
      k++
    )
      merged.push({
        ...pairs[k]!,
        similarity: cosine(space.a[pairs[k]!.a]!, space.b[pairs[k]!.b]!),
      });
    if (k < pairs.length && pairs[k]!.a === c.a && pairs[k]!.b === c.b) k++;
    merged.push(c);
  }
  for (; k < pairs.length; k++)
    merged.push({ ...pairs[k]!, similarity: cosine(space.a[pairs[k]!.a]!, space.b[pairs[k]!.b]!) });
  return merged;
}
