import { minimalVocabulary } from '../../vocabulary.js';

export const vocabulary = minimalVocabulary(
  ['nicht', 'kein', 'keine', 'keinen', 'keiner', 'nie', 'niemals', 'ohne', 'weder', 'noch', 'muss', 'müssen', 'soll', 'sollen', 'kann', 'können', 'nur', 'gegen'],
  // natural has no German stopword list: the common function words.
  ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'und', 'oder', 'aber', 'auch', 'als', 'am', 'an', 'auf', 'aus', 'bei', 'bis', 'durch', 'für', 'im', 'in', 'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde', 'wurden', 'hat', 'haben', 'hatte', 'mit', 'nach', 'sich', 'sie', 'er', 'es', 'wir', 'über', 'um', 'unter', 'von', 'vor', 'zu', 'zum', 'zur', 'dass', 'daß', 'so', 'wie', 'beim', 'seine', 'ihre', 'sein', 'ihr', 'dieser', 'diese', 'dieses'],
);
