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
  'informed', 'inform', 'briefed', 'detail', 'detailed', 'range', 'wide', 'various', 'among', 'other', 'area', 'areas', 'field', 'fields',
];