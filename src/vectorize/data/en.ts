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
