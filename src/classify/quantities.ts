import { defineWords, keyOf, keySet, phraseTable, table, wordSet } from './lexicon.js';
import { CURRENCY_UNITS } from '../language/cue-data.js';
import { memoPerSentence } from '../sentence/memo.js';
import type { SentenceModel } from '../sentence/model.js';
import type { Token } from '../vectorize/tokenize.js';
import { capitalisedAt } from '../sentence/capitals.js';
import { breaksClause, clauseStart, hasAnyOf, slice, wordsAt } from './phrases.js';
import { nounPhraseAfter } from './frame.js';

/** A part of a month; the middle overlaps both halves, so it conflicts with neither. */
export type MonthPart = 'early' | 'mid' | 'late';

/**
 * How a word before a figure bounds it: "about an hour" is a band around it, "almost an hour" just
 * below it, "more than an hour" anything above, "up to 50" anything up to it.
 */
export type Hedge =
  'about' | 'just under' | 'just over' | 'less than' | 'at most' | 'more than' | 'at least';

/** The words of numbers, dates and units, which the number cue and the finding of parties read. */
export const quantityWords = defineWords(
  {
    months: table<number>(),
    numberWords: table<number>(),
    ordinalWords: table<number>(),
    scales: table<number>(),
    unitAliases: table<string>(),
    /** Units of time by word, in minutes, so that durations in different units compare. */
    durationMinutes: table<number>(),
    /**
     * Nouns of a stay in a place ("visit", "trip", "stop"): a length that qualifies any of them is
     * how long the guest stays, one thing however it is called, and not how long the talks went on.
     */
    stayNouns: keySet,
    /** Forms of the verb that gives how long its subject went on ("the visit will *last* two days"). */
    lastingVerbs: wordSet,
    /** Words that join the two ends of a range of days ("10 and 11 May"). */
    rangeWords: wordSet,
    /**
     * Words right before a figure that bound it, each with how ("almost": just under, "more than");
     * null for words that look like a hedge but say no bound ("held over four days").
     */
    hedges: phraseTable<Hedge | null>(),
    /** Number words that multiply the number before them ("two hundred", "a dozen"). */
    countingWords: wordSet,
    /** Words that join hundreds to the number after them ("a hundred and fifty"). */
    numberJoiners: wordSet,
    /** Words that say a number in words goes on with decimal digits ("four point two"). */
    decimalPoints: wordSet,
    /**
     * Plural number words that give a count only by its order ("hundreds", "dozens"), each with
     * the unit it counts in.
     */
    magnitudeWords: table<number>(),
    /** Words that join two of them, the second scaling the first ("hundreds of thousands"). */
    magnitudeJoiners: wordSet,
    /** Words that offer a second figure as an alternative ("a day or two"). */
    alternativeWords: wordSet,
    /** Articles and possessives: before a year and a noun, the year names a thing ("the 1993 treaty"). */
    determiners: wordSet,
    /** Words that stand for "one" before a unit of time ("an hour", "half an hour"), with their value. */
    durationArticles: phraseTable<number>(),
    /** Fractions written after a whole number ("and a half"). */
    fractionPhrases: phraseTable<number>(),
    /** Words right before a month that name a part of it ("early", "the end of"), each with that part. */
    monthParts: phraseTable<MonthPart>(),
    /** Phrases that name a year by its distance from the document's ("next year": 1, "this year": 0). */
    relativeYears: phraseTable<number>(),
    /** Words before a count of years that set a time that many years on ("within five years"). */
    yearsAheadWords: wordSet,
    /** Words between them and the count ("the next", "the coming"). */
    yearsAheadFillers: wordSet,
    /** Those of them that look ahead, one of which must stand there ("next", "coming"). */
    yearsAheadMarkers: wordSet,
    /** The words of a year as a unit ("year", "years"). */
    yearWords: wordSet,
    /** Words that may stand right before a month that dates something ("in March", "since June"). */
    monthPrepositions: wordSet,
  },
  ({ numberWords, ordinalWords, hedges, durationArticles }) => ({
    /** Cardinal and ordinal number words with their values ("three", "third"). */
    numberWords: new Map([...ordinalWords, ...numberWords]),
    /** Longest first: "a little over" before "over". */
    hedges: [...hedges].sort((p, q) => q[0].length - p[0].length),
    /** The words a duration article starts with ("an", "half"): no other word starts one. */
    durationArticleStarts: new Set([...durationArticles].map(([phrase]) => phrase[0])),
  }),
);

