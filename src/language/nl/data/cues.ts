import { cueLexicon, monthsFrom } from '../../cue-data.js';

export const cues = cueLexicon({
  negators: ['niet', 'geen', 'nooit', 'zonder', 'noch'],
  rejectionPhrases: ['onverenigbaar met', 'komt niet overeen', 'in strijd met', 'ongegrond', 'ongegronde', 'desinformatie'],
  disputingVerbs: ['verwerpt', 'verworpen', 'ontkent', 'ontkende'],
  initiativeBeforeActor: ['op verzoek van', 'op initiatief van', 'op uitnodiging van'],
  months: monthsFrom([['januari'], ['februari'], ['maart'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december']]),
  rangeWords: ['en', 'tot', 'of'],
});
