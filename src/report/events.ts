import { countriesIn } from '../classify/people.js';
import { quantities } from '../classify/quantities.js';
import type { DocumentModel } from '../sentence/document.js';

/** Below this share of sentences aligned, two documents are unlikely to report one event. */
const DIFFERENT_EVENTS_SHARE = 0.1;
/**
 * A readout dates its event in its dateline or first sentences; a date further on is of something
 * else (an earlier meeting, a treaty, the next visit).
 */
const DATED_SENTENCES = 3;
/**
 * Dates this many days apart still count as one: two capitals' readouts of a late call may date it
 * a day apart, and a statement may be dated the day after the event.
 */
const DATE_TOLERANCE_DAYS = 1;

/**
 * Why two documents look like reports of different events, as one warning (none when nothing
 * says so): almost nothing aligned; explicit dates at the start of both and none within a day of
 * the other's;
 * countries named in both and none in common. The message is the same whichever document is A.
 */
export function differentEvents(x: DocumentModel, y: DocumentModel, aligned: number): string[] {
  const reasons: string[] = [];
  const sentences = x.sentences.length + y.sentences.length;
  if (sentences > 0 && aligned / sentences < DIFFERENT_EVENTS_SHARE)
    reasons.push(`only ${aligned} of ${sentences} sentences have a counterpart`);
  const [datesX, datesY] = [datesOf(x), datesOf(y)];
  if (
    datesX.size > 0 &&
    datesY.size > 0 &&
    ![...datesX.keys()].some((p) =>
      [...datesY.keys()].some((q) => Math.abs(dayOfYear(p) - dayOfYear(q)) <= DATE_TOLERANCE_DAYS),
    )
  )
    reasons.push(`no date in common (${eachSide(datesX, datesY)})`);
  const [partiesX, partiesY] = [countriesOf(x), countriesOf(y)];
  if (
    partiesX.size > 0 &&
    partiesY.size > 0 &&
    ![...partiesX.keys()].some((country) => partiesY.has(country))
  )
    reasons.push(`no country named in common (${eachSide(partiesX, partiesY)})`);
  return reasons.length === 0
    ? []
    : [`the two documents look like reports of different events: ${reasons.join('; ')}`];
}

/** "14 March in one, 22 March and 30 April in the other", the two sides in an order of their own. */
function eachSide(x: Map<string, string>, y: Map<string, string>): string {
  const [first, second] = [listed(x), listed(y)].sort();
  return `${first} in one, ${second} in the other`;
}

function listed(found: Map<string, string>): string {
  const words = [...found.values()];
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The dates (month and day) a document opens with, each with its words, in calendar order. */
function datesOf(doc: DocumentModel): Map<string, string> {
  const dates = new Map<string, string>();
  for (const model of doc.models.slice(0, DATED_SENTENCES))
    for (const q of quantities(model))
      if (q.key === 'date' && !dates.has(q.value)) dates.set(q.value, q.words);
  return new Map([...dates].sort(([p], [q]) => dayOfYear(p) - dayOfYear(q)));
}

/** "4-30" → a day count in which neighbouring days, across a month's end too, differ by about one. */
function dayOfYear(value: string): number {
  const [month, day] = value.split('-').map(Number) as [number, number];
  return Math.round((month - 1) * 30.44) + day;
}

/** A document's countries, each with the words of its first mention, in alphabetical order. */
function countriesOf(doc: DocumentModel): Map<string, string> {
  const countries = new Map<string, string>();
  for (const model of doc.models)
    for (const { country } of countriesIn(model))
      if (!countries.has(country)) countries.set(country, titleCase(country));
  return new Map([...countries].sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0)));
}

function titleCase(name: string): string {
  // The same in ASCII, where \p{Ll} is [a-z]: V8 takes a millisecond or more to compile \p{Ll}.
  const firstLetters = ASCII_ONLY.test(name) ? /(^|\s)[a-z]/g : /(^|\s)\p{Ll}/gu;
  return name.replace(firstLetters, (s) => s.toUpperCase());
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;
