import type { CueLexicon } from '../lexicon.js';

const CURRENCY_SIGNS = { $: 'usd', '€': 'eur', '£': 'gbp', '¥': 'jpy', '₽': 'rub', '₹': 'inr', '%': 'percent' };
const monthsFrom = (names: string[][]): Record<string, number> =>
  Object.fromEntries(names.flatMap((forms, i) => forms.map((form) => [form, i + 1])));

/** A lexicon with what every language needs; the cues without data stay silent. */
function base(overrides: Partial<CueLexicon>): CueLexicon {
  return {
    negators: [], negatingVerbs: [], nonNegating: [], auxiliaries: [], rejectionPhrases: [], disputingVerbs: [], claimNouns: [],
    positive: [], negative: [], opposites: [], wordnet: false, antonymExclusions: [], initiativeBeforeActor: [], initiativeNouns: [],
    initiativeVerbs: [], contactVerbs: [], contactNouns: [], actorFillers: [], roleNouns: [], months: {}, numberWords: {},
    ordinalWords: {}, scales: {}, unitAliases: CURRENCY_SIGNS, rangeWords: [],
    ...overrides,
  };
}

export const ru = base({
  negators: ['не', 'нет', 'ни', 'никогда', 'без', 'нельзя'],
  negatingVerbs: ['отказался', 'отказались', 'отказывается', 'воздержаться', 'воздержались'],
  nonNegating: [['не', 'только'], ['не', 'менее']],
  rejectionPhrases: [
    'несовместим', 'несовместима', 'несовместимы', 'несовместимо', 'не соответствует', 'не соответствуют', 'не отвечает',
    'противоречит', 'противоречат', 'безосновательны', 'безосновательные', 'голословные', 'голословны', 'необоснованные',
    'не отражает', 'не отражают', 'дезинформация', 'ложные', 'искажение', 'искажают', 'не имеет ничего общего',
  ],
  disputingVerbs: ['отвергает', 'отвергла', 'отверг', 'отвергли', 'отрицает', 'отрицают', 'опроверг', 'опровергает', 'отклонил'],
  claimNouns: ['утверждения', 'утверждение', 'обвинения', 'обвинение', 'заявления', 'заявление', 'тезис', 'версию', 'что', 'домыслы', 'инсинуации'],
  positive: ['конструктивный', 'конструктивной', 'конструктивном', 'продуктивный', 'плодотворный', 'дружественный', 'доверительный', 'позитивный', 'позитивной', 'позитивную', 'стабильный', 'стабильной', 'успешный', 'нормализуется', 'нормализация'],
  negative: ['трудный', 'трудное', 'трудном', 'тяжелое', 'тяжелом', 'сложное', 'сложном', 'напряженный', 'негативный', 'негативное', 'негативного', 'жесткие', 'жестких', 'враждебный', 'неприемлемый', 'дискриминационные', 'ухудшается', 'ухудшение'],
  opposites: [['временный', 'постоянный'], ['временные', 'постоянные'], ['временными', 'постоянными'], ['законный', 'незаконный'], ['увеличение', 'сокращение'], ['рост', 'снижение'], ['согласие', 'разногласия']],
  initiativeBeforeActor: ['по просьбе', 'по инициативе', 'по предложению', 'по приглашению'],
  initiativeVerbs: ['попросил', 'попросила', 'инициировал', 'инициировала', 'запросил'],
  contactVerbs: ['позвонил', 'позвонила'],
  contactNouns: ['разговор', 'звонок', 'встречу', 'беседу', 'переговоры', 'контакт'],
  actorFillers: ['стороны', 'сторона', 'руководства', 'президента', 'министра', 'главы', 'правительства', 'властей', 'делегации', 'мид'],
  roleNouns: ['стороны', 'сторона'],
  months: monthsFrom([
    ['января', 'январь'], ['февраля', 'февраль'], ['марта', 'март'], ['апреля', 'апрель'], ['мая', 'май'], ['июня', 'июнь'],
    ['июля', 'июль'], ['августа', 'август'], ['сентября', 'сентябрь'], ['октября', 'октябрь'], ['ноября', 'ноябрь'], ['декабря', 'декабрь'],
  ]),
  scales: { тыс: 1e3, тысяч: 1e3, тысячи: 1e3, млн: 1e6, миллиона: 1e6, миллионов: 1e6, млрд: 1e9, миллиарда: 1e9, миллиардов: 1e9 },
  unitAliases: { ...CURRENCY_SIGNS, долларов: 'usd', доллара: 'usd', рублей: 'rub', евро: 'eur', тонн: 'ton', процентов: 'percent', процента: 'percent' },
  rangeWords: ['и', 'по', 'до', 'или'],
});

