import type { LanguageData } from '../../../segment/language.js';

/** French, as written in official statements (Élysée, Quai d'Orsay) and news copy. */
export const segmentation: LanguageData = {
  titles: ['M.', 'MM.', 'Mme.', 'Mmes.', 'Mlle.', 'Me.', 'Dr.', 'Pr.', 'Gén.', 'Col.', 'Cdt.', 'S.E.', 'S.M.', 'St.', 'Ste.'],
  neverEnd: ['c.-à-d.', 'cf.', 'p.ex.', 'env.', 'vs.'],
  beforeNumber: ['art.', 'n°.', 'no.', 'pp.', 'vol.', 'chap.', 'al.', 'fig.'],
  months: ['janv.', 'févr.', 'avr.', 'juil.', 'sept.', 'oct.', 'nov.', 'déc.'],
  mayEnd: ['etc.', 'av.', 'apr.', 'J.-C.', 'UE.', 'É.-U.'],
  sentenceStarters: [
    'Le', 'La', 'Les', 'Un', 'Une', 'Il', 'Elle', 'Ils', 'Elles', 'Nous', 'Ce', 'Cette', 'Ces', 'Dans', 'En', 'Au', 'Aux', 'Par',
    'Pour', 'Sur', 'Avec', 'Lors', 'Après', 'Avant', 'Depuis', 'Cependant', 'Toutefois', 'Ainsi', 'Enfin', 'Les', 'Des', 'Du',
  ],
  alwaysCapitalised: [],
  prepositions: ['à', 'au', 'aux', 'de', 'du', 'des', 'en', 'dans', 'par', 'pour', 'sur', 'sous', 'avec', 'sans', 'entre', 'vers', 'chez', 'contre', 'depuis', 'pendant', 'après', 'avant', 'lors'],
  functionWords: ['le', 'la', 'les', 'l', 'un', 'une', 'et', 'ou', 'mais', 'que', 'qui', 'dont', 'ne', 'pas', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'ces', 'est', 'sont', 'a', 'ont'],
};