/** A number or date in a sentence, keyed by what it counts so that only like is compared with like. */
export interface Quantity {
  /**
   * 'date', 'month of the year', 'calendar year' (of the event, or 'calendar year treati' of a thing named by it),
   * 'duration' (of the talks, or 'duration of ceasefir' of a thing it qualifies),
   * or the stem of the word the number counts ('vehicl', 'round', 'percent', 'year' in "five years").
   */
  key: string;
  value: string;
  /** The words as written. */
  words: string;
  /** The time zone a clock time is given in ("IST"), when it says. */
  zone?: string;
  /** How the words before the figure bound it ("almost 30 percent", "more than one hour"). */
  hedge?: Hedge;
  /** The values the figure allows when it is hedged or given as alternatives ("a day or two"). */
  range?: Range;
  /** For a month of the year, the part of it named ("early May", "the second half of May"). */
  part?: MonthPart;
  /** For a year, whether it is named by its distance from the document's ("next year"). */
  relative?: true;
  /** The token of its figure, or of its month when it names no figure. */
  at: number;
  /**
   * For a count of a word ("four cooperation documents"), the token its words start at (the hedge
   * included) and the token of the word counted ("cooperation").
   */
  counted?: { from: number; unit: number };
}

/** The values a hedged figure allows: from low to high, each end included or not. */
export interface Range {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** Finds numbers (digits or words, cardinal or ordinal, with scale words) and dates in a side. */
export const quantities = memoPerSentence((side: SentenceModel): Quantity[] => {
  const found: Quantity[] = [];
  const { tokens } = side;
  let i = 0;
  const add = (quantity: Omit<Quantity, 'at'>) => found.push({ ...quantity, at: i });
  let dateMonth: number | undefined;
  while (i < tokens.length) {
    const number: { value: number; next: number; range?: Range } | null =
      readNumber(side, i) ?? magnitude(side, i);
    if (!number) {
      const month = bareMonth(side, i);
      if (month !== undefined) {
        const part = monthPart(side, i);
        add({
          key: 'month of the year',
          value: String(month),
          words: slice(side, part?.from ?? i, i),
          ...(part && { part: part.part }),
        });
      }
      i++;
      continue;
    }
    const { value, next, range } = number;
    // "1." or "2)" opening a sentence numbers a list item; it counts nothing.
    if (i === 0 && /^\s*[.)](?!\d)/.test(side.text.slice(tokens[0]!.end))) {
      i = next;
      continue;
    }
    const day = !range && Number.isInteger(value) && value >= 1 && value <= 31;
    const monthBefore = tokens[i - 1] ? side.lexicon.months.get(tokens[i - 1]!.word) : undefined;
    // "May 10 and 11": the second day takes the month of the first.
    const monthCarried =
      dateMonth !== undefined && day && linkedToPrevious(side, i) ? dateMonth : undefined;
    const monthAfter = day ? monthFollowing(side, next) : undefined;
    const month = day ? (monthBefore ?? monthCarried ?? monthAfter?.month) : undefined;
    if (month !== undefined) {
      const last =
        monthAfter && monthBefore === undefined && monthCarried === undefined
          ? monthAfter.index
          : next - 1;
      add({
        key: 'date',
        value: `${month}-${value}`,
        words: slice(side, monthBefore !== undefined ? i - 1 : i, last),
      });
      dateMonth = month;
    } else if (/^\d{4}$/.test(tokens[i]!.word) && value >= 1800 && value <= 2199) {
      const named = namedByYear(side, i);
      // "the 1993 treaty" is compared only with another year of a treaty, not with "in 2024".
      add({
        key: named === null ? 'calendar year' : `calendar year ${named}`,
        value: String(value),
        words: slice(side, i, named === null ? i : i + 1),
      });
    } else {
      dateMonth = undefined;
      const symbol = symbolBefore(side, i);
      const unit = symbol ? null : unitAfter(side, next);
      const first = symbol && symbol.from === tokens[i - 1]?.start ? i - 1 : i;
      const hedge = hedgeBefore(side, first);
      // The words quoted take in the hedge: "almost an hour", not "an hour".
      const from = hedge ? tokens[hedge.from]!.start : (symbol?.from ?? tokens[i]!.start);
      const words = side.text.slice(from, tokens[unit && !symbol ? unit.index : next - 1]!.end);
      const minutes = unit
        ? side.lexicon.durationMinutes.get(side.tokens[unit.index]!.word)
        : undefined;
      // "1700 hours" is a clock time, maybe in a zone ("1700 hours IST"); "45 minutes" and "more
      // than one hour" are one measure, a duration.
      const clock = minutes === 60 && /^\d{4}$/.test(tokens[i]!.word);
      const zone = clock ? timeZoneAfter(side, unit!.index) : null;
      if (minutes !== undefined && !clock && !range) {
        const measured = duration(
          side,
          value,
          minutes,
          hedge?.from ?? i,
          unit!.index,
          hedge?.hedge,
        );
        add(measured.quantity);
        i = measured.next;
        continue;
      }
      const quantity: Omit<Quantity, 'at'> = {
        key: symbol?.unit ?? unit?.term ?? 'number',
        value: String(value),
        words,
        ...(range ? { range } : hedged(value, step(value), hedge?.hedge)),
        ...(unit && !symbol && { counted: { from: hedge?.from ?? i, unit: unit.index } }),
      };
      add(
        zone === null
          ? quantity
          : { ...quantity, zone: zone.name, words: slice(side, i, zone.last) },
      );
    }
    i = next;
  }
  if (hasAnyOf(side, side.lexicon.yearWords)) found.push(...relativeYears(side));
  return found;
});

