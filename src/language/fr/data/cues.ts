import { CURRENCY_SIGNS, cueLexicon, monthsFrom } from '../../cue-data.js';

export const cues = cueLexicon({
  negators: ['ne', 'n', 'pas', 'non', 'jamais', 'aucun', 'aucune', 'sans', 'ni', 'rien'],
  negatingVerbs: ['refusé', 'refuse', 'refusent'],
  nonNegating: [['non', 'seulement'], ['ne', 'que'], ['n', 'que']],
  rejectionPhrases: [
    'incompatible avec', 'incompatibles avec', 'ne correspond pas', 'ne correspondent pas', 'contraire à', 'contredit',
    'infondé', 'infondée', 'infondées', 'infondés', 'sans fondement', 'dénué de fondement', 'désinformation', 'mensonger', 'mensongères',
  ],
  disputingVerbs: ['rejette', 'rejeté', 'rejetée', 'rejeter', 'dément', 'démenti', 'nie', 'conteste', 'réfute'],
  claimNouns: ['affirmation', 'affirmations', 'allégation', 'allégations', 'accusation', 'accusations', 'déclaration', 'déclarations', 'thèse', 'version', 'que'],
  positive: ['constructif', 'constructive', 'productif', 'productive', 'fructueux', 'fructueuse', 'amical', 'cordial', 'cordiale', 'positif', 'positive', 'stable'],
  negative: ['difficile', 'tendu', 'tendue', 'négatif', 'négative', 'hostile', 'inacceptable', 'préoccupante', 'dangereuse', 'dangereux', 'grave'],
  opposites: [['temporaire', 'permanent'], ['temporaires', 'permanentes'], ['accepté', 'rejeté'], ['légal', 'illégal'], ['légitime', 'illégitime'], ['retrait', 'maintien']],
  // "de" contracts with the article that follows: "à l'initiative du président", "des autorités".
  initiativeBeforeActor: ['de', 'du', 'des'].flatMap((de) => [`à la demande ${de}`, `à l'initiative ${de}`, `sur l'initiative ${de}`, `à l'invitation ${de}`, `sur la demande ${de}`]),
  initiativeVerbs: ['a demandé', 'a sollicité', 'a proposé'],
  contactVerbs: ['a appelé', 'a téléphoné'],
  contactNouns: ['entretien', 'appel', 'conversation', 'réunion', 'rencontre', 'échange'],
  actorFillers: ['la', 'le', 'les', 'l', 'partie', 'président', 'présidente', 'ministre', 'du', 'de', 'des', 'côté', 'gouvernement', 'autorités', 'dirigeant'],
  roleNouns: ['partie', 'côté', 'président', 'gouvernement', 'autorités'],
  months: monthsFrom([['janvier'], ['février'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août'], ['septembre'], ['octobre'], ['novembre'], ['décembre']]),
  numberWords: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, douze: 12, quinze: 15, vingt: 20, trente: 30, cent: 100 },
  ordinalWords: { premier: 1, première: 1, deuxième: 2, second: 2, troisième: 3, quatrième: 4, cinquième: 5, dixième: 10 },
  scales: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
  unitAliases: { ...CURRENCY_SIGNS, euros: 'eur', euro: 'eur', dollars: 'usd', tonnes: 'ton', pourcent: 'percent' },
  rangeWords: ['et', 'au', 'à', 'ou'],
});

