import { PLAIN_HOOKS } from '../hooks.js';
import { naturalStemming } from '../natural.js';
import type { Language } from '../types.js';
import { cues } from './data/cues.js';
import { vocabulary } from './data/vocabulary.js';

/** Portuguese, stemmed by natural. */
export const language: Language = {
  detection: { francCode: 'por' },
  stemming: naturalStemming('pt'),
  vocabulary,
  segmentation: null,
  cues,
  hooks: PLAIN_HOOKS,
};
