import { PLAIN_HOOKS } from '../hooks.js';
import { naturalStemming } from '../natural.js';
import type { Language } from '../types.js';
import { cues } from './data/cues.js';
import { segmentation } from './data/segmentation.js';
import { vocabulary } from './data/vocabulary.js';

/** Russian, stemmed by natural. */
export const language: Language = {
  detection: { francCode: 'rus' },
  stemming: naturalStemming('ru'),
  vocabulary,
  segmentation,
  cues,
  hooks: PLAIN_HOOKS,
};
