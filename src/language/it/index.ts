import { PLAIN_HOOKS } from '../hooks.js';
import { naturalStemming } from '../natural.js';
import type { Language } from '../types.js';
import { cues } from './data/cues.js';
import { vocabulary } from './data/vocabulary.js';

/** Italian, stemmed by natural. */
export const language: Language = {
  detection: { francCode: 'ita' },
  stemming: naturalStemming('it'),
  vocabulary,
  segmentation: null,
  cues,
  hooks: PLAIN_HOOKS,
};
