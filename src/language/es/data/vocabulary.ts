import { minimalVocabulary } from '../../vocabulary.js';

export const vocabulary = minimalVocabulary(['no', 'nunca', 'jamás', 'ni', 'sin', 'ningún', 'ninguno', 'ninguna', 'nada', 'debe', 'deben', 'puede', 'pueden', 'solo', 'contra']);
