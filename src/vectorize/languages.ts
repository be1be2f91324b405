import { languageOf, type LanguageCode } from '../language/index.js';

/** What the vectorize stage knows of a language: how to stem, what to ignore, what to equate. */
export interface VectorLanguage {
  stem: (word: string) => string;
  stopwords: ReadonlySet<string>;
  boilerplate: readonly string[];
  synonyms: readonly string[][];
  actors: Readonly<Record<string, readonly string[]>>;
}

const loaded = new Map<LanguageCode, VectorLanguage>();

/** The language's data, loaded on first use (its stemmer and stopword list are required then). */
export function vectorLanguage(code: LanguageCode): VectorLanguage {
  let language = loaded.get(code);
  if (!language) {
    const { stemming, vocabulary } = languageOf(code);
    const { stem, stopwords } = stemming();
    const keep = new Set(vocabulary.keep);
    language = {
      stem,
      stopwords: new Set(
        [...stopwords, ...vocabulary.extraStopwords].filter((word) => !keep.has(word)),
      ),
      boilerplate: vocabulary.boilerplate,
      synonyms: vocabulary.synonyms,
      actors: vocabulary.actors,
    };
    loaded.set(code, language);
  }
  return language;
}
