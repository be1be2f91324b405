import { defineCue, messagesOf, type Finding, type Message } from '../cue.js';
import {
  datelineDate,
  quantities,
  RELATIVE_YEAR,
  type Quantity,
  type Range,
} from '../quantities.js';
import { defineWords, groupBy, keyOf, keySet, wordSet } from '../lexicon.js';
import { CURRENCY_UNITS } from '../../language/cue-data.js';
import { keptSet, memoPerSentence } from '../../sentence/memo.js';
import { breaksClause, clauseEnd, clauseStart, isPastForm } from '../phrases.js';
import { wordnetRelated } from '../related.js';
import { antonymTable } from '../antonyms.js';
import { complementHead } from '../frame.js';
import { capitalisedAt } from '../../sentence/capitals.js';
import { qualifiesNext } from './negation.js';
import type { SentenceModel } from '../../sentence/model.js';

/** What differs, by the kind of quantity. */
const messages = {
  dates: () => 'the dates differ',
  partsOfTheMonth: () => 'the parts of the month differ',
  months: () => 'the months differ',
  years: () => 'the years differ',
  durations: () => 'the durations differ',
  numbers: () => 'the numbers differ',
  countsOfOneThing: (nouns: string) => `the numbers of one thing (${nouns}) differ`,
  countsOfOneAct: (acts: string) => `the numbers of one act (${acts}) differ`,
  countsOfPeople: (nouns: string) => `the numbers of people (${nouns}) differ`,
  placesInOneSeries: (series: string) => `the places in one series (of the ${series}) differ`,
  figures: () => 'the figures differ',
};
const say = messagesOf(messages);

const words = defineWords({
  /** Words that name a figure as a goal ("a target of"): besides the markers of the future, it is to come. */
  goalWords: wordSet,
  /** Words that put it in the past ("had been presented", "last year", "two years ago"). */
  pastWords: wordSet,
  /** Words after which a date is where a period starts ("since taking office in December"). */
  periodStarts: wordSet,
  /**
   * Nouns of written instruments ("documents", "agreements", "memoranda"): two counts of them by one
   * act ("signed", "exchanged") count the documents of the event, however each side names them.
   */
  documentNouns: keySet,
  /**
   * Nouns of people in general ("people", "citizens", "civilians"): two counts of them in two
   * accounts of one thing count the same people, however each side names them.
   */
  personNouns: keySet,
  /**
   * Endings of the plural of a nation's name for its people ("Eritreans", "Congolese"), for the
   * nations the vocabulary does not name: a capitalised word so ending counts people.
   */
  nationalityEndings: wordSet,
});

/** Fires when both sides give a number (or date) for the same thing and no value agrees. */
export const numberCue = defineCue({
  name: 'number',
  words,
  messages,
  detect: (a, b) =>
    bothDatelines(a, b)
      ? null
      : (sameKindDiffers(a, b) ??
        oneThingCountedDiffers(a, b) ??
        dateAgainstMonth(a, b, 'a') ??
        dateAgainstMonth(a, b, 'b')),
  pull: {
    // Sentences that say how long something lasted answer one question in a readout, how long the
    // talks went on, however differently they word it ("lasted fifty minutes" / "went on for an hour").
    says: (side) => givesDuration(side),
    saidOnce: true,
    sameSlot: (a, b) => lengthsOnOneScale(a, b),
    // How many documents were signed or exchanged: "Two MoUs were exchanged" / "Three memoranda of
    // understanding were exchanged".
    slots: [(side) => countsDocuments(side)],
    // Whether the two durations agree or not: "lasted an hour and a half" / "spoke for 90 minutes".
    topicWordsNeeded: (a, b) => (givesDuration(a) && givesDuration(b) ? 0 : undefined),
  },
});

/**
 * Two datelines say when each document was issued, not when the event took place: two readouts of
 * one event may come out on different days ("Cairo, 19 December" / "Addis Ababa, 20 December").
 */
export function bothDatelines(a: SentenceModel, b: SentenceModel): boolean {
  return datelineDate(a) !== null && datelineDate(b) !== null;
}

function givesDuration(side: SentenceModel): boolean {
  return quantities(side).some((q) => q.key === 'duration');
}

