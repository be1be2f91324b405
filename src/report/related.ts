import { candidateColumns } from '../align/candidates.js';
import type { VectorSpace } from '../vectorize/tfidf.js';
import type { Related } from './types.js';

/**
 * Below this similarity two sentences have next to nothing in common, and naming one as the
 * other's closest counterpart would only be noise.
 */
const RELATED_FLOOR = 0.1;

/**
 * For each sentence of one side found on that side only, the most similar sentence of the other
 * side from RELATED_FLOOR on (ties go to the earlier sentence): a hint of a link the alignment
 * missed. The candidate index keeps this near linear in long documents.
 */
export function nearestCounterparts(
  space: VectorSpace,
  side: 'a' | 'b',
  only: readonly number[],
): Related[] {
  const [own, other] = side === 'a' ? [space.a, space.b] : [space.b, space.a];
  const subspace = { vocabulary: space.vocabulary, a: only.map((i) => own[i]!), b: other };
  const best = new Map<number, { counterpart: number; similarity: number }>();
  // The pairs as columns: one object for each would be most of what this step allocates.
  const found = candidateColumns(subspace, RELATED_FLOOR);
  for (let k = 0; k < found.length; k++) {
    const a = found.a[k]!;
    const similarity = found.similarity[k]!;
    const current = best.get(a);
    if (current === undefined || similarity > current.similarity)
      best.set(a, { counterpart: found.b[k]!, similarity });
  }
  return [...best.keys()]
    .sort((x, y) => x - y)
    .map((k) => {
      const { counterpart, similarity } = best.get(k)!;
      return { index: only[k]!, counterpart, similarity: Math.round(similarity * 1e4) / 1e4 };
    });
}
