import type { CueLexicon } from '../../../classify/words.js';
import type { Hedge } from '../../../classify/quantities.js';
import { IRREGULAR_VERBS } from './vocabulary.js';
import { KNOWN_PEOPLE } from './people.js';
import { REGIONS } from './regions.js';

/** Words that negate what follows them. */
const NEGATORS = ['not', 'no', 'never', 'neither', 'nor', 'none', 'nothing', 'without', 'cannot', 'nobody', 'nowhere'];

/** Verbs that negate their complement ("refused to sign" denies "signed"). */
// "refrain from unilateral steps" or "avoid any statement" is to take or make none. Not oppose or
// reject: one "opposes terrorism" as another "condemns" it.
// "blocked the adoption", "vetoed the extension" and "boycotted the round" say it did not happen,
// or they took no part in it, as "withheld support" says they gave none.
const NEGATING_VERBS = [
  'fail', 'refuse', 'decline', 'deny', 'exclude', 'refrain', 'abstain', 'avoid',
  'block', 'veto', 'boycott', 'boycotted', 'withhold', 'withheld', 'forgo', 'forwent',
];
/** Verbs that set a party against their object without denying it took place ("rejected a ceasefire"). */
const OPPOSING_VERBS = ['reject', 'oppose', 'dismiss', 'resist'];
/** Negating verbs that stop what others do: after "to" they name a goal ("agreed to block smuggling"). */
const STOPPING_VERBS = ['block', 'veto'];
/** Verbs with a particle that negate their object ("ruled out a ceasefire", "turned down the offer"). */
const NEGATING_PHRASES = [['rule', 'out'], ['turn', 'down'], ['stay', 'away'], ['opt', 'out']];

/** Negators that do not negate the claim ("not only … but also", "no doubt"). */
const NON_NEGATING = [['not', 'only'], ['no', 'doubt'], ['not', 'least'], ['no', 'less'], ['no', 'later'], ['no', 'earlier'], ['no', 'more'], ['no', 'fewer'], ['nothing', 'but']];

/**
 * Phrases by which a statement disputes a claim. Written as word sequences over normalised
 * lower-case words; '*' matches any one word.
 */
const REJECTION_PHRASES = [
  'incompatible with', 'inconsistent with', 'at odds with', 'contradicts', 'contradict',
  'not correspond', "doesn't correspond", "don't correspond", 'not reflect', "doesn't reflect", 'not true', 'not the case',
  'no basis', 'groundless', 'baseless', 'unfounded', 'untrue', 'false', 'falsely', 'distorted', 'distortion',
  'misrepresent', 'misrepresents', 'misrepresented', 'fabricated', 'fabrication', 'disinformation', 'misleading', 'erroneous',
  // Denying legitimacy: "the so-called arbitral award", "does not recognise the court".
  'so-called', 'not recognise', 'nor recognise', 'never recognise',
];

/**
 * Verbs that dispute a claim only when a claim is their object ("rejected the claim that…",
 * "denied that…"); "rejected any use of force" rejects an act, not what the other side says.
 */
const DISPUTING_VERBS = [
  'reject', 'rejects', 'rejected', 'rejecting', 'deny', 'denies', 'denied', 'denying', 'refute', 'refutes', 'refuted',
  'dismiss', 'dismisses', 'dismissed', 'dispute', 'disputes', 'disputed', 'disagree', 'disagrees', 'disagreed', 'contest', 'contests', 'contested',
];
const CLAIM_NOUNS = [
  'claim', 'claims', 'accusation', 'accusations', 'allegation', 'allegations', 'assertion', 'assertions', 'statement', 'statements',
  'thesis', 'notion', 'suggestion', 'suggestions', 'narrative', 'insinuation', 'insinuations', 'speculation',
  'charge', 'charges', 'version', 'interpretation', 'characterization', 'characterisation', 'that', 'assessment', 'idea',
];

/** Evaluative words diplomats use to characterise talks or a situation, by polarity. */
const POSITIVE_CHARACTERISATIONS = [
  'constructive', 'productive', 'fruitful', 'positive', 'friendly', 'cordial', 'warm', 'successful', 'good', 'excellent',
  'substantive', 'businesslike', 'amicable', 'trusting', 'improving', 'normalizing', 'normalising', 'stabilizing', 'stabilising',
  'calm', 'stable', 'progress', 'breakthrough', 'encouraging', 'mutually beneficial', 'respectful',
];
const NEGATIVE_CHARACTERISATIONS = [
  'difficult', 'tense', 'tough', 'harsh', 'negative', 'unproductive', 'fruitless', 'strained', 'hostile', 'unfriendly',
  'frosty', 'cold', 'deteriorating', 'worsening', 'escalating', 'confrontational', 'acrimonious', 'disappointing',
  'unacceptable', 'alarming', 'stalled', 'deadlock', 'impasse', 'grave', 'discriminatory', 'disrupted', 'damaged',
  'undermined', 'setback', 'unstable', 'volatile',
];

