import { isBullet, isLetter, isLineBullet } from './chars.js';

/** One reading of an enumerator such as `2.`, `b)`, `(iii)` or `1.)`. */
export interface ListMarker {
  kind: 'number' | 'letter' | 'roman';
  value: number;
  /** Punctuation and letter case, which stay the same along a list: '.', ')', '.)' or '()', then 'a' or 'A'. */
  style: string;
}

/** Longest token that can be a marker: a bullet and `(xxxix)`. */
const MAX_MARKER_LENGTH = 9;
/** Roman numerals from i to xxxix, and the empty string. */
const ROMAN = /^(x{0,3})(ix|iv|v?i{0,3})$/i;
const ROMAN_DIGITS: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10 };

function romanValue(numeral: string): number {
  let value = 0;
  const digits = [...numeral.toLowerCase()].map((d) => ROMAN_DIGITS[d] ?? 0);
  digits.forEach((digit, k) => {
    value += digit < (digits[k + 1] ?? 0) ? -digit : digit;
  });
  return value;
}

/** A roman numeral from i to xxxix, all in lower case or all in capitals (so not the name "Xi"). */
export function isRomanNumeral(word: string): boolean {
  return (
    word !== '' && (word === word.toLowerCase() || word === word.toUpperCase()) && ROMAN.test(word)
  );
}

/** The readings of an enumerator: `i.` is both the letter i and the numeral 1; not an enumerator gives []. */
function enumeratorReadings(s: string): ListMarker[] {
  let label: string;
  let punctuation: string;
  if (s.startsWith('(') && s.endsWith(')')) [label, punctuation] = [s.slice(1, -1), '()'];
  else if (s.endsWith('.)')) [label, punctuation] = [s.slice(0, -2), '.)'];
  else if (s.endsWith('.') || s.endsWith(')')) [label, punctuation] = [s.slice(0, -1), s.slice(-1)];
  else return [];

  if (/^[0-9]{1,3}$/.test(label))
    return [{ kind: 'number', value: Number(label), style: punctuation }];
  const style = punctuation + (label === label.toLowerCase() ? 'a' : 'A');
  const readings: ListMarker[] = [];
  if (label.length === 1 && isLetter(label)) {
    readings.push({ kind: 'letter', value: label.toLowerCase().codePointAt(0)!, style });
  }
  if (isRomanNumeral(label)) {
    readings.push({ kind: 'roman', value: romanValue(label), style });
  }
  return readings;
}

/**
 * If the token is nothing but list-item marking — bullets, an enumerator, or both as in `⁃9.` —
 * the readings of its enumerator ([] for a bare bullet); otherwise null.
 */
export function markerReadings(s: string): ListMarker[] | null {
  if (s === '' || s.length > MAX_MARKER_LENGTH) return null;
  if (s.length === 1 && isLineBullet(s)) return [];
  // An enumerator ends in '.' or ')'; anything else is bullets only or no marker (most words).
  const last = s[s.length - 1];
  if (last !== '.' && last !== ')' && !isBullet(last)) return null;
  let k = 0;
  while (k < s.length && isBullet(s[k])) k++;
  if (k === s.length) return [];
  const readings = enumeratorReadings(s.slice(k));
  return readings.length > 0 ? readings : null;
}

/**
 * `markerReadings` of the token text[from, to): the tokens that cannot be a marker (most words) are
 * told from the text, with no string sliced for each of them.
 */
export function markerReadingsIn(text: string, from: number, to: number): ListMarker[] | null {
  const length = to - from;
  if (length === 0 || length > MAX_MARKER_LENGTH) return null;
  const last = text[to - 1];
  if (length > 1 && last !== '.' && last !== ')' && !isBullet(last)) return null;
  return markerReadings(text.slice(from, to));
}

export function continues(previous: ListMarker | null, reading: ListMarker): boolean {
  return (
    previous !== null &&
    reading.kind === previous.kind &&
    reading.style === previous.style &&
    reading.value === previous.value + 1
  );
}

/**
 * The reading that a list item starting with this enumerator most likely has: one that continues
 * the previous list; else `i` as a numeral and other single letters as letters.
 */
export function chooseReading(
  readings: ListMarker[],
  previous: ListMarker | null,
): ListMarker | null {
  return (
    readings.find((r) => continues(previous, r)) ??
    readings.find((r) => r.kind === 'roman' && r.value === 1) ??
    readings.find((r) => r.kind !== 'roman') ??
    readings[0] ??
    null
  );
}
