import { cosine, type VectorSpace } from '../vectorize/tfidf.js';

/** A sentence pair worth considering, with the cosine of their vectors. */
export interface Candidate {
  a: number;
  b: number;
  similarity: number;
}

/**
 * The most sentences a term may occur in and still be indexed. A term in more sentences than
 * this cannot say on its own which ones belong together, and indexing it would make long documents
 * quadratic. A fixed bound (not a share of the sentences) keeps the work per sentence bounded;
 * readouts never reach it, so for them every pair that shares a word is compared.
 */
const MAX_POSTINGS = 64;

/** For each indexed term, the sentences of B containing it, ascending: postings[offsets[id] .. offsets[id + 1]). */
interface InvertedIndex {
  offsets: Int32Array;
  postings: Int32Array;
}

/**
 * Pairs whose similarity reaches `minSimilarity`, found through an inverted index over B so that
 * only sentences sharing an indexed term are ever compared. The similarity of every candidate is
 * then computed exactly over all its terms. Ordered by A index, then B index.
 */
export function findCandidates(space: VectorSpace, minSimilarity: number): Candidate[] {
  const { a, b } = space;
  const { offsets, postings } = invertedIndex(space);
  const candidates: Candidate[] = [];
  // lastSeen[j] === i marks sentence j of B as already gathered for sentence i of A.
  const lastSeen = new Int32Array(b.length).fill(-1);
  const touched = new Int32Array(b.length);
  a.forEach((vector, i) => {
    let count = 0;
    for (const id of vector.ids) {
      for (let p = offsets[id]!; p < offsets[id + 1]!; p++) {
        const j = postings[p]!;
        if (lastSeen[j] !== i) {
          lastSeen[j] = i;
          touched[count++] = j;
        }
      }
    }
    for (const j of touched.subarray(0, count).sort()) {
      const similarity = cosine(vector, b[j]!);
      if (similarity >= minSimilarity) candidates.push({ a: i, b: j, similarity });
    }
  });
  return candidates;
}

function invertedIndex(space: VectorSpace): InvertedIndex {
  const { b, vocabulary } = space;
  const indexed = (id: number) => vocabulary.documentFrequency[id]! <= MAX_POSTINGS;
  const offsets = new Int32Array(vocabulary.terms.length + 1);
  for (const vector of b) for (const id of vector.ids) if (indexed(id)) offsets[id + 1]!++;
  for (let id = 0; id < vocabulary.terms.length; id++) offsets[id + 1]! += offsets[id]!;
  const postings = new Int32Array(offsets[vocabulary.terms.length]!);
  const next = offsets.slice(0, -1);
  b.forEach((vector, j) => {
    for (const id of vector.ids) if (indexed(id)) postings[next[id]!++] = j;
  });
  return { offsets, postings };
}