/**
 * How many times one length may be another and both still be accounts of one event's length: a
 * length in hours and one in days measure two things (the talks, the visit).
 */
const ONE_SCALE = 10;

/** Whether each side gives a length, and two of them lie within ONE_SCALE of each other. */
function lengthsOnOneScale(a: SentenceModel, b: SentenceModel): boolean {
  const lengths = (side: SentenceModel) =>
    quantities(side).flatMap((q) => {
      const value = Number(q.value);
      return q.key === 'duration' && value > 0 ? [value] : [];
    });
  const inB = lengths(b);
  return lengths(a).some((p) => inB.some((q) => Math.max(p, q) <= ONE_SCALE * Math.min(p, q)));
}

/**
 * Whether two sentences give figures of one kind only for two times: every date, sum or count of
 * some kind they both give is in the past on one side and to come on the other, or where two
 * opposite acts happened, and none agrees ("trade reached 20 billion dollars last year" / "a target of 30 billion dollars",
 * "the talks began on 3 March" / "ended on 5 March"). They speak of two occasions, both true.
 */
export function figuresOfTwoTimes(a: SentenceModel, b: SentenceModel): boolean {
  const inA = absoluteQuantities(a);
  if (inA.length === 0) return false;
  const byKeyB = groupBy(absoluteQuantities(b), byKey);
  for (const [key, ofKey] of groupBy(inA, byKey)) {
    const inB = byKeyB.get(key);
    if (inB && !ofKey.some((qa) => inB.some((qb) => agree(qa, qb) || oneTime(a, qa, b, qb))))
      return true;
  }
  return false;
}

/**
 * A side's quantities but the years named by their distance from the document's ("later this
 * year"), which say when, not which occasion; kept once per sentence, as pairs ask for them.
 */
const absoluteQuantities = memoPerSentence((side: SentenceModel): readonly Quantity[] => {
  const found = quantities(side);
  return found.some((q) => q.relative === true) ? found.filter((q) => q.relative !== true) : found;
});

function sameKindDiffers(a: SentenceModel, b: SentenceModel): Finding | null {
  const byKeyB = groupBy(quantities(b), byKey);
  for (const [key, inA] of groupBy(quantities(a), byKey)) {
    const inB = byKeyB.get(key);
    if (
      !inB ||
      inA.some((qa) => inB.some((qb) => agree(qa, qb))) ||
      inDifferentZones(inA, inB) ||
      !inA.some((qa) => inB.some((qb) => oneTime(a, qa, b, qb)))
    )
      continue;
    const sameMonth = key === 'month of the year' && inA[0]!.value === inB[0]!.value;
    const what =
      key === 'date'
        ? say.dates()
        : sameMonth
          ? say.partsOfTheMonth()
          : key === 'month of the year'
            ? say.months()
            : key.startsWith('calendar year') || key === RELATIVE_YEAR
              ? say.years()
              : key.startsWith('duration')
                ? say.durations()
                : key === 'number'
                  ? say.numbers()
                  : say.figures();
    return numberReason(inA[0]!, inB[0]!, what);
  }
  return null;
}

const byKey = (q: Quantity): string => q.key;

/** How many content words after a count its noun phrase may run ("four bilateral cooperation documents"). */
const COUNTED_WORDS = 3;
/** How many words before a count the act that counts it may stand ("the signing of 20 documents"). */
const ACT_REACH = 3;

/** A count of a word, with the words that say what it counts. */
interface Count {
  quantity: Quantity;
  /** The terms of the noun phrase it counts ("cooper", "document"). */
  nouns: ReadonlySet<string>;
  /** The act that counts it, the content word right before it in its clause ("signing"), if any. */
  act: { term: string; word: string } | null;
  /**
   * For an ordinal, the head of its noun's complement with "of", the series it numbers ("the
   * 20th meeting of the Joint *Commission*"), if any.
   */
  series: { term: string; word: string } | null;
  /** Whether it counts people in general ("people", "citizens") or a nation's people ("Eritreans"). */
  people: boolean;
  /** Whether it counts a nation's people: two nations' people are two crowds. */
  nationals: boolean;
}