/** The key of a year named by its distance from the document's, in a document that gives no year. */
export const RELATIVE_YEAR = 'relative year';

/**
 * The years a side names by their distance from the document's ("next year", "before the end of
 * this year", "within the next five years"): a calendar year when the document gives its own year,
 * else a year relative to it, compared only with another such.
 */
function relativeYears(side: SentenceModel): Quantity[] {
  const { tokens, lexicon } = side;
  const found: Quantity[] = [];
  const add = (offset: number, from: number, last: number) =>
    found.push({
      key: side.year === undefined ? RELATIVE_YEAR : 'calendar year',
      value: String((side.year ?? 0) + offset),
      words: slice(side, from, last),
      at: from,
      relative: true,
    });
  for (let k = 0; k < tokens.length; k++) {
    const named = lexicon.relativeYears.find(([phrase]) => wordsAt(side, k, phrase));
    if (named !== undefined) {
      add(named[1], k, k + named[0].length - 1);
      continue;
    }
    // "within the next five years", not "the first visit in five years", which looks back.
    if (!lexicon.yearsAheadWords.has(tokens[k]!.word)) continue;
    let at = k + 1;
    let ahead = false;
    for (; at < tokens.length && lexicon.yearsAheadFillers.has(tokens[at]!.word); at++)
      ahead ||= lexicon.yearsAheadMarkers.has(tokens[at]!.word);
    const count = ahead && at < tokens.length ? readNumber(side, at) : null;
    if (count !== null && lexicon.yearWords.has(tokens[count.next]?.word ?? ''))
      add(count.value, k, count.next);
  }
  return found;
}

/** How many sentences from the top of a document may give its date. */
const DATING_SENTENCES = 3;
/** How many tokens after a date's day its year may stand ("15 March 2023", "March 15, 2023"). */
const DATE_YEAR_REACH = 2;

/** The year of a date among a sentence's quantities, when it gives one ("15 March 2023"). */
export function yearOfDate(found: readonly Quantity[], date: Quantity): Quantity | undefined {
  return found.find(
    (q) => q.key === 'calendar year' && q.at > date.at && q.at - date.at <= DATE_YEAR_REACH,
  );
}

/** The year of a document: that of the first full date (day, month, year) in its first sentences. */
export function documentYear(models: readonly SentenceModel[]): number | undefined {
  for (const side of models.slice(0, DATING_SENTENCES)) {
    const found = quantities(side);
    for (const date of found) {
      const year = date.key === 'date' ? yearOfDate(found, date) : undefined;
      if (year !== undefined) return Number(year.value);
    }
  }
  return undefined;
}

/** A number as a sentence writes it: its value and the tokens it spans, [from, next). */
export interface WrittenNumber {
  value: number;
  from: number;
  next: number;
}

/**
 * The numbers a sentence writes in figures or in words ("1,000", "one thousand", "fifty billion",
 * "15th"), each read whole: the word tokenizer splits "1,000" into "1" and "000". Not the words
 * that stand for "one" before a unit ("an hour") nor counts given by their order ("hundreds").
 */
export function writtenNumbers(side: SentenceModel): WrittenNumber[] {
  const found: WrittenNumber[] = [];
  for (let i = 0; i < side.tokens.length;) {
    const number = durationArticle(side, i) === null ? readNumber(side, i) : null;
    if (number === null) i++;
    else {
      found.push({ value: number.value, from: i, next: number.next });
      i = number.next;
    }
  }
  return found;
}

