// The alignment stage on its own, done two ways over the same vectors: candidates from the
// inverted index (what compare() does), and the naive way, every A×B cosine into a dense matrix.
// Both feed the same one-to-one matching.
import { findCandidates } from '../../dist/align/candidates.js';
import { maximumWeightMatching } from '../../dist/align/matching.js';
import { cosine, vectorize } from '../../dist/vectorize/tfidf.js';
import { isBoilerplate, tokenize } from '../../dist/vectorize/tokenize.js';

/** compare()'s defaults: the alignment threshold, the lowest bar any candidate is kept for, boilerplate weight. */
const THRESHOLD = 0.22;
const FLOOR = 0.15;
const BOILERPLATE_WEIGHT = 0.5;

/** The vectors compare() builds for these sentences. */
export function vectorSpace(sentencesA, sentencesB) {
  const terms = (sentences) =>
    sentences.map((s) => tokenize(s).flatMap((t) => (t.term === null ? [] : [t.term])));
  return vectorize(terms(sentencesA), terms(sentencesB), {
    isBoilerplate,
    boilerplateWeight: BOILERPLATE_WEIGHT,
  });
}

export function indexedStage(space) {
  return matchCandidates(findCandidates(space, FLOOR));
}

/** Dense all-pairs baseline: memory and time grow with |A|·|B|. */
export function naiveStage(space) {
  const { a, b } = space;
  const similarity = new Float64Array(a.length * b.length);
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) similarity[i * b.length + j] = cosine(a[i], b[j]);
  const candidates = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const value = similarity[i * b.length + j];
      if (value >= FLOOR) candidates.push({ a: i, b: j, similarity: value });
    }
  }
  return matchCandidates(candidates);
}

function matchCandidates(candidates) {
  const matched = maximumWeightMatching(candidates.filter((c) => c.similarity >= THRESHOLD));
  return { candidates: candidates.length, matched: matched.length };
}
