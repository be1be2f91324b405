import type { Language } from '../types.js';
import { ACTORS } from './data/actors.js';
import { cues } from './data/cues.js';
import { segmentation } from './data/segmentation.js';
import { BOILERPLATE, EXTRA_STOPWORDS, KEEP_WORDS, SYNONYMS } from './data/vocabulary.js';
import { hooks } from './hooks.js';
import { englishStemming } from './stem.js';

/** English: the language of most readouts, and the only one with WordNet and a people finder. */
export const language: Language = {
  detection: {
    francCode: 'eng',
    functionWords: [
      'the', 'of', 'and', 'to', 'in', 'on', 'that', 'with', 'for', 'was', 'were', 'is', 'are',
      'by', 'at', 'a', 'an', 'its', 'their', 'has', 'have', 'his',
    ], // prettier-ignore
  },
  stemming: englishStemming,
  vocabulary: {
    extraStopwords: EXTRA_STOPWORDS,
    keep: KEEP_WORDS,
    boilerplate: BOILERPLATE,
    synonyms: SYNONYMS,
    actors: ACTORS,
  },
  segmentation,
  cues,
  hooks,
};