/**
 * A duration in minutes, with what may follow its unit: "an hour and a half" (90 minutes), "a day
 * or two" (about two days). Returns it with the token after its last word.
 */
function duration(
  side: SentenceModel,
  value: number,
  minutes: number,
  from: number,
  unitIndex: number,
  hedge: Hedge | undefined,
): { quantity: Omit<Quantity, 'at'>; next: number } {
  const { tokens, lexicon } = side;
  const fraction = lexicon.fractionPhrases.find(([phrase]) => wordsAt(side, unitIndex + 1, phrase));
  const last = fraction ? unitIndex + fraction[0].length : unitIndex;
  const alternative =
    lexicon.alternativeWords.has(tokens[last + 1]?.word ?? '') && last + 2 < tokens.length
      ? readNumber(side, last + 2)
      : null;
  const words = slice(side, from, alternative ? alternative.next - 1 : last);
  const count = value + (fraction?.[1] ?? 0);
  const total = Math.max(count, alternative?.value ?? 0) * minutes;
  // "a day or two" allows anything from the one to the other.
  const between = alternative && {
    range: {
      low: Math.min(count, alternative.value) * minutes,
      high: total,
      lowOpen: false,
      highOpen: false,
    },
  };
  const quantity: Omit<Quantity, 'at'> = {
    key: measured(side, from, unitIndex),
    value: String(total),
    words,
    // The figure is as precise as its count of units: "an hour" is rounded to the hour.
    ...(between || hedged(total, step(count) * minutes, hedge)),
  };
  return { quantity, next: alternative ? alternative.next : last + 1 };
}

/**
 * What a duration measures: the talks, unless it qualifies another noun ("a twenty-four-hour
 * ceasefire", "a 90-day pause", "a two-day official visit", "a visit of two days"), whose length
 * is another matter than how long the talks went on. `from` is the first token of the duration.
 */
function measured(side: SentenceModel, from: number, unitIndex: number): string {
  const { tokens, text, lexicon } = side;
  const unit = tokens[unitIndex]!;
  const qualified = tokens[unitIndex + 1];
  const modifier = unitIndex > 0 && text.slice(tokens[unitIndex - 1]!.end, unit.start) === '-';
  if (modifier && qualified && qualified.term !== null && !breaksClause(side, unitIndex)) {
    // The head of the phrase, past its adjectives: "a two-day official *visit*".
    const head = nounPhraseAfter(side, unitIndex);
    return durationOf(side, head ?? unitIndex + 1);
  }
  // "a visit of two days": the noun before "of" is what lasts.
  const of = tokens[from - 1];
  const noun = tokens[from - 2];
  if (
    of !== undefined &&
    noun !== undefined &&
    noun.term !== null &&
    lexicon.frame?.complementPrepositions?.includes(of.word) === true &&
    lexicon.stayNouns.has(keyOf(noun))
  )
    return STAY;
  return lastingSubjectIsStay(side, from) ? STAY : 'duration';
}

/**
 * Whether a duration is what a stay lasts: a form of "last" stands before it in its clause, and the
 * first noun of a contact or of a stay in the clause is of a stay ("the visit will last two days";
 * not "the talks during the visit lasted two hours").
 */
function lastingSubjectIsStay(side: SentenceModel, from: number): boolean {
  const { tokens, lexicon } = side;
  const start = clauseStart(side, from);
  let verb = from - 1;
  while (verb >= start && !lexicon.lastingVerbs.has(tokens[verb]!.word)) verb--;
  if (verb < start) return false;
  for (let k = start; k < verb; k++) {
    const token = tokens[k]!;
    if (lexicon.stayNouns.has(keyOf(token))) return true;
    if (lexicon.contactNounWords.has(token.word)) return false;
  }
  return false;
}

/** The key of a stay's length ("a one-day stop", "a two-day visit"). */
const STAY = 'duration of stay';

/** The key of a duration that qualifies the noun at token `head`. */
function durationOf(side: SentenceModel, head: number): string {
  const { lexicon } = side;
  const noun = side.tokens[head]!;
  if (lexicon.stayNouns.has(keyOf(noun))) return STAY;
  return lexicon.contactNounWords.has(noun.word) ? 'duration' : `duration of ${noun.term}`;
}

/**
 * The term of the noun a year is part of the name of, as in "the 1993 treaty" or "Moscow's 2024
 * proposal" (a determiner before, a content word after, in one clause); null for a year that dates
 * the event ("in 2024").
 */