/**
 * Words that WordNet lists as antonyms but that mostly serve as connectives or narrative order
 * ("following the meeting", "preceded by"), so their opposition says nothing about the claim.
 */
const ANTONYM_EXCLUSIONS = [
  'following', 'follow', 'followed', 'precede', 'preceded', 'preceding', 'first', 'last', 'next', 'previous', 'early', 'late', 'later',
  'begin', 'began', 'end', 'ended', 'start', 'finish', 'give', 'take', 'come', 'go', 'send', 'receive', 'ask', 'answer', 'question',
  'internal', 'external', 'domestic', 'foreign', 'national', 'international', 'public', 'private', 'local', 'general', 'particular',
  'specific', 'major', 'minor', 'high', 'low', 'old', 'new', 'young', 'long', 'short', 'large', 'small', 'many', 'few', 'more', 'less',
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'left', 'right', 'front', 'back', 'up', 'down',
  'head', 'tail', 'man', 'woman', 'male', 'female', 'day', 'night', 'inside', 'outside', 'include', 'including', 'exclude',
  'side', 'sides', 'party', 'whole', 'part', 'full', 'empty', 'same', 'different', 'other', 'present', 'absent', 'active', 'passive',
  // A call for peace and a word on the war are about one conflict ("a just peace" / "an end to the conflict").
  'peace', 'war', 'conflict',
];

/** Phrases that introduce who asked for a call or meeting; the actor follows (or, for "at X's", precedes). */
const INITIATIVE_BEFORE_ACTOR = [
  'at the request of', 'at the initiative of', 'on the initiative of', 'at the invitation of', 'initiated by',
  'requested by', 'at the behest of', 'at the suggestion of', 'upon the request of', 'upon the initiative of',
  'at the proposal of', 'on the proposal of',
];
/** Nouns that follow a possessive actor ("Moscow's request"). */
const INITIATIVE_NOUNS = ['request', 'initiative', 'invitation', 'behest', 'suggestion', 'proposal'];
/** Verbs whose subject asked for the contact, when the contact itself follows ("Paris requested the call"). */
const INITIATIVE_VERBS = ['requested', 'initiated', 'proposed', 'sought', 'asked for'];
/** Verbs whose subject made the call when a call noun follows ("made a phone call to", "placed a call"). */
const CALL_VERBS = ['made', 'placed'];
/** Phrases that name who made the call, just after the noun ("the call was made by", "a call placed by"). */
const CONTACT_BEFORE_ACTOR = ['made by', 'placed by', 'came from', 'from'];
const CALL_NOUNS = ['call', 'phone', 'telephone', 'conversation', 'contact'];
/**
 * Verbs whose subject made the call when the other party is their object ("Putin called Macron").
 * Not "invited": an invitation is mostly to the next visit, not to the talks reported.
 */
const CALLING_VERBS = ['called', 'phoned', 'telephoned', 'rang'];
/** Verbs whose subject made the contact whatever follows ("the Indian side reached out"). */
const CONTACT_VERBS = ['reached out', 'telephoned', 'phoned', 'rang', 'dialled', 'dialed'];
/**
 * The register's frame (align/substance.ts): verbs that report that the parties met or spoke (with
 * the contact nouns, "talks", they report the contact itself), and words that report what one party
 * did towards the other, not about what. Two sentences that share
 * only these and the principals' names make two claims ("thanked Fiala for the ammunition
 * initiative" / "thanked Fiala for his support of the accession talks").
 */
const REGISTER_FRAME = {
  contact: ['met', 'meet', 'talked', 'spoke', 'speak', 'called', 'phoned', 'telephoned', 'received', 'welcomed', 'hosted'],
  acts: [
    'thanked', 'thank', 'exchanged', 'briefed', 'informed', 'told', 'invited', 'invite', 'raised', 'discussed', 'congratulated',
    'conveyed', 'greeted', 'governments', 'government', 'side',
  ],
};
const CONTACT_NOUNS = ['call', 'conversation', 'meeting', 'talks', 'contact', 'phone', 'telephone', 'consultations', 'visit', 'atmosphere', 'dialogue', 'exchange', 'discussion', 'discussions'];


/** Words between an initiative phrase and the actor that do not name the actor. */
const ACTOR_FILLERS = [
  'the', 'side', 'party', 'parties', 'government', 'leadership', 'president', 'minister', 'foreign', 'prime', 'counterpart', 'delegation',
  'authorities', 'of', 'his', 'her', 'its', 'their', 'premier', 'chancellor', 'secretary', 'mr', 'mrs', 'ms', 'dr', 'excellency',
];

