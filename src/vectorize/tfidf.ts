import { countSteps } from '../work.js';

/** A sparse, L2-normalised vector: term ids in ascending order with their weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export interface Vocabulary {
  /** Terms sorted by code unit, so ids do not depend on which text came first. */
  terms: string[];
  /** Number of sentences (of both texts) containing each term. */
  documentFrequency: Int32Array;
  idf: Float64Array;
  /** 1 for a term that says what a sentence is about, 0 for framing words ("discussed", "sides"). */
  topical: Uint8Array;
  /**
   * 1 for a term found in a large share of the sentences of both texts: the names of the two
   * principals, the event's own word ("call"). Such terms say little about which sentences match.
   */
  pervasive: Uint8Array;
}

export interface VectorizeOptions {
  /** Framing words of the register, which carry less weight. */
  isBoilerplate: (term: string) => boolean;
  /** Their weight relative to other terms. */
  boilerplateWeight: number;
  /** The weight of pervasive terms relative to other terms (1 when not given). */
  pervasiveWeight?: number;
}

export interface VectorSpace {
  vocabulary: Vocabulary;
  a: SparseVector[];
  b: SparseVector[];
}

/**
 * TF-IDF with each sentence of both texts as one document: IDF over two whole documents would
 * separate nothing. Sublinear term frequency, smoothed IDF, unit length.
 */
export function vectorize(
  termsA: readonly (readonly string[])[],
  termsB: readonly (readonly string[])[],
  options: VectorizeOptions = { isBoilerplate: () => false, boilerplateWeight: 1 },
): VectorSpace {
  const documents = [...termsA, ...termsB];
  const terms = distinctTerms(documents);
  const bags = termBags(documents, new Map(terms.map((term, id) => [term, id])));
  const documentFrequency = new Int32Array(terms.length);
  for (const id of bags.ids) documentFrequency[id]!++;
  const n = documents.length;
  const topical = Uint8Array.from(terms, (term) => (options.isBoilerplate(term) ? 0 : 1));
  const pervasive = pervasiveTerms(bags, termsA.length, terms.length);
  const pervasiveWeight = options.pervasiveWeight ?? 1;
  const idf = Float64Array.from(
    documentFrequency,
    (df, id) =>
      (Math.log((1 + n) / (1 + df)) + 1) *
      (topical[id] ? 1 : options.boilerplateWeight) *
      (pervasive[id] ? pervasiveWeight : 1),
  );
  const vectors = weigh(bags, idf);
  return {
    vocabulary: { terms, documentFrequency, idf, topical, pervasive },
    a: vectors.slice(0, termsA.length),
    b: vectors.slice(termsA.length),
  };
}

/** Share of the sentences of each text from which a term is pervasive. */
const PERVASIVE_SHARE = 1 / 3;

/** Terms in at least a third of the sentences (and two) of each text. */
function pervasiveTerms(bags: TermBags, sentencesA: number, termCount: number): Uint8Array {
  const inA = new Int32Array(termCount);
  const inB = new Int32Array(termCount);
  const { starts, ids } = bags;
  for (let d = 0; d + 1 < starts.length; d++) {
    const df = d < sentencesA ? inA : inB;
    for (let k = starts[d]!; k < starts[d + 1]!; k++) df[ids[k]!]!++;
  }
  const least = (sentences: number) => Math.max(2, sentences * PERVASIVE_SHARE);
  const [minA, minB] = [least(sentencesA), least(starts.length - 1 - sentencesA)];
  return Uint8Array.from(inA, (df, id) => (df >= minA && inB[id]! >= minB ? 1 : 0));
}

function distinctTerms(documents: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  for (const doc of documents) for (const term of doc) seen.add(term);
  return [...seen].sort(byCodeUnit);
}

/**
 * Every document's distinct term ids (ascending) and how often each occurs, packed end to end:
 * document d owns entries starts[d] .. starts[d + 1]. One buffer instead of two small arrays per
 * sentence keeps long documents light on memory and on the garbage collector.
 */
interface TermBags {
  starts: Int32Array;
  ids: Int32Array;
  counts: Int32Array;
}

function termBags(documents: readonly (readonly string[])[], idOf: Map<string, number>): TermBags {
  const occurrences = documents.reduce((sum, doc) => sum + doc.length, 0);
  countSteps(documents.length + occurrences);
  const ids = new Int32Array(occurrences);
  const counts = new Int32Array(occurrences);
  const starts = new Int32Array(documents.length + 1);
  let end = 0;
  documents.forEach((doc, d) => {
    // Write the document's ids after the bags so far, sort them, then fold repeats into counts in place.
    const raw = ids.subarray(end, end + doc.length);
    doc.forEach((term, k) => (raw[k] = idOf.get(term)!));
    raw.sort();
    for (let k = 0; k < raw.length; k++) {
      if (k > 0 && raw[k] === ids[end - 1]) counts[end - 1]!++;
      else {
        ids[end] = raw[k]!;
        counts[end++] = 1;
      }
    }
    starts[d + 1] = end;
  });
  return { starts, ids: ids.slice(0, end), counts: counts.slice(0, end) };
}

/** Unit-length vectors, each a view into two shared buffers. */
function weigh(bags: TermBags, idf: Float64Array): SparseVector[] {
  const { starts, ids, counts } = bags;
  // A loop, not Float64Array.from(ids, ...), which steps an iterator (an object per entry).
  const weights = new Float64Array(ids.length);
  for (let k = 0; k < ids.length; k++) weights[k] = (1 + Math.log(counts[k]!)) * idf[ids[k]!]!;
  const vectors: SparseVector[] = [];
  for (let d = 0; d + 1 < starts.length; d++) {
    const vector = {
      ids: ids.subarray(starts[d], starts[d + 1]),
      weights: weights.subarray(starts[d], starts[d + 1]),
    };
    normalize(vector.weights);
    vectors.push(vector);
  }
  return vectors;
}

function normalize(weights: Float64Array): void {
  let sum = 0;
  for (const w of weights) sum += w * w;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
}

/** The sum of vectors, renormalised: how a sentence pair reads as one. */
export function combine(vectors: readonly SparseVector[]): SparseVector {
  if (vectors.length === 1) return vectors[0]!;
  const sum = new Map<number, number>();
  for (const v of vectors)
    v.ids.forEach((id, i) => sum.set(id, (sum.get(id) ?? 0) + v.weights[i]!));
  const ids = Int32Array.from(sum.keys()).sort();
  const weights = Float64Array.from(ids, (id) => sum.get(id)!);
  normalize(weights);
  return { ids, weights };
}

/** Cosine similarity of two unit vectors; summed in id order so swapping the arguments gives the same bits. */
export function cosine(x: SparseVector, y: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < x.ids.length && j < y.ids.length) {
    const xi = x.ids[i]!;
    const yj = y.ids[j]!;
    if (xi === yj) dot += x.weights[i++]! * y.weights[j++]!;
    else if (xi < yj) i++;
    else j++;
  }
  countSteps(1 + i + j);
  return dot;
}

function byCodeUnit(p: string, q: string): number {
  return p < q ? -1 : p > q ? 1 : 0;
}