function namedByYear(side: SentenceModel, i: number): string | null {
  const { tokens } = side;
  // "the November 2022 agreement": the determiner stands before the month.
  const month = tokens[i - 1] !== undefined && side.lexicon.months.has(tokens[i - 1]!.word);
  const before = tokens[month ? i - 2 : i - 1];
  const after = tokens[i + 1];
  if (!before || !after || after.term === null || side.lexicon.months.has(after.word)) return null;
  if (!side.lexicon.determiners.has(before.word) && !before.word.endsWith("'s")) return null;
  return /^\s+$/.test(side.text.slice(tokens[i]!.end, after.start)) ? after.term : null;
}

/** The hedge written right before token i, in its clause ("almost", "a little more than"), and where it starts. */
function hedgeBefore(side: SentenceModel, i: number): { hedge: Hedge; from: number } | undefined {
  for (const [phrase, hedge] of side.lexicon.hedges) {
    const from = i - phrase.length;
    if (!wordsAt(side, from, phrase)) continue;
    let k = from;
    while (k < i && !breaksClause(side, k)) k++;
    if (k === i) return hedge === null ? undefined : { hedge, from };
  }
  return undefined;
}

/**
 * The range a hedge makes of figure x, whose last written digit is worth `precision`: "about" a
 * band around it, "almost" the band's lower half, "more than" everything above. The band is half
 * the precision ("about 30" is 25 to 35, "about an hour" rounded to the hour), at least a tenth
 * of the figure and at most a quarter ("almost an hour" is 45 to 60 minutes).
 */
function hedged(
  x: number,
  precision: number,
  hedge: Hedge | undefined,
): { hedge?: Hedge; range?: Range } {
  if (hedge === undefined) return {};
  const band = Math.min(Math.max(precision / 2, x / 10), x / 4);
  const range = (low: number, high: number, lowOpen: boolean, highOpen: boolean) => ({
    hedge,
    range: { low, high, lowOpen, highOpen },
  });
  switch (hedge) {
    case 'about':
      return range(x - band, x + band, false, false);
    case 'just under':
      return range(x - band, x, true, true);
    case 'just over':
      return range(x, x + band, true, true);
    case 'less than':
      return range(0, x, false, true);
    case 'at most':
      return range(0, x, false, false);
    case 'more than':
      return range(x, Infinity, true, true);
    case 'at least':
      return range(x, Infinity, false, true);
  }
}

/**
 * What the last written digit of a figure is worth: 10 for "30", 5 for "45", 0.5 for "1.5",
 * 100,000 for "2.4 million". A figure is taken as rounded to it.
 */
function step(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return 1;
  let place = 10 ** Math.floor(Math.log10(Math.abs(x)));
  while (place > 1e-6 && Math.abs(x / place - Math.round(x / place)) > 1e-9) place /= 10;
  // "45" and "250" are rounded to a five; "5" and "50" to their one digit.
  const digits = Math.round(Math.abs(x) / place);
  return digits >= 10 && digits % 5 === 0 && digits % 10 !== 0 ? place * 5 : place;
}

/**
 * A month named without a day, that dates something ("in March 2024", "since June"): written as
 * the language writes a month (capitalised in English), after a preposition or before a year, and
 * with no day number on either side.
 */
function bareMonth(side: SentenceModel, i: number): number | undefined {
  const { tokens, lexicon } = side;
  const token = tokens[i]!;
  const month = lexicon.months.get(token.word);
  if (month === undefined || !lexicon.hooks.namesMonth(side.text[token.start]!, token.word))
    return undefined;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const isDay = (t: typeof token | undefined) =>
    t !== undefined && lexicon.hooks.dayOfMonth.test(t.word);
  if (isDay(before) || isDay(after)) return undefined;
  // "the November 2022 ceasefire agreement": with its year, the month is part of a name.
  if (after !== undefined && /^\d{4}$/.test(after.word) && namedByYear(side, i + 1) !== null)
    return undefined;
  const dated =
    (before !== undefined && lexicon.monthPrepositions.has(before.word)) ||
    (after !== undefined && /^\d{4}$/.test(after.word));
  return dated ? month : undefined;
}

/** The part of the month the words right before token i name ("early", "the end of"), and where they start. */
function monthPart(side: SentenceModel, i: number): { part: MonthPart; from: number } | undefined {
  for (const [phrase, part] of side.lexicon.monthParts) {
    const from = i - phrase.length;
    if (wordsAt(side, from, phrase)) return { part, from };
  }
  return undefined;
}