/** Titles and offices between a country and a person's name: "Russian Foreign Minister Sergey Lavrov". */
/** Words a person's title or office is made of, between a country and a name ("Minister of Foreign Affairs of"). */
const TITLE_WORDS = [
  'vice', 'prime', 'foreign', 'affairs', 'external', 'defence', 'defense', 'state', 'deputy', 'crown', 'special', 'federal', 'ministry',
  'republic', 'federation', 'council', 'government', 'national', 'security', 'the', 'of', 'his', 'her', 'military', 'operations', 'staff',
  'armed', 'forces', 'army', 'navy', 'intelligence', 'office', 'department', 'agency', 'commission', 'committee', 'parliament', 'assembly',
  'senate', 'congress', 'embassy', 'mission', 'cabinet', 'excellency', 'majesty', 'highness',
  // The words of states' formal names: "Hossein Amir-Abdollahian of the Islamic Republic of Iran".
  'islamic', 'democratic', 'socialist', 'bolivarian', 'federative', 'plurinational', 'hashemite',
];

/** The words of a title that make it a person's ("Minister", not "Ministry"): only they may stand right before a name. */
const PERSON_ROLES = [
  'president', 'minister', 'premier', 'chancellor', 'secretary', 'general', 'director', 'chairman', 'chairwoman', 'chair', 'head', 'king',
  'queen', 'emir', 'prince', 'sheikh', 'sultan', 'ambassador', 'envoy', 'representative', 'spokesperson', 'spokesman', 'spokeswoman',
  'counterpart', 'colleague', 'leader', 'adviser', 'advisor', 'chief', 'commander', 'speaker', 'undersecretary', 'mr', 'mrs', 'ms', 'dr',
  'gen', 'maj', 'lt', 'col', 'adm', 'admiral', 'colonel', 'lieutenant', 'marshal', 'major',
];

/** Titles written short with a full stop that ends no sentence ("Mr. Putin"). */
const ABBREVIATED_TITLES = ['mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'adm', 'prof'];

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mln: 1e6, bn: 1e9 };

/** Units written in different ways, so that "tonnes" and "tons", "$" and "dollars" compare. */
const UNIT_ALIASES: Record<string, string> = {
  tonne: 'ton', tonnes: 'ton', tons: 'ton', ton: 'ton', metric: 'ton',
  // Each currency its own unit: "£478 million" and "541 million euros" may be one sum.
  dollar: 'usd', dollars: 'usd', usd: 'usd', '$': 'usd', euro: 'eur', euros: 'eur', eur: 'eur', '€': 'eur',
  yuan: 'cny', renminbi: 'cny', rmb: 'cny', cny: 'cny', rouble: 'rub', roubles: 'rub', ruble: 'rub', rubles: 'rub', rub: 'rub', '₽': 'rub',
  rupee: 'inr', rupees: 'inr', inr: 'inr', '₹': 'inr', pound: 'gbp', pounds: 'gbp', sterling: 'gbp', gbp: 'gbp', '£': 'gbp',
  yen: 'jpy', jpy: 'jpy', '¥': 'jpy', lira: 'try', liras: 'try',
  percent: 'percent', 'per cent': 'percent', '%': 'percent', pct: 'percent',
  kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km', km: 'km',
};

/** Words before a figure that make it a range, by how they bound it. */
const HEDGES: Record<string, Hedge | null> = {
  ...Object.fromEntries(
    ['about', 'around', 'approximately', 'approx', 'roughly', 'some', 'circa', 'close to'].map((w) => [w, 'about']),
  ),
  ...Object.fromEntries(
    ['almost', 'nearly', 'just under', 'a little under', 'slightly under', 'just short of', 'a little less than', 'slightly less than', 'just below']
      .map((w) => [w, 'just under']),
  ),
  ...Object.fromEntries(
    ['just over', 'a little over', 'slightly over', 'a little more than', 'slightly more than', 'just above', 'a little above']
      .map((w) => [w, 'just over']),
  ),
  ...Object.fromEntries(['less than', 'fewer than', 'under', 'below'].map((w) => [w, 'less than'])),
  ...Object.fromEntries(['up to', 'at most', 'no more than', 'not more than', 'as many as'].map((w) => [w, 'at most'])),
  ...Object.fromEntries(['more than', 'greater than', 'above', 'in excess of', 'exceeding', 'upwards of'].map((w) => [w, 'more than'])),
  // "over two days" may also mean "during two days": no more is sure than that it was not less.
  ...Object.fromEntries(['over', 'at least', 'no less than', 'not less than', 'no fewer than'].map((w) => [w, 'at least'])),
  // After a verb of taking place, "over" says over what span: "held over four days" is four days.
  ...Object.fromEntries(['held over', 'place over', 'conducted over', 'spread over', 'stretched over'].map((w) => [w, null])),
  // After a verb whose particle it is, "over" hedges nothing: "handed over twenty ambulances" is twenty.
  ...Object.fromEntries(
    ['hand', 'hands', 'handed', 'handing', 'turn', 'turns', 'turned', 'turning'].map((verb) => [`${verb} over`, null]),
  ),
};

