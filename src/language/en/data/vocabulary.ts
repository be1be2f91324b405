/** Words kept as terms although stopword lists drop them: they carry the claim's polarity or force. */
export const KEEP_WORDS = [
  'no', 'not', 'never', 'nor', 'neither', 'none', 'nothing', 'without', 'cannot',
  'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would',
  'against', 'only',
];

/** Function words that natural's list leaves out. */
export const EXTRA_STOPWORDS = [
  'across', 'also', 'although', 'among', 'amongst', 'either', 'however', 'its', 'onto', 'per', 'thus',
  'therefore', 'though', 'toward', 'towards', 'upon', 'via', 'whether', 'within', 'yet', 'which', 'whose',
  'along', 'alongside', 'amid', 'amidst', 'behind', 'beneath', 'beside', 'besides', 'beyond', 'despite',
  'inside', 'outside', 'throughout', 'underneath', 'unlike', 'versus',
];

/**
 * Words of the diplomatic register that say that something was said, not what: two sentences
 * that share only these are not about the same thing. Numbers count as content.
 */
export const BOILERPLATE = [
  'side', 'sides', 'party', 'parties', 'two', 'both', 'minister', 'ministers', 'president', 'presidents', 'leader', 'leaders',
  'counterpart', 'delegation', 'discuss', 'discussed', 'discussion', 'discussions', 'exchange', 'exchanged', 'view', 'views',
  'issue', 'issues', 'question', 'questions', 'matter', 'matters', 'topic', 'topics', 'note', 'noted', 'stress', 'stressed',
  'emphasize', 'emphasized', 'emphasise', 'emphasised', 'underline', 'underlined', 'underscore', 'underscored', 'highlight',
  'highlighted', 'express', 'expressed', 'reaffirm', 'reaffirmed', 'affirm', 'affirmed', 'reiterate', 'reiterated', 'state', 'stated',
  'said', 'say', 'says', 'agree', 'agreed', 'also', 'importance', 'important', 'including', 'regard', 'regarding', 'current',
  'meeting', 'talks', 'conversation', 'call', 'held', 'hold', 'touched', 'point', 'points', 'pointed', 'interest', 'interests',
  'mutual', 'relevant', 'further', 'continue', 'continued', 'necessary', 'need', 'well', 'level', 'levels', 'framework',
  'context', 'situation', 'development', 'developments', 'country', 'countries', 'during', 'welcome', 'welcomed',
  'hope', 'hoped', 'ready', 'readiness', 'willingness', 'believe', 'believed', 'consider', 'considered',
  'contact', 'contacts', 'close', 'closely', 'regular', 'keep', 'remain',
  'informed', 'inform', 'briefed', 'detail', 'detailed', 'range', 'wide', 'various', 'among', 'other', 'area', 'areas', 'field', 'fields',
  // The words of official names and letterheads ("Arab Republic of", "Federal Chancellor", "press release").
  'republic', 'federal', 'democratic', 'kingdom', 'press', 'release',
];
/**
 * Words the diplomatic register uses interchangeably. Each group's words are compared as its first
 * word, so "ties" meets "relations" and "circumvent" meets "evasion". Single words only.
 */
export const SYNONYMS: string[][] = [
  ['relations', 'relationship', 'ties', 'interaction'],
  ['agreement', 'consensus', 'accord', 'deal'],
  ['contact', 'contacts', 'communication', 'communications', 'channels', 'dialogue'],
  ['maintain', 'keep', 'remain', 'preserve', 'sustain', 'continue'],
  ['strengthen', 'enhance', 'deepen', 'reinforce', 'bolster', 'consolidate', 'expand'],
  ['cooperation', 'collaboration', 'cooperate', 'collaborate'],
  ['border', 'boundary', 'frontier'],
  ['ceasefire', 'truce', 'cessation', 'armistice'],
  ['soon', 'early', 'earliest', 'shortly', 'promptly'],
  ['support', 'assistance', 'aid', 'help', 'assist'],
  ['evasion', 'evade', 'circumvent', 'circumvention', 'bypass'],
  ['provide', 'supply', 'deliver', 'furnish'],
  ['resolve', 'resolution', 'settle', 'settlement', 'settling', 'solve', 'solution'],
  ['citizens', 'citizen'],
  ['conflict', 'war', 'hostilities', 'crisis', 'fighting'],
  ['stable', 'stability', 'stabilize', 'stabilise', 'stabilization'],
  ['threat', 'danger', 'risk', 'threaten', 'endanger'],
  ['trade', 'commerce', 'turnover'],
  ['nuclear', 'atomic'],
  ['plant', 'station', 'facility'],
  ['experts', 'specialists', 'expert', 'specialist'],
  ['concern', 'worry', 'concerned', 'worried', 'alarm'],
  ['terrorism', 'terrorist', 'terror'],
  ['measures', 'steps', 'actions'],
  ['summit', 'margins', 'sidelines'],
  ['candid', 'frank', 'candidly', 'frankly'],
  ['detailed', 'thorough', 'depth', 'in-depth', 'comprehensive'],
  ['explain', 'explanation', 'explanations', 'clarify', 'clarification', 'clarifications'],
  ['travel', 'visit', 'trip', 'send', 'dispatch'],
  ['ensure', 'guarantee'],
  ['violation', 'breach', 'infringement', 'violate'],
  ['rights', 'freedoms', 'liberties'],
  ['grateful', 'gratitude', 'thanks', 'thanked', 'appreciation', 'appreciated'],
  ['condolences', 'sympathy', 'sympathies'],
  ['attack', 'assault', 'strike', 'strikes', 'attacks'],
  ['soldiers', 'troops', 'servicemen'],
  ['lasting', 'durable', 'enduring', 'sustainable'],
  ['education', 'educate', 'educating', 'schooling', 'teaching'],
  ['goal', 'target', 'objective'],
  ['casualties', 'victims', 'deaths'],
  ['anniversary', 'centenary', 'bicentenary', 'jubilee'],
  ['sign', 'signature', 'signatures'],
];

/**
 * Past forms of irregular verbs, each with its base form, which the Porter stemmer cannot reach
 * ("rose" and "rising", "held" and "hold"). Forms that are also common nouns or adjectives in
 * readouts ("left", "found", "saw", "lay", "bound") are left out.
 */
export const IRREGULAR_VERBS: Record<string, string> = {
  began: 'begin', begun: 'begin', broke: 'break', broken: 'break', brought: 'bring',
  built: 'build', bought: 'buy', came: 'come', chose: 'choose', chosen: 'choose', drew: 'draw', drawn: 'draw',
  fell: 'fall', fallen: 'fall', fought: 'fight', forgave: 'forgive', forgiven: 'forgive', gave: 'give', given: 'give',
  gone: 'go', went: 'go', put: 'put', grew: 'grow', grown: 'grow', held: 'hold', kept: 'keep', knew: 'know', known: 'know',
  laid: 'lay', led: 'lead', lost: 'lose', made: 'make', meant: 'mean', met: 'meet', paid: 'pay', rose: 'rise', risen: 'rise',
  sought: 'seek', sold: 'sell', sent: 'send', shown: 'show', shook: 'shake', spoke: 'speak', spoken: 'speak',
  seen: 'see', stood: 'stand', struck: 'strike', taught: 'teach', took: 'take', taken: 'take', told: 'tell', thought: 'think',
  undertook: 'undertake', undertaken: 'undertake', understood: 'understand', upheld: 'uphold', withdrew: 'withdraw',
  withdrawn: 'withdraw', withheld: 'withhold', won: 'win', wrote: 'write', written: 'write',
};
