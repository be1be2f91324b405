/**
 * What the splitter needs to know about a language. Abbreviations are written as they appear in
 * text, with their final period ('Mr.', 'e.g.', 'U.S.'). Apart from `titles`, lists are matched
 * ignoring case. A new language is one more file in data/ and one line in data/index.ts.
 */
export interface LanguageData {
  /** Titles and ranks that stand before a name, so never end a sentence: 'Mr.', 'Gen.', 'H.E.'. Matched as written or in capitals. */
  titles: readonly string[];
  /** Abbreviations that only occur inside a sentence: 'e.g.', 'i.e.', 'vs.'. */
  neverEnd: readonly string[];
  /** Abbreviations that stand before a number ('No. 5', 'Art. 3', 'p. 55'); before anything else they end a sentence like a plain word. */
  beforeNumber: readonly string[];
  /** Abbreviated months, which behave like `beforeNumber` ('Jan. 5'). */
  months: readonly string[];
  /**
   * Abbreviations that may or may not end a sentence ('U.S.', 'p.m.'): they end one only before a
   * word from `sentenceStarters` or a title. Dotted acronyms ('P.D.R.') and single capital
   * initials ('E.') are treated the same way without being listed.
   */
  mayEnd: readonly string[];
  /** Capitalised words that usually start a sentence rather than continue a name: 'The', 'He', 'How'. */
  sentenceStarters: readonly string[];
  /** Words that are capitalised wherever they stand ('I'), so their capital says nothing. */
  alwaysCapitalised: readonly string[];
  /** Prepositions: a sentence cannot be just a short phrase opening with one ('At 5 a.m.'). */
  prepositions: readonly string[];
  /** Articles, conjunctions and other small words that do not end a heading and stay lower case in titles. */
  functionWords: readonly string[];
}

/** How an abbreviation (the word before a period) bears on a sentence boundary. */
export type AbbreviationClass = 'title' | 'neverEnd' | 'beforeNumber' | 'mayEnd';

/** LanguageData made ready for look-ups. */
export interface Language {
  abbreviationClass(word: string): AbbreviationClass | undefined;
  isTitle(word: string): boolean;
  isSentenceStarter(word: string): boolean;
  isAlwaysCapitalised(word: string): boolean;
  isPreposition(word: string): boolean;
  isFunctionWord(word: string): boolean;
}

const withoutFinalPeriod = (entry: string): string =>
  entry.endsWith('.') ? entry.slice(0, -1) : entry;

const lowerSet = (entries: readonly string[]): Set<string> =>
  new Set(entries.map((e) => withoutFinalPeriod(e).toLowerCase()));

export function compileLanguage(data: LanguageData): Language {
  const titles = new Set(
    data.titles.flatMap((e) => [withoutFinalPeriod(e), withoutFinalPeriod(e).toUpperCase()]),
  );
  const classes = new Map<string, AbbreviationClass>();
  // Later lists win; titles are looked up separately because they are case-sensitive.
  for (const word of lowerSet(data.mayEnd)) classes.set(word, 'mayEnd');
  for (const word of lowerSet([...data.beforeNumber, ...data.months]))
    classes.set(word, 'beforeNumber');
  for (const word of lowerSet(data.neverEnd)) classes.set(word, 'neverEnd');
  const starters = new Set(data.sentenceStarters);
  const alwaysCapitalised = new Set(data.alwaysCapitalised);
  const prepositions = lowerSet(data.prepositions);
  const functionWords = new Set([...prepositions, ...lowerSet(data.functionWords)]);
  return {
    abbreviationClass: (word) => (titles.has(word) ? 'title' : classes.get(word.toLowerCase())),
    isTitle: (word) => titles.has(word),
    isSentenceStarter: (word) => starters.has(word),
    isAlwaysCapitalised: (word) => alwaysCapitalised.has(word),
    isPreposition: (word) => prepositions.has(word.toLowerCase()),
    isFunctionWord: (word) => functionWords.has(word.toLowerCase()),
  };
}