/**
 * Two counts of one thing that differ, though counted by different words: one of the nouns of
 * their noun phrases is the same ("the twentieth package" / "the nineteenth defence package"), or
 * the act that counts them is and their nouns are related in WordNet ("the signing of 20 accords" /
 * "signed 15 pacts"); one act alone counts different things ("visited 3 factories" / "visited 2
 * ports"); two ordinals number one series, the complements of their nouns having one head ("the 20th
 * meeting of the Joint Commission" / "the 19th session of the joint economic commission"). Each side must count that thing once, and no count of the other side may agree with it.
 * Of several such things, the one of the smallest term is reported, whichever side comes first.
 */
function oneThingCountedDiffers(a: SentenceModel, b: SentenceModel): Finding | null {
  const [countsA, countsB] = [countsOf(a), countsOf(b)];
  let found: { key: string; finding: Finding } | null = null;
  for (const ca of countsA)
    for (const cb of countsB) {
      if (ca.quantity.key === cb.quantity.key) continue;
      const noun = [...ca.nouns].filter((term) => cb.nouns.has(term)).sort()[0];
      const series =
        noun === undefined && ca.series !== null && ca.series.term === cb.series?.term
          ? ca.series
          : null;
      const people =
        noun === undefined &&
        series === null &&
        ca.people &&
        cb.people &&
        !(ca.nationals && cb.nationals);
      const act =
        noun === undefined &&
        series === null &&
        !people &&
        ca.act !== null &&
        ca.act.term === cb.act?.term &&
        relatedNouns(a, ca, cb)
          ? ca.act
          : null;
      if (
        (noun === undefined && series === null && !people && act === null) ||
        !oneTime(a, ca.quantity, b, cb.quantity)
      )
        continue;
      const key =
        noun !== undefined
          ? `noun ${noun}`
          : series !== null
            ? `series ${series.term}`
            : people
              ? 'people'
              : `act ${act!.term}`;
      if (found !== null && found.key <= key) continue;
      const sameThing = (c: Count, other: Count) =>
        noun !== undefined
          ? c.nouns.has(noun)
          : series !== null
            ? c.series?.term === series.term
            : people
              ? c.people
              : c.act?.term === other.act?.term;
      if (countsA.filter((c) => sameThing(c, ca)).length !== 1) continue;
      if (countsB.filter((c) => sameThing(c, cb)).length !== 1) continue;
      if (
        countsA.some((c) => agree(c.quantity, cb.quantity)) ||
        countsB.some((c) => agree(ca.quantity, c.quantity))
      )
        continue;
      // What both count, as written; the act's two words in a fixed order, so that swapping the
      // sides mirrors the explanation.
      const message =
        noun !== undefined
          ? say.countsOfOneThing(bothWords(wordOf(a, ca, noun), wordOf(b, cb, noun)))
          : series !== null
            ? say.placesInOneSeries(bothWords(ca.series!.word, cb.series!.word))
            : people
              ? say.countsOfPeople(bothWords(unitWord(a, ca), unitWord(b, cb)))
              : say.countsOfOneAct(bothWords(ca.act!.word, cb.act!.word));
      found = { key, finding: numberReason(ca.quantity, cb.quantity, message) };
    }
  return found?.finding ?? null;
}

/**
 * Whether a noun of one count is related in WordNet to a noun of the other ("accord" / "pact"), or
 * both count written instruments ("20 cooperation documents" / "15 agreements and memoranda").
 */
function relatedNouns(side: SentenceModel, x: Count, y: Count): boolean {
  const { documentNouns } = side.lexicon;
  const documents = (c: Count) => [...c.nouns].some((term) => documentNouns.has(term));
  if (documents(x) && documents(y)) return true;
  if (!side.lexicon.wordnet) return false;
  const linked = (p: string, q: string) => wordnetRelated(p)?.includes(q) === true;
  return [...x.nouns].some((p) => [...y.nouns].some((q) => linked(p, q) || linked(q, p)));
}

