import { defineCue, messagesOf, type Finding, type Message } from '../cue.js';
import { quantities, type Quantity } from '../quantities.js';
import { groupBy } from '../lexicon.js';
import type { SentenceModel } from '../../sentence/model.js';

/** What differs, by the kind of quantity. */
const messages = {
  dates: () => 'the dates differ',
  partsOfTheMonth: () => 'the parts of the month differ',
  months: () => 'the months differ',
  years: () => 'the years differ',
  durations: () => 'the durations differ',
  numbers: () => 'the numbers differ',
  figures: () => 'the figures differ',
};
const say = messagesOf(messages);

/** Fires when both sides give a number (or date) for the same thing and no value agrees. */
export const numberCue = defineCue({
  name: 'number',
  messages,
  detect: (a, b) =>
    sameKindDiffers(a, b) ??
    dateAgainstMonth(quantities(a), quantities(b), 'a') ??
    dateAgainstMonth(quantities(b), quantities(a), 'b'),
  pull: {
    // Sentences that say how long something lasted answer one question in a readout, how long the
    // talks went on, however differently they word it ("lasted fifty minutes" / "went on for an hour").
    says: (side) => givesDuration(side),
    saidOnce: true,
    topicWordsNeeded: (a, b, finding) =>
      finding !== null && givesDuration(a) && givesDuration(b) ? 0 : undefined,
  },
});

function givesDuration(side: SentenceModel): boolean {
  return quantities(side).some((q) => q.key === 'duration');
}

function sameKindDiffers(a: SentenceModel, b: SentenceModel): Finding | null {
  const byKeyB = groupBy(quantities(b), byKey);
  for (const [key, inA] of groupBy(quantities(a), byKey)) {
    const inB = byKeyB.get(key);
    if (!inB || inA.some((qa) => inB.some((qb) => agree(qa, qb))) || inDifferentZones(inA, inB))
      continue;
    const sameMonth = key === 'month of the year' && inA[0]!.value === inB[0]!.value;
    const what =
      key === 'date'
        ? say.dates()
        : sameMonth
          ? say.partsOfTheMonth()
          : key === 'month of the year'
            ? say.months()
            : key.startsWith('calendar year')
              ? say.years()
              : key === 'duration'
                ? say.durations()
                : key === 'number'
                  ? say.numbers()
                  : say.figures();
    return numberReason(inA[0]!, inB[0]!, what);
  }
  return null;
}

const byKey = (q: Quantity): string => q.key;

/**
 * "agreed to meet on 8 May" against "a visit in June": the one date of a side falls in another month
 * than the one month the other side names (and neither side gives the other kind as well).
 */
function dateAgainstMonth(
  withDate: readonly Quantity[],
  withMonth: readonly Quantity[],
  dateSide: 'a' | 'b',
): Finding | null {
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
  const [a, b] = dateSide === 'a' ? [date, month] : [month, date];
  return numberReason(a, b, say.months());
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
    case 'duration':
      return `${q.value} minutes`;
    default: {
      const n = Number(q.value);
      const figure = Number.isFinite(n) ? n.toLocaleString('en-US') : q.value;
      return CURRENCY_KEYS.has(q.key) ? `${figure} ${q.key.toUpperCase()}` : figure;
    }
  }
}

const CURRENCY_KEYS = new Set(['usd', 'eur', 'gbp', 'jpy', 'cny', 'rub', 'inr', 'try']);

/** How far apart, as a share of the larger, two figures may be when one is an approximation. */
const APPROXIMATION = 0.1;

/** "almost 30 percent" agrees with "29.3 percent"; "about three hours" does not with "four and a half". */
function agree(qa: Quantity, qb: Quantity): boolean {
  if (qa.value === qb.value)
    return !(qa.part && qb.part && qa.part !== 'mid' && qb.part !== 'mid' && qa.part !== qb.part);
  if (!qa.approximate && !qb.approximate) return false;
  const [x, y] = [Number(qa.value), Number(qb.value)];
  return (
    Number.isFinite(x) &&
    Number.isFinite(y) &&
    Math.abs(x - y) <= APPROXIMATION * Math.max(Math.abs(x), Math.abs(y))
  );
}

/** "1700 hours IST" and "1630 hours PKT" may be one moment: clock times each in its own zone do not compare. */
function inDifferentZones(inA: readonly Quantity[], inB: readonly Quantity[]): boolean {
  const zoned = (qs: readonly Quantity[]) => qs.every((q) => q.zone !== undefined);
  return zoned(inA) && zoned(inB) && !inA.some((qa) => inB.some((qb) => qa.zone === qb.zone));
}