export const fr = base({
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

/** Languages with a stemmer but only the core of the cue data: negation, months, a few rejections. */
export const other = {
  uk: base({
    negators: ['не', 'ні', 'немає', 'ніколи', 'без'],
    rejectionPhrases: ['несумісні', 'несумісна', 'не відповідає', 'суперечить', 'безпідставні', 'дезінформація'],
    initiativeBeforeActor: ['на прохання', 'з ініціативи', 'на запрошення'],
    actorFillers: ['сторони', 'сторона'],
    months: monthsFrom([['січня'], ['лютого'], ['березня'], ['квітня'], ['травня'], ['червня'], ['липня'], ['серпня'], ['вересня'], ['жовтня'], ['листопада'], ['грудня']]),
    rangeWords: ['і', 'та', 'до'],
  }),
  de: base({
    negators: ['nicht', 'kein', 'keine', 'keinen', 'keiner', 'nie', 'niemals', 'ohne', 'weder'],
    rejectionPhrases: ['unvereinbar mit', 'entspricht nicht', 'widerspricht', 'haltlos', 'unbegründet', 'desinformation'],
    disputingVerbs: ['weist', 'zurückgewiesen', 'bestreitet', 'dementiert'],
    initiativeBeforeActor: ['auf wunsch', 'auf initiative', 'auf einladung', 'auf bitten'],
    months: monthsFrom([['januar'], ['februar'], ['märz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['dezember']]),
    rangeWords: ['und', 'bis', 'oder'],
  }),
  es: base({
    negators: ['no', 'nunca', 'jamás', 'ni', 'sin', 'ningún', 'ninguno', 'ninguna'],
    rejectionPhrases: ['incompatible con', 'no corresponde', 'contrario a', 'contradice', 'infundadas', 'infundado', 'sin fundamento', 'desinformación'],
    disputingVerbs: ['rechaza', 'rechazó', 'niega', 'negó', 'desmiente'],
    initiativeBeforeActor: ['a petición de', 'a solicitud de', 'a iniciativa de', 'por iniciativa de', 'a invitación de'],
    months: monthsFrom([['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre']]),
    rangeWords: ['y', 'al', 'a', 'o'],
  }),
  it: base({
    negators: ['non', 'mai', 'né', 'senza', 'nessun', 'nessuno', 'nessuna'],
    rejectionPhrases: ['incompatibile con', 'non corrisponde', 'contrario a', 'contraddice', 'infondate', 'infondato', 'disinformazione'],
    disputingVerbs: ['respinge', 'respinto', 'nega', 'smentisce'],
    initiativeBeforeActor: ['su richiesta di', 'su iniziativa di', 'su invito di'],
    months: monthsFrom([['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre'], ['ottobre'], ['novembre'], ['dicembre']]),
    rangeWords: ['e', 'al', 'a', 'o'],
  }),
  pt: base({
    negators: ['não', 'nunca', 'nem', 'sem', 'nenhum', 'nenhuma'],
    rejectionPhrases: ['incompatível com', 'não corresponde', 'contrário a', 'contradiz', 'infundadas', 'infundado', 'desinformação'],
    disputingVerbs: ['rejeita', 'rejeitou', 'nega', 'negou', 'desmente'],
    initiativeBeforeActor: ['a pedido de', 'por iniciativa de', 'a convite de'],
    months: monthsFrom([['janeiro'], ['fevereiro'], ['março'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro'], ['outubro'], ['novembro'], ['dezembro']]),
    rangeWords: ['e', 'a', 'ou'],
  }),
  nl: base({
    negators: ['niet', 'geen', 'nooit', 'zonder', 'noch'],
    rejectionPhrases: ['onverenigbaar met', 'komt niet overeen', 'in strijd met', 'ongegrond', 'ongegronde', 'desinformatie'],
    disputingVerbs: ['verwerpt', 'verworpen', 'ontkent', 'ontkende'],
    initiativeBeforeActor: ['op verzoek van', 'op initiatief van', 'op uitnodiging van'],
    months: monthsFrom([['januari'], ['februari'], ['maart'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december']]),
    rangeWords: ['en', 'tot', 'of'],
  }),
};