/** Whether a side counts written instruments by an act ("signed four agreements", "two MoUs were exchanged"). */
function countsDocuments(side: SentenceModel): boolean {
  const { documentNouns } = side.lexicon;
  return countsOf(side).some(
    (c) => c.act !== null && [...c.nouns].some((term) => documentNouns.has(term)),
  );
}

/**
 * The counts of words in a side, with their nouns and the act that counts them. A count in a list
 * of counts ("signed three agreements and two memoranda") is only part of what its act counts: it
 * has no act of its own.
 */
const countsOf = memoPerSentence((side: SentenceModel): readonly Count[] => {
  const counted = quantities(side).filter(
    (q) => q.counted !== undefined && q.zone === undefined && isPlainCount(q.key),
  );
  return counted.map((quantity, k) => {
    const { from, unit } = quantity.counted!;
    const listed =
      inOneList(side, quantity, counted[k + 1]) || inOneList(side, counted[k - 1], quantity);
    const nouns = nounsFrom(side, unit);
    const act = listed ? null : (actBefore(side, from) ?? passiveAfter(side, unit + nouns.size));
    const series = seriesOf(side, quantity, unit + nouns.size - 1);
    const nationals = nationalsAt(side, unit);
    return {
      quantity,
      nouns,
      act,
      series,
      people: nationals || countsPeople(side, unit),
      nationals,
    };
  });
});

/**
 * Whether the word a count counts is a noun of people in general, or a compound of one, whose head
 * is its last part ("non-citizens").
 */
function countsPeople(side: SentenceModel, unit: number): boolean {
  const key = keyOf(side.tokens[unit]!);
  const { personNouns } = side.lexicon;
  return personNouns.has(key) || personNouns.has(key.slice(key.lastIndexOf('-') + 1));
}

/**
 * Whether token k names a country's people in the plural: a capitalised word that the vocabulary
 * resolves to a country ("Kenyans"), or that ends as such names do ("Eritreans").
 */
function nationalsAt(side: SentenceModel, k: number): boolean {
  const token = side.tokens[k]!;
  if (!capitalisedAt(side, k) || qualifiesNoun(side, k)) return false;
  if (side.lexicon.actorsByFirstKey.has(keyOf(token))) return true;
  for (const ending of side.lexicon.nationalityEndings)
    if (token.word.endsWith(ending)) return true;
  return false;
}

/**
 * Whether token k qualifies the noun after it ("Kenyan *shillings*"), as the negation cue reads a
 * noun phrase, and the word after is no irregular past ("Kenyans *came*") or preposition.
 */
function qualifiesNoun(side: SentenceModel, k: number): boolean {
  const next = side.tokens[k + 1]?.word ?? '';
  return (
    qualifiesNext(side, k) &&
    !side.lexicon.pastForms.has(next) &&
    !side.lexicon.prepositions.has(next)
  );
}

/** The word a count counts, as written. */
function unitWord(side: SentenceModel, count: Count): string {
  return side.tokens[count.quantity.counted!.unit]!.word;
}

/** The series an ordinal numbers, the head of the complement after its noun phrase ending at token `last`. */
function seriesOf(side: SentenceModel, quantity: Quantity, last: number): Count['series'] {
  const { word } = side.tokens[quantity.at]!;
  const ordinal =
    side.lexicon.ordinalWords.has(word) || side.lexicon.hooks.numeral.exec(word)?.[2] !== undefined;
  const head = ordinal ? complementHead(side, last) : null;
  const token = head === null ? undefined : side.tokens[head];
  return token !== undefined && token.term !== null ? { term: token.term, word: token.word } : null;
}

/** Whether a count follows another in a list, right after its noun phrase ("three agreements and two memoranda"). */
function inOneList(side: SentenceModel, first?: Quantity, next?: Quantity): boolean {
  if (!first?.counted || !next?.counted) return false;
  const between = side.tokens.slice(first.counted.unit + 1, next.counted.from);
  return (
    between.length <= COUNTED_WORDS &&
    between.some((token) => side.lexicon.listJoiners.has(token.word))
  );
}

/** Whether a key counts things, rather than measuring money or shares ("usd", "percent"). */
function isPlainCount(key: string): boolean {
  return key !== 'percent' && !CURRENCY_UNITS.has(key);
}