/** Everything above, as the English lexicon of the cues. */
/** Kinds of meeting that exclude one another: "bilateral talks" are no "trilateral talks". */
const MEETING_NOUNS = ['talks', 'meeting', 'summit', 'consultations', 'format', 'negotiations'];
const meetings = (kind: string) => MEETING_NOUNS.map((noun) => `${kind} ${noun}`);

/** Frame slots whose values exclude one another, each value by the phrases that name it. */
const EXCLUSIVE_SLOTS: Record<string, Record<string, string[]>> = {
  mode: {
    telephone: [
      'by telephone', 'by phone', 'phone call', 'telephone call', 'telephone conversation', 'phone conversation',
      'telephone talks', 'over the phone', 'on the phone', 'phoned', 'telephoned',
    ],
    video: [
      'by video', 'video link', 'video call', 'video conference', 'videoconference', 'virtual format', 'virtual summit',
      'virtual meeting', 'virtual talks', 'virtually', 'online format', 'video format', 'videoconferencing',
      'video meeting', 'video talks', 'video conversation', 'video-conference', 'videocall',
    ],
    'in person': ['in person', 'face to face', 'in-person'],
  },
  format: {
    bilateral: meetings('bilateral'), trilateral: meetings('trilateral'), quadrilateral: meetings('quadrilateral'),
  },
  formality: { formal: ['formal'], informal: ['informal'] },
  'kind of visit': {
    state: ['state visit'], official: ['official visit'], working: ['working visit'], private: ['private visit'],
  },
  // What a side did about something: compared only when both speak of the same thing.
  stance: {
    welcomes: [
      'welcomed', 'welcomes', 'welcome', 'supports', 'supported', 'support', 'praised', 'praises', 'hailed', 'hails',
      'endorsed', 'endorses', 'backed', 'backs',
    ],
    condemns: [
      'condemned', 'condemns', 'condemn', 'opposes', 'opposed', 'oppose', 'criticised', 'criticized', 'criticises',
      'criticizes', 'denounced', 'denounces', 'deplored', 'deplores', 'regretted', 'regrets',
    ],
  },
  order: { before: ['before', 'ahead of', 'prior to'], after: ['after', 'following'] },
  // The meal of an occasion: "a working lunch" is no "working dinner".
  meal: {
    breakfast: ['breakfast', 'breakfasts'], lunch: ['lunch', 'lunches', 'luncheon'],
    dinner: ['dinner', 'dinners', 'supper', 'banquet'],
  },
  // How many of a group: "all of the fishermen" / "none of the fishermen" ("not all" is neither).
  quantifier: {
    all: ['all', 'all of', 'every', 'each of', 'both', 'both of'],
    some: ['some', 'some of', 'several', 'several of', 'a few', 'a few of', 'part of', 'many', 'many of'],
    // "most" leaves some out, as "some" does: against "all" or "none" it conflicts.
    most: ['most', 'most of', 'the majority of', 'a majority of'],
    none: ['none', 'none of', 'neither', 'neither of', 'not a single', 'not one', 'no one', 'nobody'],
    'not all': ['not all', 'not all of', 'not every'],
  },
  // The season of one occasion: a meeting "planned for the autumn" is none "before the end of the summer".
  // Only as a time phrase: "winter wheat", "the summer Olympics" and "the Arab Spring" set no time.
  season: {
    spring: seasonTimes('spring'), summer: seasonTimes('summer'), autumn: [...seasonTimes('autumn'), ...seasonTimes('fall')],
    winter: seasonTimes('winter'),
  },
  // The part of the day of one occasion: "on the afternoon of 31 March" is not "this morning".
  // Only as a time phrase: "the morning session" and "evening prayers" set no time.
  'time of day': {
    morning: dayTimes('morning'), afternoon: dayTimes('afternoon'), evening: dayTimes('evening'),
    night: [...dayTimes('night'), 'late at night', 'overnight'],
  },
  weekday: Object.fromEntries(
    ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => [day, [day]]),
  ),
};

/** The phrases that set a time in a part of the day ("this morning", "on the afternoon of", "on Sunday evening"). */
function dayTimes(part: string): string[] {
  const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'tomorrow'];
  return [
    ...['in the', 'on the', 'during the', 'this', 'that', 'late in the', 'early in the', 'late', 'early'].map((before) => `${before} ${part}`),
    ...days.map((day) => `${day} ${part}`),
  ];
}

