import { lineFor, readSortedLines, sortedLines, type SortedLines } from '../io/sorted-lines.js';
import { once } from '../memo.js';

/**
 * Terms WordNet relates to a term: data/synonyms.txt (built by scripts/build-synonyms.mjs), a
 * sorted line a term, searched by bisection, so that nothing is parsed at start-up.
 */
export function wordnetRelated(term: string): readonly string[] | undefined {
  return lineFor(synonyms(), term)?.split(' ');
}

const synonyms = once((): SortedLines => {
  try {
    return readSortedLines(new URL('../../data/synonyms.txt', import.meta.url));
  } catch {
    return sortedLines(Buffer.alloc(0)); // not built: paraphrase counts nothing
  }
});