/** The terms of the noun phrase from token `unit` on: content words that are no verb forms. */
function nounsFrom(side: SentenceModel, unit: number): ReadonlySet<string> {
  const nouns = new Set<string>();
  for (let k = unit; k < side.tokens.length && k < unit + COUNTED_WORDS; k++) {
    const token = side.tokens[k]!;
    if (token.term === null || (k > unit && side.lexicon.hooks.isVerbForm(token.word))) break;
    nouns.add(token.term);
    if (breaksClause(side, k)) break;
  }
  return keptSet(nouns);
}

/** The content word before token `from`, past words like "of" and "the", in the same clause. */
function actBefore(side: SentenceModel, from: number): Count['act'] {
  for (let k = from - 1; k >= 0 && k >= from - ACT_REACH && !breaksClause(side, k); k--) {
    const token = side.tokens[k]!;
    if (token.term === null) continue;
    // A capitalised word inside the sentence is a name ("thanked Poland for the nineteenth"), no act.
    return k > 0 && capitalisedAt(side, k) ? null : { term: token.term, word: token.word };
  }
  return null;
}

/**
 * The verb of a passive right after a count's noun phrase ending before token `after`, in its
 * clause ("five agreements were signed"), past the phrase's complement ("three memoranda of
 * understanding were exchanged"): the act that counts it.
 */
function passiveAfter(side: SentenceModel, after: number): Count['act'] {
  const { tokens, lexicon } = side;
  const start = pastComplement(side, after);
  let k = start;
  while (k < tokens.length && lexicon.passiveAuxiliaries.has(tokens[k]!.word)) k++;
  if (k === start || k >= tokens.length || breaksClause(side, k - 1)) return null;
  const verb = tokens[k]!;
  const isVerb = lexicon.pastForms.has(verb.word) || lexicon.hooks.isVerbForm(verb.word);
  return verb.term !== null && isVerb ? { term: verb.term, word: verb.word } : null;
}

/**
 * Past the complement of a noun at token `at` - 1 ("memoranda *of understanding*", "declarations
 * *of intent*"): the token after its content words, or `at` when none follows there.
 */
function pastComplement(side: SentenceModel, at: number): number {
  const { tokens, lexicon } = side;
  const of = lexicon.frame?.complementPrepositions ?? [];
  if (!of.includes(tokens[at]?.word ?? '') || breaksClause(side, at - 1)) return at;
  let k = at + 1;
  while (
    k < tokens.length &&
    k <= at + COUNTED_WORDS &&
    tokens[k]!.term !== null &&
    !lexicon.passiveAuxiliaries.has(tokens[k]!.word)
  )
    k++;
  return k === at + 1 || breaksClause(side, k - 1) ? at : k;
}

/** The act before token `from`, when it is a verb in the past ("began on 3 March"), not a noun ("the end of May"). */
function doneBefore(side: SentenceModel, from: number): Count['act'] {
  const act = actBefore(side, from);
  if (act === null) return null;
  return isPastForm(side, act.word) ? act : null;
}

/** Two words quoted, once when they are one, in a fixed order whichever side comes first. */
function bothWords(x: string, y: string): string {
  return [...new Set([x, y])]
    .sort()
    .map((word) => `"${word}"`)
    .join(' / ');
}

/** The word of a count's noun phrase whose term is `term`, as written. */
function wordOf(side: SentenceModel, count: Count, term: string): string {
  const { unit } = count.quantity.counted!;
  for (let k = unit; k < unit + COUNTED_WORDS; k++)
    if (side.tokens[k]?.term === term) return side.tokens[k]!.word;
  return term;
}

/**
 * "agreed to meet on 8 May" against "a visit in June": the one date of a side falls in another month
 * than the one month the other side names (and neither side gives the other kind as well).
 */
