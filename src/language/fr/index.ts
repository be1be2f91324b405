import { PLAIN_HOOKS } from '../hooks.js';
import { naturalStemming } from '../natural.js';
import type { Language } from '../types.js';
import { cues } from './data/cues.js';
import { segmentation } from './data/segmentation.js';
import { vocabulary } from './data/vocabulary.js';

/** French, stemmed by natural. */
export const language: Language = {
  detection: { francCode: 'fra' },
  stemming: naturalStemming('fr'),
  vocabulary,
  segmentation,
  cues,
  // French plurals mostly add an s ("entretiens").
  hooks: { ...PLAIN_HOOKS, nounForms: (noun) => [noun, `${noun}s`] },
};