/** The month right after a day, or after a range of days ("10 May", "10 to 11 May", "10-11 May"). */
function monthFollowing(
  side: SentenceModel,
  next: number,
): { month: number; index: number } | undefined {
  const { tokens } = side;
  const { months, rangeWords } = side.lexicon;
  const direct = tokens[next] ? months.get(tokens[next].word) : undefined;
  if (direct !== undefined) return { month: direct, index: next };
  const otherDay = rangeWords.has(tokens[next]?.word ?? '')
    ? next + 1
    : dashBefore(side, next)
      ? next
      : -1;
  const other = tokens[otherDay];
  if (!other || !side.lexicon.hooks.dayOfMonth.test(other.word)) return undefined;
  const month = tokens[otherDay + 1] ? months.get(tokens[otherDay + 1]!.word) : undefined;
  return month === undefined ? undefined : { month, index: next - 1 };
}

/** Whether the number at token i ends a range begun by the number before it ("10 and 11", "10-11"). */
function linkedToPrevious(side: SentenceModel, i: number): boolean {
  return side.lexicon.rangeWords.has(side.tokens[i - 1]?.word ?? '') || dashBefore(side, i);
}

function dashBefore(side: SentenceModel, i: number): boolean {
  const before = side.tokens[i - 1];
  const token = side.tokens[i];
  return (
    before !== undefined &&
    token !== undefined &&
    /^\s*[-–]\s*$/.test(side.text.slice(before.end, token.start))
  );
}

/** Reads one number starting at token i: "2.4 million", "1,000", "thirty-first", "16th", "one hundred", "an (hour)". */
/** The value of the places a number written in words leaves empty: 10 for "twenty", 100 for "a hundred", 1 for "six". */
function emptyPlaces(value: number): number {
  if (!Number.isInteger(value) || value <= 0) return 1;
  let place = 1;
  while (value % (place * 10) === 0) place *= 10;
  return place;
}

function readNumber(side: SentenceModel, i: number): { value: number; next: number } | null {
  const { tokens } = side;
  const token = tokens[i]!;
  // Most words start no number: read on only from a digit, a number word or an article's first word.
  if (
    !isDigit(token.word.charCodeAt(0)) &&
    !side.lexicon.numberWords.has(token.word) &&
    !side.lexicon.durationArticleStarts.has(token.word)
  )
    return null;
  const article = durationArticle(side, i);
  let value: number;
  let next = i + 1;
  const digits = isDigit(token.word.charCodeAt(0))
    ? side.lexicon.hooks.numeral.exec(token.word)
    : null;
  if (article) {
    ({ value, next } = article);
  } else if (digits) {
    let text = digits[1]!;
    // Rejoin what the word tokenizer split: thousands separators and decimals ("1,000", "2.4").
    while (next < tokens.length && /^\d+$/.test(tokens[next]!.word)) {
      const between = side.text.slice(tokens[next - 1]!.end, tokens[next]!.start);
      if (between === ',' && tokens[next]!.word.length === 3) text += tokens[next]!.word;
      else if (between === '.' && !text.includes('.')) text += `.${tokens[next]!.word}`;
      else break;
      next++;
    }
    value = Number(text);
  } else {
    const word = wordValue(side, token.word);
    if (word === undefined) return null;
    value = word;
  }
  if (!digits) {
    // Compound number words: "thirty-first", "one hundred", "twenty five", "a hundred and fifty".
    while (next < tokens.length) {
      const joined = joinsHundreds(side, value, next);
      const at = joined ? next + 1 : next;
      const more = at < tokens.length ? wordValue(side, tokens[at]!.word) : undefined;
      const between = side.text.slice(tokens[at - 1]!.end, tokens[at]?.start ?? 0);
      if (more === undefined || !/^[\s-]$/.test(between)) break;
      const multiplies = more === 100 || side.lexicon.countingWords.has(tokens[at]!.word);
      // A word added fills a place the number leaves empty ("twenty five", "a hundred and fifty");
      // else it starts a number of its own ("the first six months", "the two three-day visits").
      if (!multiplies && more >= emptyPlaces(value)) break;
      value = multiplies ? value * more : value + more;
      next = at + 1;
    }
  }
  if (!digits) ({ value, next } = decimalDigits(side, value, next));
  // "four and a half hours"
  for (const [phrase, fraction] of side.lexicon.fractionPhrases) {
    if (wordsAt(side, next, phrase)) {
      value += fraction;
      next += phrase.length;
      break;
    }
  }
  const scale = tokens[next] ? side.lexicon.scales.get(tokens[next]!.word) : undefined;
  if (scale !== undefined) {
    value *= scale;
    next++;
  }
  return { value: Math.round(value * 1e6) / 1e6, next };
}

