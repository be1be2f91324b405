import { once } from '../../memo.js';
import { capitalisedMonth, type LanguageHooks } from '../hooks.js';

/**
 * English keeps "didn't" and "Moscow's" whole; elsewhere an apostrophe ends an elided word ("l'accord").
 * English also keeps "non-" with its word: "non-confrontation" is a principle of its own, neither
 * "confrontation" nor its denial.
 */
const englishWord = once(
  () =>
    /(?:[Nn][Oo][Nn]-(?=\p{L}))?[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060\uFEFF]*[\p{L}\p{M}\p{N}])?(?:['’][\p{L}\p{M}]+)*/gu,
);
/**
 * englishWord's words in a text of ASCII only, where \p{L} is [A-Za-z], \p{N} is [0-9], \p{M} and the
 * invisible characters are absent, and the only apostrophe is the straight one.
 */
const ENGLISH_ASCII_WORD = /(?:[Nn][Oo][Nn]-(?=[A-Za-z]))?[A-Za-z0-9]+(?:'[A-Za-z]+)*/g;
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * English texts write foreign names with and without their accents ("Erdoğan", "Erdogan"); in
 * English the accents never tell two words apart, so terms drop them.
 */
function withoutDiacritics(word: string): string {
  return PLAIN_ASCII.test(word)
    ? word
    : word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** The rules English writes into its words' shapes. */
export const hooks: LanguageHooks = {
  wordPattern: englishWord,
  asciiWordPattern: ENGLISH_ASCII_WORD,
  // "Moscow's" stems as "Moscow".
  stemBase: (word) => withoutDiacritics(word.endsWith("'s") ? word.slice(0, -2) : word),
  isContractedNegation: (word) => word.endsWith("n't"),
  // "No Russian troops entered ...", "No ceasefire agreement emerging": a past or -ing form.
  isVerbForm: (word) => /..(?:ed|ing)$/.test(word),
  // "did not formally sign"
  isAdverb: (word) => word.length > 4 && word.endsWith('ly'),
  // English endings, undone as spelling does them: "bigger", "easier", "closer".
  gradedByEnding(word) {
    // Asked of nearly every word: most end otherwise, and need no match.
    if (!word.endsWith('er') && !word.endsWith('est')) return null;
    const ending = /(?:est|er)$/.exec(word);
    if (!ending || word.length - ending[0].length < 2) return null;
    const stem = word.slice(0, -ending[0].length);
    return {
      degree: ending[0] === 'est' ? 'superlative' : 'comparative',
      bases: [stem, `${stem}e`, stem.replace(/i$/, 'y'), stem.replace(/(.)\1$/, '$1')],
    };
  },
  // "in May 2024", not "may"
  namesMonth: capitalisedMonth,
  isPossessive: (word) => word.endsWith("'s"),
  possessor: (word) => (word.endsWith("'s") ? word.slice(0, -2) : word),
  nounForms: (noun) => [noun, `${noun}s`],
  numeral: /^(\d+)(st|nd|rd|th)?$/,
  dayOfMonth: /^\d{1,2}(?:st|nd|rd|th)?$/,
  // "1700 hours IST", "1630 hours Pakistan Standard Time"
  timeZoneLength(written) {
    if (/^(?:[A-Z]{1,3}T|UTC|MSK)$/.test(written(1))) return 1;
    if (!/^\p{Lu}/u.test(written(1))) return 0;
    if (written(2) === 'Time') return 2;
    return written(3) === 'Time' && /^(?:Standard|Daylight|Summer)$/.test(written(2)) ? 3 : 0;
  },
  // English capitalises names; the test is ASCII's, as the English lists name people in it.
  isLowerCaseStart: (code) => code >= 0x61 && code <= 0x7a,
  // "the President of the Bolivarian Republic of Venezuela"
  office: { preposition: 'of', article: 'the' },
};
