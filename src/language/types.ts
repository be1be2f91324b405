import type { MessageTemplates } from '../classify/explain.js';
import type { CueLexicon } from '../classify/words.js';
import type { LanguageData } from '../segment/language.js';
import type { LanguageHooks } from './hooks.js';
import type { LanguageWords } from './vocabulary.js';

/** How to stem a language's words, and the stopwords its stemmer's library lists. */
export interface Stemming {
  stem: (word: string) => string;
  stopwords: readonly string[];
}

/**
 * Everything communique knows of one language, each part read by one stage. A language is its
 * folder under src/language/ and one line in the registry (src/language/index.ts).
 */
export interface Language {
  /** How a document in it is recognised (load). */
  detection: {
    /** The ISO 639-3 code franc reports for it. */
    francCode: string;
    /** Words common enough that their share alone tells the language, without asking franc. */
    functionWords?: readonly string[];
  };
  /** Its stemmer and stopword list, loaded on first use (vectorize). */
  stemming: () => Stemming;
  /** Stopwords, framing words, synonyms and country names (vectorize). */
  vocabulary: LanguageWords;
  /** Abbreviations and sentence starters for the splitter (segment); null for its default rules. */
  segmentation: LanguageData | null;
  /** The words each contradiction cue looks for (classify). */
  cues: CueLexicon;
  /** The rules written into its words' shapes (tokenize, classify). */
  hooks: LanguageHooks;
  /**
   * Its own templates for the explanations of reasons, by cue and message id, in place of the
   * cues' (English) ones (classify); a message it does not give reads as the cue's.
   */
  messages?: MessageTemplates;
}
