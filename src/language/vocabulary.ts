/**
 * What the vectorize stage reads of a language besides its stemmer. Each language keeps negations
 * and modal words out of the stopwords (they carry a claim's polarity) and names the framing words
 * of the diplomatic register, the synonyms it uses interchangeably, and country names.
 */
export interface LanguageWords {
  /** Stopwords to add to natural's list for the language (or the whole list where natural has none). */
  extraStopwords: string[];
  /** Words natural's list drops that must stay terms. */
  keep: string[];
  boilerplate: string[];
  synonyms: string[][];
  /** Country → its name, adjective, capital in this language (any inflected form stems alike). */
  actors: Record<string, string[]>;
}

/** The word lists of a language with no framing words, synonyms or country names of its own. */
export const minimalVocabulary = (
  keep: string[],
  extraStopwords: string[] = [],
): LanguageWords => ({ extraStopwords, keep, boilerplate: [], synonyms: [], actors: {} });
