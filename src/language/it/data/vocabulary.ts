import { minimalVocabulary } from '../../vocabulary.js';

export const vocabulary = minimalVocabulary(['non', 'mai', 'né', 'senza', 'nessun', 'nessuno', 'nessuna', 'niente', 'deve', 'devono', 'può', 'possono', 'solo', 'contro']);
