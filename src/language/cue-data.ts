import type { CueLexicon } from '../classify/words.js';

/** Signs every language writes for currencies and percentages. */
export const CURRENCY_SIGNS = {
  $: 'usd',
  '€': 'eur',
  '£': 'gbp',
  '¥': 'jpy',
  '₽': 'rub',
  '₹': 'inr',
  '%': 'percent',
};
/**
 * The units the lexicons give currencies, in every language: a code of one may also stand before
 * the number ("USD 5 billion").
 */
export const CURRENCY_UNITS: ReadonlySet<string> = new Set([
  'usd',
  'eur',
  'gbp',
  'jpy',
  'cny',
  'rub',
  'inr',
  'try',
]);
/** Month numbers by name, from a list of each month's forms in order. */
export const monthsFrom = (names: string[][]): Record<string, number> =>
  Object.fromEntries(names.flatMap((forms, i) => forms.map((form) => [form, i + 1])));

/** A language's cue words; a field it does not give is empty, and currencies are written by sign. */
export function cueLexicon(words: CueLexicon): CueLexicon {
  return { unitAliases: CURRENCY_SIGNS, ...words };
}
