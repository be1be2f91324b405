/**
 * Word lists for the languages other than English that natural can stem. Each keeps negations and
 * modal words out of the stopwords (they carry a claim's polarity) and names the framing words of
 * the diplomatic register, the synonyms it uses interchangeably, and country names.
 */
export interface LanguageWords {
  /** Stopwords to add to natural's list for the language (or the whole list where natural has none). */
  extraStopwords: string[];
  /** Words natural's list drops that must stay terms. */
  keep: string[];
  boilerplate: string[];
  synonyms: string[][];
  /** Country → its name, adjective, capital in this language (any inflected form stems alike). */
  actors: Record<string, string[]>;
}

export const ru: LanguageWords = {
  extraStopwords: ['это', 'этот', 'эта', 'эти', 'который', 'которая', 'которые', 'которого', 'которой', 'также', 'в', 'ходе', 'с', 'со', 'к', 'ко', 'от', 'по', 'для', 'при', 'об', 'о'],
  keep: ['не', 'нет', 'ни', 'без', 'никогда', 'нельзя', 'должен', 'должна', 'должны', 'может', 'могут', 'будет', 'будут', 'только', 'против'],
  boilerplate: [
    'стороны', 'сторона', 'министр', 'министры', 'министров', 'обсудили', 'обсуждение', 'обменялись', 'мнениями', 'вопросы',
    'вопросам', 'вопрос', 'подчеркнул', 'подчеркнуто', 'подчеркнута', 'отметил', 'отмечено', 'отмечена', 'заявил', 'выразил',
    'подтвердили', 'подтвердил', 'согласились', 'договорились', 'разговор', 'разговора', 'телефонный', 'беседа', 'беседы', 'встреча',
    'встречи', 'состоялся', 'состоялась', 'провел', 'провели', 'двух', 'двусторонних', 'двустороннего', 'актуальным', 'важность',
    'контакты', 'контактов', 'контакт', 'тесный', 'поддерживать', 'ситуация', 'ситуации', 'глава', 'президент', 'председатель',
  ],
  synonyms: [
    ['отношения', 'отношений', 'отношениях', 'взаимодействие', 'взаимодействия', 'связи'],
    ['граждане', 'граждан', 'гражданам', 'гражданами', 'мигранты', 'мигрантов'],
    ['меры', 'мер', 'мерах', 'шаги'],
    ['союз', 'союзничество', 'союзничества', 'союзнические', 'союзнических'],
    ['партнерство', 'партнерства', 'партнёрство', 'партнёрства'],
    ['терроризм', 'терроризма', 'террористических', 'террористической', 'теракт', 'теракта'],
    ['нормализуется', 'нормализация', 'нормализации', 'нормальное'],
    ['договор', 'договора', 'соглашение', 'соглашения'],
  ],
  actors: {
    russia: ['россия', 'россии', 'российская', 'российской', 'российские', 'москва', 'москвы', 'кремль', 'рф'],
    tajikistan: ['таджикистан', 'таджикистана', 'таджикская', 'таджикской', 'таджикские', 'душанбе'],
    'united states': ['сша', 'америка', 'американская', 'американской', 'вашингтон', 'вашингтона'],
    china: ['китай', 'китая', 'кнр', 'китайская', 'китайской', 'пекин', 'пекина'],
    france: ['франция', 'франции', 'французская', 'французской', 'париж', 'парижа'],
    ukraine: ['украина', 'украины', 'украинская', 'украинской', 'киев', 'киева'],
    kazakhstan: ['казахстан', 'казахстана', 'казахстанская', 'казахстанской', 'астана', 'астаны'],
    uzbekistan: ['узбекистан', 'узбекистана', 'узбекская', 'узбекской', 'ташкент', 'ташкента'],
    kyrgyzstan: ['киргизия', 'киргизии', 'кыргызстан', 'кыргызстана', 'киргизская', 'киргизской', 'бишкек'],
    armenia: ['армения', 'армении', 'армянская', 'армянской', 'ереван', 'еревана'],
    azerbaijan: ['азербайджан', 'азербайджана', 'азербайджанская', 'азербайджанской', 'баку'],
    belarus: ['белоруссия', 'белоруссии', 'беларусь', 'белорусская', 'белорусской', 'минск', 'минска'],
    turkey: ['турция', 'турции', 'турецкая', 'турецкой', 'анкара', 'анкары'],
    germany: ['германия', 'германии', 'германская', 'немецкая', 'немецкой', 'берлин', 'берлина'],
    india: ['индия', 'индии', 'индийская', 'индийской', 'дели'],
    iran: ['иран', 'ирана', 'иранская', 'иранской', 'тегеран', 'тегерана'],
    'united kingdom': ['великобритания', 'великобритании', 'британская', 'британской', 'лондон', 'лондона'],
  },
};

