import type { DocumentModel } from '../sentence/document.js';
import type { SentenceModel } from '../sentence/model.js';
import { vectorize, type VectorSpace } from './tfidf.js';
import { isBoilerplate } from './tokenize.js';

/** Weight of framing words ("discussed", "sides") relative to content words. */
const BOILERPLATE_WEIGHT = 0.5;
/** Weight of the terms in many sentences of both documents (the principals' names). */
const PERVASIVE_WEIGHT = 0.5;

/** The TF-IDF vectors of the sentences of two documents in one language. */
export function documentSpace(x: DocumentModel, y: DocumentModel): VectorSpace {
  return vectorize(x.models.map(contentTerms), y.models.map(contentTerms), {
    isBoilerplate: (term) => isBoilerplate(term, x.lang),
    boilerplateWeight: BOILERPLATE_WEIGHT,
    pervasiveWeight: PERVASIVE_WEIGHT,
  });
}

function contentTerms(sentence: SentenceModel): string[] {
  const terms: string[] = [];
  for (const token of sentence.tokens) if (token.term !== null) terms.push(token.term);
  return terms;
}