function dateAgainstMonth(a: SentenceModel, b: SentenceModel, dateSide: 'a' | 'b'): Finding | null {
  const [withDate, withMonth] =
    dateSide === 'a' ? [quantities(a), quantities(b)] : [quantities(b), quantities(a)];
  const only = (qs: readonly Quantity[], key: string) =>
    qs.filter((q) => q.key === key).length === 1 ? qs.find((q) => q.key === key) : undefined;
  const date = only(withDate, 'date');
  const month = only(withMonth, 'month of the year');
  if (
    !date ||
    !month ||
    withDate.some((q) => q.key === month.key) ||
    withMonth.some((q) => q.key === date.key)
  )
    return null;
  if (date.value.split('-')[0] === month.value) return null;
  const [sideWithDate, sideWithMonth] = dateSide === 'a' ? [a, b] : [b, a];
  if (!oneTime(sideWithDate, date, sideWithMonth, month)) return null;
  const [first, second] = dateSide === 'a' ? [date, month] : [month, date];
  return numberReason(first, second, say.months());
}

/** How many words after a figure may still say when it holds ("twenty billion dollars *last* year"). */
const TIME_AFTER = 3;
/** How many words before a date its period may start ("*since* taking office in December"). */
const PERIOD_REACH = 4;

/** When a figure holds, as its clause tells: from a point on, in the past, in the future, or unsaid. */
type Time = 'since' | 'past' | 'future' | null;

/**
 * When a figure holds: a date after "since" starts a period, and the words of its clause before it
 * (or just after it) put it in the past ("had been presented on 27 February", "last year") or the
 * future ("will meet on 4 April", "a target of"); a clause with both ("had grown to 85 billion and
 * set a target of 100 billion") says neither.
 */
function timeOf(side: SentenceModel, q: Quantity): Time {
  const { tokens, lexicon } = side;
  const start = clauseStart(side, q.at);
  // "Since 2014 more than two thousand people": a count after a period's date is no date itself.
  if (q.counted === undefined)
    for (let k = q.at - 1; k >= start && k >= q.at - PERIOD_REACH; k--)
      if (lexicon.periodStarts.has(tokens[k]!.word)) return 'since';
  let [past, future] = [false, false];
  const end = Math.min(clauseEnd(side, q.at), q.at + TIME_AFTER);
  for (let k = start; k <= end; k++) {
    const word = tokens[k]!.word;
    past ||= lexicon.pastWords.has(word);
    future ||= lexicon.futureMarkers.has(word) || lexicon.goalWords.has(word);
  }
  return past === future ? null : past ? 'past' : 'future';
}

/**
 * Whether two figures may be of one time, and so of one thing: a date where a period starts is
 * compared only with another ("since June" / "since July"), and a figure in the past not with one in
 * the future ("had been presented on 27 February" / "will meet on 4 April").
 */
function oneTime(a: SentenceModel, qa: Quantity, b: SentenceModel, qb: Quantity): boolean {
  const [x, y] = [timeOf(a, qa), timeOf(b, qb)];
  return (
    (x === 'since') === (y === 'since') &&
    (x === null || y === null || x === y) &&
    !oppositeActs(a, qa, b, qb) &&
    !beforeRelativeYear(a, qa, b, qb) &&
    !beforeRelativeYear(b, qb, a, qa)
  );
}

/**
 * Whether a year named by its distance from the document's ("later this year", "next year"), which
 * is now or to come, stands against a year before the document's, which is past ("signed in 2008").
 */
function beforeRelativeYear(
  a: SentenceModel,
  qa: Quantity,
  b: SentenceModel,
  qb: Quantity,
): boolean {
  return (
    qa.relative === true &&
    qb.relative !== true &&
    a.year !== undefined &&
    qb.key.startsWith('calendar year') &&
    Number(qb.value) < a.year
  );
}

/**
 * Whether the acts done right before two figures are WordNet's opposites, two ends of something
 * ("the talks began on 3 March" / "ended on 5 March", "arrived on 2 May" / "left on 4 May").
 */
function oppositeActs(a: SentenceModel, qa: Quantity, b: SentenceModel, qb: Quantity): boolean {
  const [x, y] = [doneBefore(a, qa.at), doneBefore(b, qb.at)];
  if (x === null || y === null) return false;
  return antonymTable(a.lexicon)
    .opposites(x.term)
    .some(([term, source]) => source === 'wordnet' && term === y.term);
}

