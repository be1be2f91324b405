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
}

export interface VectorizeOptions {
  /** Framing words of the register, which carry less weight. */
  isBoilerplate: (term: string) => boolean;
  /** Their weight relative to other terms. */
  boilerplateWeight: number;
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
  const terms = [...new Set(documents.flat())].sort(byCodeUnit);
  const idOf = new Map(terms.map((term, id) => [term, id]));
  const documentFrequency = new Int32Array(terms.length);
  const counts = documents.map((doc) => {
    const count = new Map<number, number>();
    for (const term of doc) {
      const id = idOf.get(term)!;
      count.set(id, (count.get(id) ?? 0) + 1);
    }
    for (const id of count.keys()) documentFrequency[id]!++;
    return count;
  });
  const n = documents.length;
  const topical = Uint8Array.from(terms, (term) => (options.isBoilerplate(term) ? 0 : 1));
  const idf = Float64Array.from(documentFrequency, (df, id) => (Math.log((1 + n) / (1 + df)) + 1) * (topical[id] ? 1 : options.boilerplateWeight));
  const vectors = counts.map((count) => weigh(count, idf));
  return { vocabulary: { terms, documentFrequency, idf, topical }, a: vectors.slice(0, termsA.length), b: vectors.slice(termsA.length) };
}

function weigh(count: Map<number, number>, idf: Float64Array): SparseVector {
  const ids = Int32Array.from(count.keys()).sort();
  const weights = Float64Array.from(ids, (id) => (1 + Math.log(count.get(id)!)) * idf[id]!);
  normalize(weights);
  return { ids, weights };
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
  for (const v of vectors) v.ids.forEach((id, i) => sum.set(id, (sum.get(id) ?? 0) + v.weights[i]!));
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
  return dot;
}

/** Shared term ids ordered by their contribution to the cosine, largest first. */
export function sharedTermIds(x: SparseVector, y: SparseVector): number[] {
  const shared: { id: number; contribution: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < x.ids.length && j < y.ids.length) {
    const xi = x.ids[i]!;
    const yj = y.ids[j]!;
    if (xi === yj) shared.push({ id: xi, contribution: x.weights[i++]! * y.weights[j++]! });
    else if (xi < yj) i++;
    else j++;
  }
  return shared.sort((p, q) => q.contribution - p.contribution || p.id - q.id).map((s) => s.id);
}

function byCodeUnit(p: string, q: string): number {
  return p < q ? -1 : p > q ? 1 : 0;
}
