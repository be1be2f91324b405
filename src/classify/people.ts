import type { ActorAlias } from './lexicon.js';
import { keyOf } from './lexicon.js';
import type { Side } from './side.js';

/** How many words a person's name may have ("Recep Tayyip Erdoğan", "Nicolás Maduro Moros"). */
const NAME_WORDS = 4;
/** How many titles may stand between a country and a name ("Minister of Foreign Affairs of"). */
const TITLE_WORDS = 6;

/**
 * The people the documents name beside their country, each word of the name as an alias of that
 * country, so that "at the invitation of Mr. Putin" names Russia. Three ways of naming are read:
 * "Russian Foreign Minister Sergey Lavrov", "the President of Venezuela, Nicolás Maduro" and
 * "President Vladimir Putin of the Russian Federation". A word named beside two countries is
 * dropped; the result does not depend on the order of the sides.
 */
export function learnPeople(sides: readonly Side[]): ActorAlias[] {
  const countryOf = new Map<string, string | null>();
  const note = (key: string, country: string) => countryOf.set(key, countryOf.has(key) && countryOf.get(key) !== country ? null : country);
  for (const side of sides) {
    if (side.lexicon.personTitles.size === 0) continue;
    for (const { country, start, end } of countriesIn(side)) {
      for (const key of nameAfter(side, end + 1)) note(key, country);
      for (const key of nameBefore(side, start - 1)) note(key, country);
    }
  }
  // A word the documents also write in lower case is a common word ("Military Operations" of an
  // office, "military operations" elsewhere), not a name.
  if (countryOf.size > 0) {
    for (const side of sides) {
      for (const token of side.tokens) {
        const first = side.text.charCodeAt(token.start);
        if (first >= 0x61 && first <= 0x7a && countryOf.has(keyOf(token))) countryOf.set(keyOf(token), null);
      }
    }
  }
  return [...countryOf]
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .sort(([p], [q]) => (p < q ? -1 : 1))
    .map(([key, country]) => ({ keys: [key], country }));
}

function* countriesIn(side: Side): Generator<{ country: string; start: number; end: number }> {
  const { tokens, text } = side;
  for (let k = 0; k < tokens.length; k++) {
    // English writes countries with a capital; lower-case words and numbers need no look-up.
    const first = text.charCodeAt(tokens[k]!.start);
    if ((first >= 0x61 && first <= 0x7a) || (first >= 0x30 && first <= 0x39)) continue;
    const aliases = side.lexicon.actorsByFirstKey.get(keyOf(tokens[k]!));
    const alias = aliases?.find((a) => k + a.keys.length <= tokens.length && a.keys.every((key, n) => keyOf(tokens[k + n]!) === key));
    if (!alias) continue;
    yield { country: alias.country, start: k, end: k + alias.keys.length - 1 };
    k += alias.keys.length - 1;
  }
}

/** The name after a country and its titles: "Russian Foreign Minister Sergey Lavrov", "Venezuela, Nicolás Maduro". */
function nameAfter(side: Side, from: number): string[] {
  const { tokens } = side;
  let k = from;
  let comma = false;
  while (k < tokens.length && k < from + TITLE_WORDS) {
    const gap = gapBefore(side, k);
    if (gap === ',' && !comma) comma = true;
    else if (gap !== ' ' && !(gap === '.' && isTitle(side, k - 1))) return [];
    if (!isTitle(side, k)) break;
    k++;
  }
  const name: string[] = [];
  for (; k < tokens.length && name.length < NAME_WORDS && isNameWord(side, k); k++) {
    if (name.length > 0 && gapBefore(side, k) !== ' ') break;
    name.push(keyOf(tokens[k]!));
  }
  return name;
}

/** The name before "of" and a country: "President Vladimir Putin of the Russian Federation". */
function nameBefore(side: Side, from: number): string[] {
  const { tokens } = side;
  let k = from;
  let sawOf = false;
  // Back over "of the Republic of" to the name.
  while (k >= 0 && from - k < TITLE_WORDS && isTitle(side, k) && gapBefore(side, k + 1) === ' ') {
    if (tokens[k]!.word === 'of') sawOf = true;
    k--;
  }
  if (!sawOf) return [];
  const name: string[] = [];
  for (; k >= 0 && name.length < NAME_WORDS && isNameWord(side, k) && gapBefore(side, k + 1) === ' '; k--) name.push(keyOf(tokens[k]!));
  return name;
}

/** ' ' for white space only between token k - 1 and token k, else the first punctuation there. */
function gapBefore(side: Side, k: number): string {
  const gap = side.text.slice(side.tokens[k - 1]!.end, side.tokens[k]!.start).trim();
  return gap === '' ? ' ' : gap[0]!;
}

function isTitle(side: Side, k: number): boolean {
  return side.lexicon.personTitles.has(side.tokens[k]!.word);
}

/** A capitalised content word that is neither a title, a country nor a month: part of a name. */
function isNameWord(side: Side, k: number): boolean {
  const token = side.tokens[k]!;
  const first = side.text[token.start]!;
  return (
    token.term !== null &&
    token.word.length > 1 &&
    first !== first.toLowerCase() &&
    !/\d/.test(token.word) &&
    !isTitle(side, k) &&
    !side.lexicon.months.has(token.word) &&
    !side.lexicon.actorsByFirstKey.has(keyOf(token))
  );
}