/**
 * A count given only by its order, from two of its unit to just under ten ("hundreds" is 200 to
 * 999, "hundreds of thousands" 200,000 to 999,999, "dozens" 24 to 119), so that two orders apart
 * cannot both be true of one count. Its value is the low end.
 */
function magnitude(
  side: SentenceModel,
  i: number,
): { value: number; next: number; range: Range } | null {
  const { tokens, lexicon } = side;
  const unit = lexicon.magnitudeWords.get(tokens[i]!.word);
  if (unit === undefined) return null;
  const joined = lexicon.magnitudeJoiners.has(tokens[i + 1]?.word ?? '');
  const scale = joined ? lexicon.magnitudeWords.get(tokens[i + 2]?.word ?? '') : undefined;
  const times = scale !== undefined && scale > unit ? scale : 1;
  const low = 2 * unit * times;
  return {
    value: low,
    next: times > 1 ? i + 3 : i + 1,
    range: { low, high: 10 * unit * times - 1, lowOpen: false, highOpen: false },
  };
}

/**
 * A number in words that goes on with decimal digits, each a word ("four point two", "one point
 * zero five"), when a scale or a unit follows them, as it does where a figure is read out ("four
 * point two billion dollars"; not "at one point two delegations left"): its value with them, and the
 * token after the last.
 */
function decimalDigits(
  side: SentenceModel,
  value: number,
  next: number,
): { value: number; next: number } {
  const { tokens, lexicon } = side;
  if (!Number.isInteger(value) || !lexicon.decimalPoints.has(tokens[next]?.word ?? ''))
    return { value, next };
  let fraction = '';
  let k = next + 1;
  for (; k < tokens.length; k++) {
    const digit = wordValue(side, tokens[k]!.word);
    if (digit === undefined || digit > 9 || lexicon.ordinalWords.has(tokens[k]!.word)) break;
    fraction += String(digit);
  }
  const after = tokens[k]?.word ?? '';
  const measured = lexicon.scales.has(after) || lexicon.unitAliases.has(after);
  return fraction === '' || !measured
    ? { value, next }
    : { value: Number(`${value}.${fraction}`), next: k };
}

/**
 * "an hour", "half an hour", "a hundred", "half a million": an article that counts one unit of
 * time, hundred, dozen or scale, or half of one.
 */
function durationArticle(side: SentenceModel, i: number): { value: number; next: number } | null {
  const { tokens, lexicon } = side;
  const first = tokens[i]!.word;
  // "24 hours a day", "three times a week": an article after a unit of time makes a rate, no length.
  const before = tokens[i - 1];
  if (before !== undefined && lexicon.durationMinutes.has(before.word)) return null;
  for (const [phrase, value] of lexicon.durationArticles) {
    if (phrase[0] !== first) continue;
    const unit = tokens[i + phrase.length];
    const counts =
      unit !== undefined &&
      (lexicon.durationMinutes.has(unit.word) ||
        lexicon.scales.has(unit.word) ||
        lexicon.countingWords.has(unit.word));
    if (counts && wordsAt(side, i, phrase)) return { value, next: i + phrase.length };
  }
  return null;
}

/**
 * Whether "and" at token `at` joins a number in hundreds or thousands to the smaller number word
 * after it ("a hundred and fifty", "two thousand and five").
 */
function joinsHundreds(side: SentenceModel, value: number, at: number): boolean {
  const { tokens, lexicon } = side;
  const after = tokens[at + 1];
  if (!after || value < 100 || value % 100 !== 0 || !lexicon.numberJoiners.has(tokens[at]!.word))
    return false;
  const more = wordValue(side, after.word);
  return more !== undefined && more < 100;
}

function wordValue(side: SentenceModel, word: string): number | undefined {
  return side.lexicon.numberWords.get(word);
}

/** A currency sign or code written right before a number ("$62 billion", "USD 5 billion"). */
function symbolBefore(side: SentenceModel, i: number): { unit: string; from: number } | null {
  const { tokens, text, lexicon } = side;
  const start = tokens[i]!.start;
  const sign = start > 0 ? lexicon.unitAliases.get(text[start - 1]!) : undefined;
  if (sign !== undefined) return { unit: sign, from: start - 1 };
  const previous = tokens[i - 1];
  const code =
    previous && /^\s+$/.test(text.slice(previous.end, start))
      ? lexicon.unitAliases.get(previous.word)
      : undefined;
  return code !== undefined && CURRENCY_UNITS.has(code)
    ? { unit: code, from: previous!.start }
    : null;
}

