import { once } from '../memo.js';

/**
 * What the engine asks of a language beyond its word lists: the rules written into its words'
 * shapes. A language without rules of its own takes PLAIN_HOOKS.
 */
export interface LanguageHooks {
  /**
   * The words of a text, as a global pattern run with exec; made at its first call, since
   * compiling its Unicode property classes takes V8 about a millisecond, and most runs need no
   * language's but one, or only asciiWordPattern.
   */
  wordPattern: () => RegExp;
  /**
   * The same words as wordPattern in a text of ASCII characters only, written without Unicode
   * property classes, which take V8 some milliseconds to compile at a run's first sentence;
   * without it, wordPattern reads every text.
   */
  asciiWordPattern?: RegExp;
  /** A normalised word as its stemmer should see it. */
  stemBase(word: string): string;
  /** Whether a word negates by a contracted ending; its term is then "not". */
  isContractedNegation(word: string): boolean;
  /** Whether a word's ending makes it a verb form, which cannot continue a noun phrase. */
  isVerbForm(word: string): boolean;
  /** Whether a word's ending makes it an adverb. */
  isAdverb(word: string): boolean;
  /**
   * A comparative or superlative by its ending ("bigger", "closest"): its degree and the forms its
   * adjective may have, as spelling undoes the ending ("big", "close"); null for any other word.
   */
  gradedByEnding(word: string): { degree: 'comparative' | 'superlative'; bases: string[] } | null;
  /**
   * Whether a month's name without a day names the month rather than a common word ("in May" /
   * "may"), given its first character as written.
   */
  namesMonth(firstCharacter: string, word: string): boolean;
  /** Whether a word is a possessive of the name it ends. */
  isPossessive(word: string): boolean;
  /** The word a possessive is of, as written ("trump's" -> "trump"); any other word itself. */
  possessor(word: string): string;
  /** A noun's forms as written: singular, then plural. */
  nounForms(noun: string): string[];
  /** A number in digits, with the ordinal ending the language may write after it; group 1 the digits. */
  numeral: RegExp;
  /** A day of the month in digits, with its ordinal ending if any. */
  dayOfMonth: RegExp;
  /** How many words of a clock time's zone follow it (0 for none), given the words as written after it. */
  timeZoneLength(writtenAfter: (offset: number) => string): number;
  /** Whether the character that starts a word is a lower-case letter, which no name starts with. */
  isLowerCaseStart(code: number): boolean;
  /** The preposition between an office and its country, and the article that may follow it. */
  office: { preposition: string; article: string } | null;
}

/** Letters, marks and digits, with invisible characters allowed inside but not at either end. */
const word = once(
  () =>
    /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060\uFEFF]*[\p{L}\p{M}\p{N}])?/gu,
);

/**
 * English capitalises the months, so "may" and "march" in lower case are other words; and a
 * name shorter than any month's short form ("Ma") is none.
 */
export function capitalisedMonth(firstCharacter: string, word: string): boolean {
  return /^\p{Lu}/u.test(firstCharacter) && word.length >= 3;
}

/** The hooks of a language whose words carry no rule the engine reads. */
export const PLAIN_HOOKS: LanguageHooks = {
  wordPattern: word,
  stemBase: (word) => word,
  isContractedNegation: () => false,
  isVerbForm: () => false,
  isAdverb: () => false,
  gradedByEnding: () => null,
  // English's rule (see en/hooks.ts), kept for every language until one gives its own: a language
  // that writes its months in lower case finds no month without a day.
  namesMonth: capitalisedMonth,
  isPossessive: () => false,
  possessor: (word) => word,
  nounForms: (noun) => [noun],
  numeral: /^(\d+)$/,
  dayOfMonth: /^\d{1,2}$/,
  timeZoneLength: () => 0,
  isLowerCaseStart: (code) => String.fromCharCode(code) !== String.fromCharCode(code).toUpperCase(),
  office: null,
};
