// Word lists for the benchmark generator: the register of official readouts (actors, topics,
// facilities, documents, verbs with their negations and rewordings). Invented proper names come
// from syllables in generate.mjs, so long documents keep specific words as real ones do.

/** [country, adjective]: the tokenizer folds both into one actor term, as it does in real readouts. */
export const COUNTRIES = [
  ['Russia', 'Russian'],
  ['Tajikistan', 'Tajik'],
  ['France', 'French'],
  ['China', 'Chinese'],
  ['India', 'Indian'],
  ['Japan', 'Japanese'],
  ['Turkey', 'Turkish'],
  ['Brazil', 'Brazilian'],
  ['Egypt', 'Egyptian'],
  ['Kazakhstan', 'Kazakh'],
  ['Germany', 'German'],
  ['Italy', 'Italian'],
  ['Poland', 'Polish'],
  ['Norway', 'Norwegian'],
  ['Vietnam', 'Vietnamese'],
  ['Indonesia', 'Indonesian'],
  ['Mexico', 'Mexican'],
  ['Qatar', 'Qatari'],
  ['Armenia', 'Armenian'],
  ['Serbia', 'Serbian'],
  ['Uzbekistan', 'Uzbek'],
  ['Georgia', 'Georgian'],
  ['Hungary', 'Hungarian'],
  ['Greece', 'Greek'],
  ['Sweden', 'Swedish'],
  ['Finland', 'Finnish'],
  ['Spain', 'Spanish'],
  ['Austria', 'Austrian'],
  ['Canada', 'Canadian'],
  ['Argentina', 'Argentine'],
];

/** Offices, each written two ways: with the country's adjective, or "of" the country. */
export const OFFICES = [
  ['{adj} Foreign Minister', 'Minister of Foreign Affairs of {country}'],
  ['{adj} President', 'President of {country}'],
  ['{adj} Prime Minister', 'Head of Government of {country}'],
  ['{adj} Defence Minister', 'Minister of Defence of {country}'],
  ['{adj} Special Envoy', 'Special Envoy of {country}'],
  ['{adj} Ambassador', 'Ambassador of {country}'],
  ['{adj} Trade Minister', 'Minister of Trade of {country}'],
  ['{adj} Energy Minister', 'Minister of Energy of {country}'],
];

export const TOPICS = [
  'energy',
  'transport',
  'agriculture',
  'education',
  'healthcare',
  'cybersecurity',
  'water management',
  'the digital economy',
  'tourism',
  'culture',
  'science',
  'mining',
  'pharmaceuticals',
  'textiles',
  'logistics',
  'finance',
  'customs procedures',
  'civil aviation',
  'shipbuilding',
  'telecommunications',
  'renewable energy',
  'labour migration',
  'counter-narcotics',
  'border security',
  'disaster relief',
  'space research',
  'fisheries',
  'forestry',
  'nuclear safety',
  'food security',
  'climate adaptation',
  'public health',
  'railway transit',
  'youth exchanges',
  'sports',
  'metallurgy',
  'petrochemicals',
  'irrigation',
  'vocational training',
  'archives',
  'media',
  'veterinary control',
  'geological exploration',
  'insurance',
];

export const FACILITIES = [
  'hydropower plant',
  'railway line',
  'deep-water port',
  'gas pipeline',
  'industrial park',
  'logistics hub',
  'border crossing',
  'solar farm',
  'highway',
  'bridge',
  'airport terminal',
  'university campus',
  'fertilizer plant',
  'cement factory',
  'data centre',
  'grain terminal',
  'oil refinery',
  'power line',
  'water reservoir',
  'hospital',
  'tunnel',
  'wind farm',
  'copper mine',
];

export const DOCUMENTS = [
  'agreement',
  'memorandum of understanding',
  'roadmap',
  'declaration',
  'programme',
  'action plan',
  'protocol',
  'treaty',
  'investment framework',
  'joint statement',
  'cooperation plan',
  'charter',
];

export const COMMODITIES = [
  'wheat',
  'cotton',
  'aluminium',
  'fertilizer',
  'coal',
  'natural gas',
  'sugar',
  'timber',
  'steel',
  'electricity',
  'rice',
  'diesel fuel',
];

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A verb with its rewordings and its negated form, so one pair of sentences can contradict. */
export const VERBS = {
  discussed: {
    text: 'discussed',
    alts: ['reviewed', 'examined', 'talked about'],
    negated: 'did not discuss',
  },
  agreedToHold: {
    text: 'agreed to hold',
    alts: ['decided to hold', 'resolved to convene', 'agreed to convene'],
    negated: 'did not agree to hold',
  },
  supported: {
    text: 'supported',
    alts: ['backed', 'endorsed', 'gave support to'],
    negated: 'did not support',
  },
  welcomed: {
    text: 'welcomed',
    alts: ['praised', 'commended', 'hailed'],
    negated: 'did not welcome',
  },
  signed: {
    text: 'signed',
    alts: ['concluded', 'put their signatures to', 'initialled'],
    negated: 'did not sign',
  },
  approved: {
    text: 'approved',
    alts: ['adopted', 'endorsed', 'gave approval to'],
    negated: 'refused to approve',
  },
  condemned: {
    text: 'condemned',
    alts: ['denounced', 'strongly condemned', 'deplored'],
    negated: 'refused to condemn',
  },
  calledFor: {
    text: 'called for',
    alts: ['urged', 'appealed for', 'pressed for'],
    negated: 'rejected calls for',
  },
  willSupply: {
    text: 'will supply',
    alts: ['is to supply', 'will deliver', 'will provide'],
    negated: 'will not supply',
  },
  grew: { text: 'grew', alts: ['increased', 'rose', 'expanded'], negated: 'did not grow' },
  willBeCommissioned: {
    text: 'will be commissioned',
    alts: ['is to be commissioned', 'will enter service', 'will be put into operation'],
    negated: 'will not be commissioned',
  },
  invited: {
    text: 'invited',
    alts: ['asked', 'extended an invitation to'],
    negated: 'did not invite',
  },
  offered: { text: 'offered', alts: ['proposed', 'volunteered'], negated: 'declined' },
  expressedConcern: {
    text: 'expressed concern over',
    alts: ['voiced concern about', 'expressed alarm over', 'raised concerns about'],
    negated: 'expressed no concern over',
  },
};

/** Words a rewording may add without changing what a sentence says. */
export const FILLERS = [
  'also',
  'once again',
  'further',
  'subsequently',
  'for their part',
  'moreover',
];

/** Optional qualifiers, each with rewordings; a rewording may drop them. */
export const QUALIFIERS = [
  ['in detail', 'thoroughly', 'at length'],
  ['in a constructive atmosphere', 'in a friendly atmosphere', 'in a businesslike manner'],
  ['on a mutually beneficial basis', 'on equal terms', 'to mutual benefit'],
  ['at the earliest opportunity', 'as soon as possible', 'without delay'],
  ['in the coming months', 'in the near future', 'shortly'],
  [
    'within the framework of the intergovernmental commission',
    'under the intergovernmental commission',
    'through the joint commission',
  ],
];

/** Syllables of invented place, project and person names. */
export const ONSETS = [
  'b',
  'd',
  'g',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'sh',
  'kh',
  'dr',
  'tr',
  'br',
  'ch',
  'y',
];
export const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ia'];
export const CODAS = ['', '', '', 'n', 'r', 'l', 'm', 's', 'k', 'nd', 'rt', 'sk', 'v'];
