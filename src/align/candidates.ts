import { cosine, type VectorSpace } from '../vectorize/tfidf.js';

/** A sentence pair worth considering, with the cosine of their vectors. */
export interface Candidate {
  a: number;
  b: number;
  similarity: number;
}

/**
 * Pairs whose similarity reaches `minSimilarity`, found through an inverted index over B so that
 * only sentences sharing a term are ever compared. Terms in a large share of all sentences are left
 * out of the index (they alone rarely make a pair), which keeps long documents near-linear; the
 * similarity of every candidate is then computed exactly over all its terms.
 */
export function findCandidates(space: VectorSpace, minSimilarity: number): Candidate[] {
  const { a, b, vocabulary } = space;
  const sentences = a.length + b.length;
  const maxPostings = Math.max(64, Math.ceil(sentences * 0.02));
  const postings: number[][] = vocabulary.terms.map(() => []);
  b.forEach((vector, j) => {
    for (const id of vector.ids) if (vocabulary.documentFrequency[id]! <= maxPostings) postings[id]!.push(j);
  });

  const candidates: Candidate[] = [];
  const seen = new Uint8Array(b.length);
  const touched: number[] = [];
  a.forEach((vector, i) => {
    for (const id of vector.ids) {
      for (const j of postings[id]!) {
        if (seen[j] === 0) {
          seen[j] = 1;
          touched.push(j);
        }
      }
    }
    touched.sort((p, q) => p - q);
    for (const j of touched) {
      seen[j] = 0;
      const similarity = cosine(vector, b[j]!);
      if (similarity >= minSimilarity) candidates.push({ a: i, b: j, similarity });
    }
    touched.length = 0;
  });
  return candidates;
}