/** The phrases that set a time in a season ("in the spring", "by next autumn", "end of the summer"). */
function seasonTimes(season: string): string[] {
  const timed = [season, `${season}time`].flatMap((word) => [`the ${word}`, word]);
  return [
    ...['in', 'for', 'by', 'during', 'until', 'through', 'from', 'to', 'before', 'after', 'of', 'this', 'next', 'last', 'early', 'late'].flatMap((before) =>
      timed.map((phrase) => `${before} ${phrase}`),
    ),
    ...['next', 'this', 'last'].flatMap((when) => [`in ${when} ${season}`, `by ${when} ${season}`]),
  ];
}

/**
 * Slots of the event a sentence may speak of, each as groups of words it must hold one of each:
 * two accounts of one slot are about the same thing however differently they word it.
 */
const EVENT_SLOTS: Record<string, string[][]> = {
  // The closing formula: "agreed to stay in touch" / "to maintain permanent communication".
  'continued contact': [
    ['continue', 'maintain', 'keep', 'stay', 'remain', 'again', 'regular', 'permanent'],
    ['contact', 'contacts', 'touch', 'communication', 'dialogue', 'exchanges', 'consultations', 'speak'],
  ],
  // Thanks to a host or a mediator: "thanked Saudi Arabia for hosting" / "expressed gratitude for the hospitality".
  thanks: [['thanked', 'thanks', 'gratitude', 'grateful']],
  // How the talks were laid out: "a private conversation, then a plenary session with the delegations",
  // "behind closed doors, then in an enlarged format", "in narrow and extended formats".
  'talks in two formats': [
    ['delegation', 'delegations', 'plenary', 'extended', 'expanded', 'enlarged', 'widened'],
    ['tête', 'private', 'restricted', 'alone', 'narrow', 'closed'],
  ],
  // The welcome: "welcomed with military honours" / "accorded a ceremonial welcome".
  ceremony: [['honours', 'honors', 'ceremony', 'ceremonial']],
};