/** A time zone written right after a clock time ("IST"): its name, and the last token it takes. */
function timeZoneAfter(
  side: SentenceModel,
  unitIndex: number,
): { name: string; last: number } | null {
  const { tokens, text } = side;
  const written = (offset: number) => {
    const token = tokens[unitIndex + offset];
    return token ? text.slice(token.start, token.end) : '';
  };
  const length = side.lexicon.hooks.timeZoneLength(written);
  if (length === 0) return null;
  const last = unitIndex + length;
  return { name: text.slice(tokens[unitIndex + 1]!.start, tokens[last]!.end), last };
}

/** What a number counts: a sign after it ("%"), or the next content word, skipping at most one other word. */
function unitAfter(side: SentenceModel, from: number): { term: string; index: number } | null {
  const sign = side.text.slice(side.tokens[from - 1]!.end).trimStart()[0];
  const { unitAliases } = side.lexicon;
  const signUnit = sign === undefined ? undefined : unitAliases.get(sign);
  if (signUnit !== undefined) return { term: signUnit, index: from - 1 };
  // At most one word between the number and its unit; the letters of "U.S." in "62 billion U.S.
  // dollars" do not count.
  let skipped = 0;
  for (let k = from; k < side.tokens.length && skipped < 2; k++) {
    const token = side.tokens[k]!;
    if (token.word.length > 1) skipped++;
    const alias = unitAliases.get(token.word);
    if (alias !== undefined) return { term: alias, index: k };
    // "US dollars", "Chinese yuan": the currency is the unit, not the word that qualifies it.
    const currency = side.tokens[k + 1] ? unitAliases.get(side.tokens[k + 1]!.word) : undefined;
    if (currency !== undefined && CURRENCY_UNITS.has(currency))
      return { term: currency, index: k + 1 };
    if (token.term !== null && !side.lexicon.months.has(token.word))
      return { term: token.term, index: k };
  }
  return null;
}

/** A word with no term of its own, in lower case: a headline has them ("Leaders Meet In Cairo"). */
const isLittleWord = (token: Token) => token.term === null && /^[a-z]{2,}$/.test(token.word);

/** How many words a dateline has at most: a place of a few words, a weekday, a date. */
const DATELINE_WORDS = 8;

/**
 * The date of a dateline ("Cairo, 19 December 2023", "Kabul, Thursday, 30 October 2025"): a line of
 * a place, maybe a weekday, and one date, every word of it capitalised or a figure. It says when a
 * document was issued, which two documents on one event may do on different days.
 */
export const datelineDate = memoPerSentence((side: SentenceModel): string | null => {
  const { tokens, text } = side;
  if (tokens.length > DATELINE_WORDS) return null;
  const dates = quantities(side).filter((q) => q.key === 'date');
  if (dates.length !== 1 || quantities(side).length !== dates.length + yearsOf(side)) return null;
  const capitalisedOrFigure = (at: number) => {
    const first = text[at]!;
    return first !== first.toLowerCase() || (first >= '0' && first <= '9');
  };
  // A headline in title case has its little words ("Leaders Meet In Cairo On 19 December").
  return tokens.every((token) => capitalisedOrFigure(token.start) && !isLittleWord(token))
    ? dates[0]!.value
    : null;
});

/**
 * Whether a line is or opens with a date line: a date or a year, however written, after nothing but
 * a place or a label ("Press release, 5 November 2024", "Athens, 07.12.2023", "2024-06-13"), whatever
 * follows it ("Washington, 10 February 2023 - Secretariat of Social Communication"). A headline that
 * gives a date names the event first, in a phrase with its little words ("Visit of Prime Minister to
 * Brunei Darussalam (September 03-04, 2024)").
 */
export const isDateLine = memoPerSentence((side: SentenceModel): boolean => {
  const at = Math.min(
    ...quantities(side)
      .filter((q) => q.key === 'date' || q.key.startsWith('calendar year'))
      .map((q) => q.at),
  );
  // "The Kremlin, Moscow, 10 May 2025": a place may have a little word, capitalised.
  return (
    at < DATELINE_WORDS &&
    !side.tokens.slice(0, at).some((token, k) => isLittleWord(token) && !capitalisedAt(side, k))
  );
});

/** How many of a side's quantities are calendar years (a date's year may be read as one as well). */
function yearsOf(side: SentenceModel): number {
  return quantities(side).filter((q) => q.key.startsWith('calendar year')).length;
}
