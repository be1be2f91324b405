import { PLAIN_HOOKS } from '../hooks.js';
import { naturalStemming } from '../natural.js';
import type { Language } from '../types.js';
import { cues } from './data/cues.js';
import { vocabulary } from './data/vocabulary.js';

/** Dutch, stemmed by natural. */
export const language: Language = {
  detection: { francCode: 'nld' },
  stemming: naturalStemming('nl'),
  vocabulary,
  segmentation: null,
  cues,
  hooks: PLAIN_HOOKS,
};