export const cues: CueLexicon = {
  negators: NEGATORS,
  negatingVerbs: NEGATING_VERBS,
  opposingVerbs: OPPOSING_VERBS,
  stoppingVerbs: STOPPING_VERBS,
  nonNegating: NON_NEGATING,
  negatingPhrases: NEGATING_PHRASES,
  auxiliaries: ['do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'be', 'been'],
  rejectionPhrases: REJECTION_PHRASES,
  disputingVerbs: DISPUTING_VERBS,
  claimNouns: CLAIM_NOUNS,
  // A charge of wrongdoing against a party: what it did is unlawful, unsafe, or its fault.
  chargePhrases: [
    'violation', 'violations', 'violated', 'violates', 'breach', 'breached', 'bears responsibility', 'bear responsibility',
    'full responsibility', 'failure to', 'failed to', 'war crime', 'war crimes', 'unsafe', 'unprofessional', 'dangerous',
    'unacceptable', 'provocative', 'provocation', 'illegal', 'unlawful', 'overreaction', 'fell short', 'falls short',
    'no adequate', 'without adequate', 'inadequate', 'without notice', 'without warning', 'no warning', 'raised the case', 'raised the cases',
    'raised the detention', 'deep concern', 'serious concern', 'grave concern', 'strong protest', 'aggression',
  ],
  // A party's defence of its own conduct: lawful, safe, professional, its obligations met, notice
  // given, a matter for its own courts.
  defencePhrases: [
    'accordance with international law', 'accordance with the law', 'accordance with law', 'in line with international law',
    'consistent with international law', 'conformity with international law', 'lawful', 'lawfully', 'proportionate',
    'proportionately', 'safely', 'professional standards', 'professional manner', 'professionally', 'fulfilled its obligations',
    'fulfils its obligations', 'fulfilled all its obligations', 'complied with its obligations', 'in advance', 'advance notice',
    'prior notice', 'internal affairs', 'internal affair', 'internal matter', 'internal political', 'within the competence of',
    'jurisdiction', 'judicial sovereignty', 'force majeure', 'self-defence', 'self-defense',
  ],
  positive: POSITIVE_CHARACTERISATIONS,
  negative: NEGATIVE_CHARACTERISATIONS,
  // Whether an act keeps to a rule, which WordNet does not pair: "in violation of" / "in conformity with".
  opposites: [
    ['violation', 'conformity'], ['violation', 'compliance'], ['breach', 'conformity'], ['breach', 'compliance'],
    ['violates', 'complies'], ['violated', 'complied'], ['contravention', 'conformity'], ['contravention', 'compliance'],
    // Whether an activity goes on, which WordNet pairs only with "discontinue": "will continue" / "has suspended".
    ['continue', 'suspend'], ['continue', 'pause'], ['continue', 'halt'], ['continue', 'freeze'],
  ],
  wordnet: true,
  participlePrepositions: ['concerning', 'regarding'],
  adverbEndings: ['ly'],
  antonymExclusions: ANTONYM_EXCLUSIONS,
  initiativeBeforeActor: INITIATIVE_BEFORE_ACTOR,
  initiativeNouns: INITIATIVE_NOUNS,
  initiativeVerbs: INITIATIVE_VERBS,
  contactVerbs: CONTACT_VERBS,
  callVerbs: CALL_VERBS,
  callingVerbs: CALLING_VERBS,
  // "on its own initiative": the subject asked for it.
  ownWords: ['own'],
  subjectPossessives: ['his', 'her', 'its'],
  appealWords: ['for'],
  contactBeforeActor: CONTACT_BEFORE_ACTOR,
  // "a call this Monday from", "a call on Thursday from": a day named between the call and its caller.
  timeWords: [
    'on', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'this', 'last', 'monday', 'tuesday', 'wednesday', 'thursday',
    'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night',
  ],
  partyPronouns: ['who', 'whose', 'which'],
  objectPronouns: ['him', 'her'],
  placePrepositions: ['in', 'at'],
  callNouns: CALL_NOUNS,
  contactNouns: CONTACT_NOUNS,
  registerFrame: REGISTER_FRAME,
  // Verbs of a kind of act; "welcomed" and "presented" are left out, as they also report a visit
  // received and a thing told.
  travelVerbs: ['travelled', 'traveled', 'arrived', 'flew', 'came'],
  journeyPrepositions: ['to', 'in'],
  placeRelatives: ['where'],
  clockWords: ['time'],
  localClockWords: ['local'],
  actKinds: {
    request: ['asked', 'requested', 'sought', 'urged', 'appealed', 'pressed'],
    judgement: ['praised', 'commended', 'hailed', 'lauded', 'appreciated', 'criticised', 'criticized', 'condemned', 'deplored', 'thanked'],
    account: ['briefed', 'informed', 'explained', 'outlined', 'apprised'],
    authorship: ['drafted', 'authored', 'tabled', 'submitted'],
  },
  actorFillers: ACTOR_FILLERS,
  roleNouns: ['side', 'party', 'government', 'authorities', 'delegation', 'leadership', 'president', 'minister'],
  months: { ...Object.fromEntries(MONTHS.map((m, i) => [m, i + 1])), ...MONTH_ABBREVIATIONS },
  numberWords: NUMBER_WORDS,
  ordinalWords: ORDINAL_WORDS,
  scales: SCALES,
  unitAliases: UNIT_ALIASES,
  rangeWords: ['and', 'to', 'or', 'through', 'until', 'till'],
  fractionPhrases: { 'and a half': 0.5, 'and a quarter': 0.25 },
  // Not "against" alone: "not directed against any nation", "actions against a vessel".
  opposingPhrases: [
    'oppose', 'opposes', 'opposed', 'opposing', 'condemn', 'condemns', 'condemned', 'denounce', 'denounces', 'denounced',
    'spoke out against', 'speak out against', 'speaks out against', 'stand against', 'stood against',
  ],
  hedges: HEDGES,
  determiners: ['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our'],
  titleWords: TITLE_WORDS,
  personRoles: PERSON_ROLES,
  abbreviatedTitles: ABBREVIATED_TITLES,
  knownPeople: KNOWN_PEOPLE,
  nameParticles: ['bin', 'bint', 'ibn', 'al', 'el', 'de', 'da', 'del', 'van', 'von', 'der'],
  durationMinutes: {
    minute: 1, minutes: 1, mins: 1, hour: 60, hours: 60, hrs: 60, day: 1440, days: 1440, week: 10080, weeks: 10080, fortnight: 20160,
  },
  // Not "tour": a tour takes in several countries, each a stay of its own.
  stayNouns: ['visit', 'trip', 'stop', 'stopover', 'stay'],
  lastingVerbs: ['last', 'lasts', 'lasted', 'lasting'],
  participantNouns: ['side', 'party', 'country', 'state', 'government', 'participant', 'leader', 'delegation'],
  // Not "deal" or "accord": they mostly name a document ("the grain deal", "the Paris Accord").
  // "No decision on the mandate was taken" denies that they decided.
  agreementNouns: {
    agreement: 'agree', agreements: 'agree', understanding: 'agree', consensus: 'agree', decision: 'decide', decisions: 'decide',
  },
  // "No decision was taken" or "the venue will be decided later" leaves a matter open that
  // "agreed that the next round will be held in Canberra" settles.
  decidingWords: ['decide', 'decision', 'determine', 'settle'],
  // A text still being drafted or negotiated is not settled: "signed the treaty" settles it.
  // A signing or other completion to come leaves the text open: "is expected to be signed", "will
  // be signed in the coming months", "which is to be formalised", "would be adopted".
  openPhrases: ['be decided', 'be determined', 'be settled', 'be agreed', 'undecided', 'yet to decide', 'being drafted', 'being negotiated', 'under negotiation', 'to be signed', 'be signed', 'be concluded', 'be finalised', 'be finalized', 'be formalised', 'be formalized', 'be adopted', 'be ratified', 'at a later date'],
  // A goal of finishing a text leaves it open: "agreed to finalise the text of the treaty".
  completingVerbs: ['conclude', 'finalise', 'finalize', 'complete'],
  goalPrepositions: ['towards', 'toward'],
  topicPrepositions: ['on', 'of', 'for', 'concerning', 'regarding'],
  firstWords: ['first', 'inaugural', 'maiden'],
  settlingVerbs: ['agreed', 'agrees', 'accepted', 'accepts', 'decided', 'decides', 'approved', 'approves', 'settled', 'signed', 'signing', 'concluded', 'finalised', 'finalized', 'adopted', 'adopts', 'formalised', 'formalized', 'ratified'],
  holdingVerbs: ['held', 'hosted', 'convened'],
  obligationModals: ['must', 'should', 'shall', 'ought', 'need', 'needs'],
  // An invitation accepted settles who comes and whether; a place taken, where.
  settledAnswers: {
    invitation: ['guest', 'travel', 'attend', 'attendance', 'participate', 'participation', 'come'],
    place: ['venue', 'location'],
  },
  discussionVerb: 'discuss',
  discussion: {
    // "raised tariffs" or "addressed the nation" is no discussion: these count only before what is
    // discussed ("raised the issue", "exchanged views") or in the passive ("was not addressed").
    verbs: ['raise', 'raised', 'raising', 'address', 'addressed', 'addressing', 'mention', 'mentioned', 'touch', 'touched', 'exchanged'],
    objects: ['issue', 'issues', 'question', 'questions', 'concern', 'concerns', 'situation', 'matter', 'matters', 'case', 'cases', 'topic', 'topics', 'upon', 'views'],
    phrases: ['a subject of', 'the subject of', 'on the agenda'],
    // Not "told", "informed" or "briefed": they say who learnt something, not that it came up.
    // Base, past and -ing forms, as the verbs above; not "state", "note" or "stress", more often nouns.
    // What a party agreed on or pressed for came up at the talks as much as what it said.
    reporting: [
      'say', 'said', 'saying', 'stated', 'stating', 'stressed', 'stressing', 'emphasise', 'emphasised', 'emphasising',
      'emphasize', 'emphasized', 'emphasizing', 'underline', 'underlined', 'underlining', 'underscore', 'underscored',
      'underscoring', 'urge', 'urged', 'urging', 'noted', 'noting', 'reiterate', 'reiterated', 'reiterating', 'convey',
      'conveyed', 'conveying', 'explain', 'explained', 'explaining', 'agreed', 'pressed',
    ],
  },
  relativePronouns: ['which', 'who', 'whom', 'whose', 'where', 'when'],
  subjectNegators: ['no'],
  passiveAuxiliaries: ['was', 'were', 'is', 'are', 'been'],
  alternativeWords: ['or'],
  complementizers: ['that', 'if', 'whether'],
  polarityItems: ['any', 'a single', 'any kind of', 'any form of'],
  presupposingDeterminers: ['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'any'],
  occurrenceVerbs: [
    'take place', 'took place', 'taken place', 'takes place', 'happen', 'happened', 'happens', 'occur', 'occurred',
    'occurs', 'come about', 'came about', 'go ahead', 'went ahead', 'gone ahead', 'goes ahead',
  ],
  inclusionPhrases: ['part of', 'among', 'included in'],
  proForms: ['do so', 'did so', 'does so', 'done so', 'doing so', 'do the same', 'did the same'],
  durationArticles: {
    a: 1, an: 1, 'a single': 1, 'half a': 0.5, 'half an': 0.5, 'a half': 0.5, 'a quarter of an': 0.25, 'a quarter of a': 0.25,
    'three quarters of an': 0.75,
  },
  countingWords: ['hundred', 'dozen'],
  numberJoiners: ['and'],
  decimalPoints: ['point'],
  magnitudeWords: { tens: 10, dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 },
  magnitudeJoiners: ['of'],
  partyJoiners: ['and'],
  reciprocalVerbs: ['meet', 'met', 'speak', 'spoke', 'talk', 'confer', 'consult', 'negotiate', 'correspond', 'agree'],
  journeyVerbs: ['visit', 'tour'],
  describingVerbs: ['describe', 'characterise', 'characterize', 'term', 'assess'],
  characterisingAs: ['as'],
  proposingVerbs: ['propose', 'put forward', 'table', 'submit', 'initiate'],
  stanceVerbs: ['reject', 'accept', 'welcome', 'support', 'back', 'endorse', 'condemn', 'oppose', 'praise', 'criticise', 'criticize'],
  weekdaysFromSunday: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  movementVerbs: ['arrive', 'return', 'depart', 'leave', 'left', 'land', 'fly', 'flew', 'travel'],
  timeAdverbs: ['soon', 'also', 'shortly', 'again', 'then', 'later'],
  listJoiners: ['and', 'or', 'nor'],
  whenWords: ['next', 'last', 'this', 'coming', 'later', 'earlier', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'weekend', 'today', 'tomorrow', 'yesterday'],
  seatsOfBodies: ['brussels', 'geneva', 'vienna', 'strasbourg', 'nairobi'],
  regions: REGIONS,
  pastForms: Object.keys(IRREGULAR_VERBS),
  verbMarkers: ['to', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must'],
  speechVerbs: [
    'said', 'says', 'stated', 'states', 'stressed', 'stresses', 'emphasised', 'emphasized', 'emphasises', 'emphasizes',
    'underlined', 'underscored', 'noted', 'notes', 'reiterated', 'insisted', 'maintained', 'argued', 'asserted',
    'affirmed', 'believes', 'considers', 'described', 'called', 'warned', 'voiced', 'expressed', 'pointed',
  ],
  futureMarkers: ['will', 'shall', 'next', 'upcoming', 'forthcoming'],
  pastEndings: ['ed'],
  irregularDegrees: {
    better: ['good', 'comparative'], best: ['good', 'superlative'], worse: ['bad', 'comparative'],
    worst: ['bad', 'superlative'],
  },
  comparisonWords: ['than'],
  extremeNegators: ['never'],
  universalQuantifiers: ['all', 'every', 'everyone', 'everything', 'everybody'],
  infinitiveMarkers: ['to'],
  contrastWords: ['but', 'while', 'whereas', 'although', 'though', 'yet', 'however', 'instead'],
  settingPrepositions: ['at', 'during', 'in', 'after', 'following', 'on', 'over', 'throughout'],
  frame: {
    exclusiveSlots: EXCLUSIVE_SLOTS,
    venueWords: ['held', 'met', 'meet', 'place', 'hosted', 'talks', 'meeting', 'summit', 'consultations', 'negotiations', 'convene', 'convened', 'gathered'],
    objectSlots: ['stance', 'order', 'quantifier'],
    planSlots: ['quantifier'],
    hostWords: ['received', 'welcomed', 'hosted'],
    venuePrepositions: ['in'],
    capitalNouns: ['capital'],
    occasionPhrases: ['on the margins of', 'on the sidelines of', 'at the margins of', 'on the fringes of', 'on the fringe of'],
    sitePrepositions: ['at'],
    siteNouns: ['palace', 'residence', 'office', 'house', 'headquarters', 'hall', 'chancellery', 'castle', 'villa', 'mansion'],
    complementPrepositions: ['of'],
    purposePrepositions: ['for'],
    agentPrepositions: ['by'],
    planVerbs: [
      'agree', 'agreed', 'agrees', 'plan', 'plans', 'planned', 'intend', 'intends', 'intended', 'decide', 'decided',
      'decides', 'pledged', 'promised', 'expect', 'expects', 'expected', 'hope', 'hopes', 'hoped', 'invite', 'invited',
      'invites', 'want', 'wants', 'wanted',
    ],
    presentBe: ['is', 'are'],
  },
  eventSlots: EVENT_SLOTS,
  goalWords: ['target', 'targets'],
  pastWords: ['had', 'was', 'were', 'did', 'last', 'ago', 'previous'],
  periodStarts: ['since'],
  documentNouns: [
    'document', 'agreement', 'memorandum', 'memoranda', 'accord', 'treaty', 'instrument', 'protocol', 'mou', 'pact',
    'contract', 'declaration',
  ],
  nationalityEndings: ['ans', 'ese'],
  personNouns: [
    'people', 'person', 'persons', 'individual', 'citizen', 'civilian', 'resident', 'inhabitant', 'fisherman', 'fishermen', 'crew',
    'sailor', 'seafarer', 'soldier', 'troops', 'personnel',
  ],
  monthPrepositions: ['in', 'since', 'until', 'till', 'by', 'from', 'before', 'after', 'during', 'early', 'late', 'mid', 'end', 'of'],
  relativeYears: {
    'this year': 0, 'the current year': 0, 'the end of the year': 0, 'next year': 1, 'the coming year': 1,
  },
  yearsAheadWords: ['within', 'in', 'over'],
  yearsAheadFillers: ['the', 'next', 'coming'],
  yearsAheadMarkers: ['next', 'coming'],
  yearWords: ['year', 'years'],
  monthParts: {
    early: 'early', 'beginning of': 'early', 'start of': 'early', 'first half of': 'early',
    mid: 'mid', 'middle of': 'mid',
    late: 'late', 'end of': 'late', 'second half of': 'late',
  },
};