function numberReason(a: Quantity, b: Quantity, message: Message): Finding {
  return {
    a: a.words,
    b: b.words,
    message,
    values: { a: resolvedValue(a), b: resolvedValue(b) },
  };
}

const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/** A quantity as the cue understood it, in words a reader can check against the text. */
function resolvedValue(q: Quantity): string {
  const month = (m: string) => MONTHS[Number(m) - 1] ?? m;
  switch (q.key) {
    case 'date': {
      const [m, d] = q.value.split('-');
      return `${Number(d)} ${month(m!)}`;
    }
    case 'month of the year':
      return q.part ? `${q.part} ${month(q.value)}` : month(q.value);
    default:
      return withRange(q, (n) => figure(q.key, n));
  }
}

/**
 * A figure with its hedge and the range it was read as: "just under 60 minutes (45 to 60)", "more
 * than 100", "1440 to 2880 minutes" for "a day or two".
 */
function withRange(q: Quantity, written: (n: number) => string): string {
  const { range, hedge } = q;
  if (!range) return written(Number(q.value));
  if (!hedge) return `${plain(range.low)} to ${written(range.high)}`;
  const said = `${hedge} ${written(Number(q.value))}`;
  return Number.isFinite(range.high) && range.low > 0
    ? `${said} (${plain(range.low)} to ${plain(range.high)})`
    : said;
}

function figure(key: string, n: number): string {
  // A year is written without a thousands separator: "2028", not "2,028".
  if (key.startsWith('calendar year')) return String(n);
  if (key === RELATIVE_YEAR)
    return n === 0
      ? "the document's year"
      : `${plain(n)} year${n === 1 ? '' : 's'} after the document's`;
  if (key.startsWith('duration')) return `${plain(n)} minutes`;
  if (key === 'percent') return `${plain(n)} percent`;
  return CURRENCY_KEYS.has(key) ? `${plain(n)} ${key.toUpperCase()}` : plain(n);
}

const plain = (n: number): string => (Number.isFinite(n) ? n.toLocaleString('en-US') : String(n));

const CURRENCY_KEYS = new Set(['usd', 'eur', 'gbp', 'jpy', 'cny', 'rub', 'inr', 'try']);

/**
 * Whether two figures may be one: equal, or a hedged figure's range takes in the other
 * ("almost an hour" and "fifty minutes", not "almost an hour" and "over an hour").
 */
function agree(qa: Quantity, qb: Quantity): boolean {
  // The same figure plainly given may itself be rounded: "an hour" does not deny "almost an
  // hour", but "over an hour" does.
  const oneHedged = !qa.range !== !qb.range;
  if (oneHedged && qa.value === qb.value && !qa.part && !qb.part) return true;
  if (qa.range || qb.range) {
    // Ranges only for a hedged figure: most pairs compare two plain figures.
    const [ra, rb] = [rangeOf(qa), rangeOf(qb)];
    if (ra && rb) return overlap(ra, rb);
  }
  if (qa.value !== qb.value) return false;
  return !(qa.part && qb.part && qa.part !== 'mid' && qb.part !== 'mid' && qa.part !== qb.part);
}

/** The values a figure allows: its range, or the figure alone; null for what is no number ("5-3" for a date). */
function rangeOf(q: Quantity): Range | null {
  if (q.range) return q.range;
  const x = Number(q.value);
  return Number.isFinite(x) ? { low: x, high: x, lowOpen: false, highOpen: false } : null;
}

/** Whether two ranges share a value, each end included or not. */
function overlap(p: Range, q: Range): boolean {
  if (p.low > q.high || q.low > p.high) return false;
  if (p.low === q.high) return !p.lowOpen && !q.highOpen;
  if (q.low === p.high) return !q.lowOpen && !p.highOpen;
  return true;
}

/** "1700 hours IST" and "1630 hours PKT" may be one moment: clock times each in its own zone do not compare. */
function inDifferentZones(inA: readonly Quantity[], inB: readonly Quantity[]): boolean {
  const zoned = (qs: readonly Quantity[]) => qs.every((q) => q.zone !== undefined);
  return zoned(inA) && zoned(inB) && !inA.some((qa) => inB.some((qb) => qa.zone === qb.zone));
}
