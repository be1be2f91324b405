import type { DocumentModel } from '../sentence/document.js';
import type { VectorSpace } from '../vectorize/tfidf.js';
import { countSteps } from '../work.js';

/** How many capitalised words after a role may be a name ("President Luiz Inácio Lula"). */
const MAX_NAME_WORDS = 4;

/**
 * The terms that name who speaks rather than what is said: a person's role ("President", "Prime
 * Minister"), the capitalised words of a name right after it ("Biden", "Xi Jinping"), and the
 * people the documents name beside their country. Two readouts name their principals in most
 * sentences, and so do two one-line statements, where no count of sentences can tell them.
 */
export function principalTerms(x: DocumentModel, y: DocumentModel, space: VectorSpace): Uint8Array {
  const { terms } = space.vocabulary;
  const idOf = new Map(terms.map((term, id) => [term, id]));
  const principal = new Uint8Array(terms.length);
  const mark = (term: string | null) => {
    const id = term === null ? undefined : idOf.get(term);
    if (id !== undefined) principal[id] = 1;
  };
  for (const doc of [x, y])
    for (const side of doc.models) {
      countSteps(side.tokens.length);
      const { personRoleKeys } = side.lexicon;
      let nameWords = MAX_NAME_WORDS + 1;
      side.tokens.forEach((token, k) => {
        const key = token.term ?? token.word;
        const first = side.text[token.start]!;
        if (personRoleKeys.has(key)) {
          mark(token.term);
          nameWords = 0;
        } else if (k > 0 && first !== first.toLowerCase() && nameWords < MAX_NAME_WORDS) {
          mark(token.term);
          nameWords++;
        } else {
          nameWords = MAX_NAME_WORDS + 1;
        }
        if (side.people.has(key)) mark(token.term);
      });
    }
  return principal;
}
