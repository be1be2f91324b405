import { minimalVocabulary } from '../../vocabulary.js';

export const vocabulary = minimalVocabulary(['niet', 'geen', 'nooit', 'zonder', 'noch', 'niets', 'moet', 'moeten', 'kan', 'kunnen', 'alleen', 'tegen']);
