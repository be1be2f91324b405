import { languageOf, type LanguageCode } from '../language/index.js';
import { oncePerKey } from '../memo.js';

/** What the vectorize stage knows of a language: how to stem, what to ignore, what to equate. */
export interface VectorLanguage {
  stem: (word: string) => string;
  stopwords: ReadonlySet<string>;
  boilerplate: readonly string[];
  synonyms: readonly string[][];
  actors: Readonly<Record<string, readonly string[]>>;
}

/** The language's data, loaded on first use (its stemmer and stopword list are required then). */
export const vectorLanguage = oncePerKey((code: LanguageCode): VectorLanguage => {
  const { stemming, vocabulary } = languageOf(code);
  const { stem, stopwords } = stemming();
  const keep = new Set(vocabulary.keep);
  return {
    stem,
    stopwords: new Set(
      [...stopwords, ...vocabulary.extraStopwords].filter((word) => !keep.has(word)),
    ),
    boilerplate: vocabulary.boilerplate,
    synonyms: vocabulary.synonyms,
    actors: vocabulary.actors,
  };
});
