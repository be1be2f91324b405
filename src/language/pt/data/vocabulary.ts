import { minimalVocabulary } from '../../vocabulary.js';

export const vocabulary = minimalVocabulary(['não', 'nunca', 'nem', 'sem', 'nenhum', 'nenhuma', 'nada', 'deve', 'devem', 'pode', 'podem', 'só', 'contra']);