export const uk: LanguageWords = {
  extraStopwords: ['це', 'який', 'яка', 'які', 'також', 'в', 'у', 'з', 'із', 'до', 'від', 'по', 'для', 'при', 'про'],
  keep: ['не', 'ні', 'немає', 'без', 'ніколи', 'повинен', 'повинні', 'може', 'можуть', 'буде', 'будуть', 'лише', 'проти'],
  boilerplate: ['сторони', 'міністр', 'міністри', 'обговорили', 'обмінялися', 'думками', 'питання', 'наголосив', 'зазначив', 'розмова', 'зустріч', 'відбулася', 'відбулася'],
  synonyms: [['відносини', 'відносин', 'взаємодія', 'взаємодії']],
  actors: {
    ukraine: ['україна', 'україни', 'українська', 'української', 'київ', 'києва'],
    russia: ['росія', 'росії', 'російська', 'російської', 'москва', 'москви'],
    'united states': ['сша', 'американська', 'американської', 'вашингтон'],
    poland: ['польща', 'польщі', 'польська', 'польської', 'варшава'],
  },
};

export const fr: LanguageWords = {
  extraStopwords: ['été', 'cette', 'ces', 'lors', 'ainsi', 'dont', 'leur', 'leurs', 'entre', 'sur', 'dans', 'par', 'pour', 'avec', 'chez'],
  keep: ['ne', 'pas', 'non', 'jamais', 'aucun', 'aucune', 'sans', 'ni', 'rien', 'doit', 'doivent', 'peut', 'peuvent', 'devrait', 'seulement', 'contre'],
  boilerplate: [
    'parties', 'partie', 'ministre', 'ministres', 'président', 'présidents', 'discuté', 'évoqué', 'échangé', 'vues', 'questions',
    'question', 'souligné', 'rappelé', 'noté', 'exprimé', 'réaffirmé', 'convenu', 'entretien', 'entretiens', 'rencontre',
    'échange', 'téléphonique', 'deux', 'pays', 'côté', 'contact', 'contacts', 'étroit', 'rester', 'situation',
  ],
  synonyms: [
    ['relations', 'relation', 'liens', 'coopération'],
    ['centrale', 'site', 'installation'],
    ['sûreté', 'sécurité'],
    ['retrait', 'retirer', 'retire'],
    ['armes', 'armement', 'équipements'],
  ],
  actors: {
    france: ['français', 'française', 'paris', 'élysée', 'elysée'],
    russia: ['russie', 'russe', 'moscou', 'kremlin'],
    ukraine: ['ukrainien', 'ukrainienne', 'kiev', 'kyiv'],
    'united states': ['états-unis', 'etats-unis', 'américain', 'américaine', 'washington'],
    china: ['chine', 'chinois', 'chinoise', 'pékin'],
    germany: ['allemagne', 'allemand', 'allemande', 'berlin'],
    algeria: ['algérie', 'algérien', 'algérienne', 'alger'],
    morocco: ['maroc', 'marocain', 'marocaine', 'rabat'],
    tunisia: ['tunisie', 'tunisien', 'tunisienne', 'tunis'],
    senegal: ['sénégal', 'sénégalais', 'sénégalaise', 'dakar'],
    mali: ['malien', 'malienne', 'bamako'],
    niger: ['nigérien', 'nigérienne', 'niamey'],
    belgium: ['belgique', 'belge', 'bruxelles'],
    congo: ['rdc', 'congolais', 'congolaise', 'kinshasa'],
    canada: ['canadien', 'canadienne', 'ottawa'],
    'united kingdom': ['royaume-uni', 'britannique', 'londres'],
    italy: ['italie', 'italien', 'italienne', 'rome'],
    spain: ['espagne', 'espagnol', 'espagnole', 'madrid'],
    iran: ['iranien', 'iranienne', 'téhéran'],
  },
};

const minimal = (keep: string[], extraStopwords: string[] = []): LanguageWords => ({ extraStopwords, keep, boilerplate: [], synonyms: [], actors: {} });

export const de = minimal(
  ['nicht', 'kein', 'keine', 'keinen', 'keiner', 'nie', 'niemals', 'ohne', 'weder', 'noch', 'muss', 'müssen', 'soll', 'sollen', 'kann', 'können', 'nur', 'gegen'],
  // natural has no German stopword list: the common function words.
  ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'und', 'oder', 'aber', 'auch', 'als', 'am', 'an', 'auf', 'aus', 'bei', 'bis', 'durch', 'für', 'im', 'in', 'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde', 'wurden', 'hat', 'haben', 'hatte', 'mit', 'nach', 'sich', 'sie', 'er', 'es', 'wir', 'über', 'um', 'unter', 'von', 'vor', 'zu', 'zum', 'zur', 'dass', 'daß', 'so', 'wie', 'beim', 'seine', 'ihre', 'sein', 'ihr', 'dieser', 'diese', 'dieses'],
);
export const es = minimal(['no', 'nunca', 'jamás', 'ni', 'sin', 'ningún', 'ninguno', 'ninguna', 'nada', 'debe', 'deben', 'puede', 'pueden', 'solo', 'contra']);
export const it = minimal(['non', 'mai', 'né', 'senza', 'nessun', 'nessuno', 'nessuna', 'niente', 'deve', 'devono', 'può', 'possono', 'solo', 'contro']);
export const pt = minimal(['não', 'nunca', 'nem', 'sem', 'nenhum', 'nenhuma', 'nada', 'deve', 'devem', 'pode', 'podem', 'só', 'contra']);
export const nl = minimal(['niet', 'geen', 'nooit', 'zonder', 'noch', 'niets', 'moet', 'moeten', 'kan', 'kunnen', 'alleen', 'tegen']);
