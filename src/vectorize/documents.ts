import { writtenNumbers } from '../classify/quantities.js';
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

/** Numbers below this, written as one word, are left as they are ("the two leaders"). */
const SMALL_NUMBER = 10;

/**
 * A sentence's terms, and each number it writes as one term of its value whether in figures or in
 * words ("1,000" and "one thousand" both give "1000", "15th" and "fifteenth" "15"), so that two
 * accounts of one figure share it; the groups of digits after a separator are left out, so that
 * two figures in thousands no longer share "000". A number word's own term stays ("million").
 */
function contentTerms(sentence: SentenceModel): string[] {
  const terms: string[] = [];
  const { tokens } = sentence;
  const numbers = writtenNumbers(sentence);
  // The number being read: numbers[n - 1] spans tokens up to `end`.
  let end = 0;
  for (let k = 0, n = 0; k < tokens.length; k++) {
    const number = numbers[n];
    if (number?.from === k) {
      n++;
      end = number.next;
      const value = String(number.value);
      const written = number.next - number.from > 1 || number.value >= SMALL_NUMBER;
      if (written && tokens[k]!.term !== value) terms.push(value);
    }
    const term = tokens[k]!.term;
    if (term === null) continue;
    // A group of digits after the first within a figure ("1,000", "2.5") is part of its value.
    if (!(k < end && k > 0 && numbers[n - 1]!.from < k && /^\d/.test(term))) terms.push(term);
  }
  return terms;
}
