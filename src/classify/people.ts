import { asGiven, defineWords, keyOf, keysAt, wordSet } from './lexicon.js';
import type { SentenceModel } from '../sentence/model.js';
import type { Actor, ActorAlias } from './actors.js';
import { breaksClause } from './phrases.js';

/** The words of titles, by which a name is known for a person's. */
export const peopleWords = defineWords(
  {
    /** Words of titles and offices that stand between a country and a person's name ("of Foreign Affairs"). */
    titleWords: wordSet,
    /** The words of a title that name a person's role ("Minister", "Mr"); one must stand right before a name. */
    personRoles: wordSet,
    /** Titles written short with a full stop that ends no sentence ("Mr."). */
    abbreviatedTitles: wordSet,
    /** Country → words of the names of its leaders whom readouts name without their country ("Lula"). */
    knownPeople: asGiven<Readonly<Record<string, readonly string[]>>>(),
    /** Lower-case words inside a person's name ("Salman bin Hamad", "Ursula von der Leyen"). */
    nameParticles: wordSet,
  },
  (_compiled, given, { keys }) => {
    const roles = given.personRoles ?? [];
    const titles = [...(given.titleWords ?? []), ...roles];
    return {
      /** Words a title may be made of, person roles included. */
      titleWords: new Set(titles),
      /** The keys of the person roles: "ministers" is a role as "minister" is. */
      personRoleKeys: new Set(roles.flatMap(keys)),
      /** The keys of every title word: a name word with one of them is a title inflected ("Presidency"). */
      titleKeys: new Set(titles.flatMap(keys)),
      /** A leader's name word, as written and lower-cased, → their country. */
      countryOfKnownName: new Map(
        Object.entries(given.knownPeople ?? {}).flatMap(([country, names]) =>
          names.map((name): [string, string] => [name, country]),
        ),
      ),
    };
  },
);

/** People the documents name with their country: each word of a name, by key, with the country it stands for. */
export type People = ReadonlyMap<string, string>;

/** How many words a person's name may have ("Recep Tayyip Erdoğan", "Nicolás Maduro Moros"). */
export const MAX_NAME_WORDS = 4;
/** How many words a title may have ("Minister of Foreign Affairs of the Republic of"). */
export const MAX_TITLE_WORDS = 8;

/**
 * The people the documents name beside their country, so that "at the invitation of Mr. Putin"
 * names Russia. Three ways of naming are read: "Russian Foreign Minister Sergey Lavrov", "the
 * President of Venezuela, Nicolás Maduro" and "President Vladimir Putin of the Russian Federation";
 * each needs a person's role (President, Minister, Mr.) in the title, so that offices ("the
 * Kingdom of Saudi Arabia", "the Chinese People's Liberation Army") name no one. A word named
 * beside two countries is dropped; the result does not depend on the order of the sides.
 */
export function learnPeople(sides: readonly SentenceModel[]): People {
  const countryOf = new Map<string, string | null>();
  const note = (key: string, country: string) =>
    countryOf.set(key, countryOf.has(key) && countryOf.get(key) !== country ? null : country);
  for (const side of sides) {
    if (side.lexicon.personRoles.size === 0) continue;
    for (const { country, start, end } of countriesIn(side)) {
      for (const key of nameAfter(side, start, end)) note(key, country);
      for (const key of nameBefore(side, start)) note(key, country);
    }
  }
  // A leader readouts name without their country ("President Lula") stands for it, unless the
  // documents name the word beside a country themselves, write another word with its key
  // ("Marco" beside "Marcos"), or write it before a name word not of that leader's country: then
  // it is someone else's ("Petro Poroshenko", "Salman bin Hamad"; not "Xi Jinping").
  const known = new Map<string, string | null>();
  for (const side of sides) {
    for (let k = 0; k < side.tokens.length; k++) {
      const country = side.lexicon.countryOfKnownName.get(writtenName(side, k));
      if (country === undefined) continue;
      const key = keyOf(side.tokens[k]!);
      // Once someone else's, always: the result must not depend on the order of the sides.
      const agrees = !known.has(key) || known.get(key) === country;
      known.set(key, agrees && !followedByForeignName(side, k, country) ? country : null);
    }
  }
  if (known.size > 0) {
    for (const side of sides)
      side.tokens.forEach((token, k) => {
        if (known.has(keyOf(token)) && !side.lexicon.countryOfKnownName.has(writtenName(side, k)))
          known.set(keyOf(token), null);
      });
    for (const [key, country] of known)
      if (country !== null && !countryOf.has(key)) countryOf.set(key, country);
  }
  // A word the documents also write in lower case is a common word ("Military Operations" of an
  // office, "military operations" elsewhere), not a name.
  if (countryOf.size > 0) {
    for (const side of sides) {
      for (const token of side.tokens) {
        if (
          side.lexicon.hooks.isLowerCaseStart(side.text.charCodeAt(token.start)) &&
          countryOf.has(keyOf(token))
        )
          countryOf.set(keyOf(token), null);
      }
    }
  }
  return new Map(
    [...countryOf]
      .filter((entry): entry is [string, string] => entry[1] !== null)
      .sort(([p], [q]) => (p < q ? -1 : 1)),
  );
}

/** Token k as a known leader's name is written: "Trump's request" names Trump. */
function writtenName(side: SentenceModel, k: number): string {
  return side.lexicon.hooks.possessor(side.tokens[k]!.word);
}

/** The countries a sentence names, by name, adjective, capital or seat of power, each with the words that name it. */
export function countriesIn(side: SentenceModel): readonly Actor[] {
  // A list, not a generator: it is read for every sentence of both documents, twice, and most
  // sentences name no country.
  const { tokens, text } = side;
  let found: Actor[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    // Countries are written with a capital; lower-case words and numbers need no look-up.
    const first = text.charCodeAt(tokens[k]!.start);
    if (side.lexicon.hooks.isLowerCaseStart(first) || (first >= 0x30 && first <= 0x39)) continue;
    const aliases = side.lexicon.actorsByFirstKey.get(keyOf(tokens[k]!));
    if (aliases === undefined) continue;
    let alias: ActorAlias | undefined;
    for (const candidate of aliases)
      if (keysAt(tokens, k, candidate.keys)) {
        alias = candidate;
        break;
      }
    if (!alias) continue;
    (found ??= []).push({ country: alias.country, start: k, end: k + alias.keys.length - 1 });
    k += alias.keys.length - 1;
  }
  return found ?? NO_COUNTRIES;
}

const NO_COUNTRIES: readonly Actor[] = [];

/**
 * The name after a country and a title: "Russian Foreign Minister Sergey Lavrov", "US Secretary of
 * State Antony Blinken"; or right after a country that closes a person's office: "the President
 * of Venezuela, Nicolás Maduro" (not "On Taiwan, President Biden").
 */
function nameAfter(side: SentenceModel, start: number, end: number): string[] {
  const { tokens } = side;
  let k = end + 1;
  if (k >= tokens.length) return [];
  // "the President of Venezuela, Nicolás Maduro", "President of Azerbaijan Ilham Aliyev"
  const office = closesOffice(side, start);
  if (!(gapBefore(side, k) === ' ' || (office && gapBefore(side, k) === ','))) return [];
  let role = false;
  for (; k < tokens.length && k <= end + MAX_TITLE_WORDS && isTitle(side, k); k++) {
    if (k > end + 1 && !joinedToPrevious(side, k)) return [];
    role ||= side.lexicon.personRoles.has(tokens[k]!.word);
  }
  const titled = k > end + 1;
  if (k >= tokens.length || (!titled && !office)) return [];
  // A title names a role and ends on one or on a capitalised word ("Secretary of State", not "of the").
  const last = k - 1;
  const endsWell =
    side.lexicon.personRoles.has(tokens[last]!.word) ||
    !side.lexicon.hooks.isLowerCaseStart(side.text.charCodeAt(tokens[last]!.start));
  if (titled && (!role || !endsWell || !joinedToPrevious(side, k))) return [];
  return nameFrom(side, k, 1);
}

/** The name before "of" and a country: "President Vladimir Putin of the Russian Federation". */
function nameBefore(side: SentenceModel, start: number): string[] {
  const { tokens } = side;
  let k = start - 1;
  let sawOf = false;
  // Back over "of the Republic of" to the name.
  while (
    k >= 0 &&
    start - k <= MAX_TITLE_WORDS &&
    isTitle(side, k) &&
    gapBefore(side, k + 1) === ' '
  ) {
    if (tokens[k]!.word === side.lexicon.hooks.office?.preposition) sawOf = true;
    k--;
  }
  if (!sawOf) return [];
  const name = nameFrom(side, k, -1);
  const before = k - name.length;
  const titled =
    before >= 0 &&
    side.lexicon.personRoles.has(tokens[before]!.word) &&
    joinedToPrevious(side, before + 1);
  return titled ? name : [];
}

/** Up to MAX_NAME_WORDS name words from token k on, in the given direction, not across punctuation. */
function nameFrom(side: SentenceModel, k: number, direction: 1 | -1): string[] {
  const name: string[] = [];
  for (
    ;
    k >= 0 && k < side.tokens.length && name.length < MAX_NAME_WORDS && isNameWord(side, k);
    k += direction
  ) {
    // "Amir-Abdollahian", "Jean-Yves": a hyphen joins the words of one name.
    if (name.length > 0 && !' -'.includes(gapBefore(side, direction === 1 ? k : k + 1))) break;
    name.push(keyOf(side.tokens[k]!));
  }
  return name;
}

/** Whether the words before a country close a person's office: "the President of the Bolivarian Republic of". */
function closesOffice(side: SentenceModel, start: number): boolean {
  const { tokens } = side;
  const { office } = side.lexicon.hooks;
  let k = start - 1;
  if (office === null) return false;
  if (k >= 0 && tokens[k]!.word === office.article) k--;
  if (k < 0 || tokens[k]!.word !== office.preposition) return false;
  for (let back = k - 1; back >= 0 && back >= k - MAX_TITLE_WORDS; back--) {
    if (breaksClause(side, back)) return false;
    if (side.lexicon.personRoles.has(tokens[back]!.word)) return true;
  }
  return false;
}

/**
 * Whether the name word at k goes on with a name word that is not a known name of `country`, past
 * particles ("bin"); a possessive ends the name ("President Trump's Call").
 */
function followedByForeignName(side: SentenceModel, k: number, country: string): boolean {
  if (side.lexicon.hooks.isPossessive(side.tokens[k]!.word)) return false;
  let next = k + 1;
  while (next < side.tokens.length && side.lexicon.nameParticles.has(side.tokens[next]!.word))
    next++;
  return (
    next < side.tokens.length &&
    ' -'.includes(gapBefore(side, next)) &&
    isNameWord(side, next) &&
    side.lexicon.countryOfKnownName.get(writtenName(side, next)) !== country
  );
}

/** Whether token k follows token k - 1 with white space only, or after a short title's full stop ("Mr. Lavrov"). */
function joinedToPrevious(side: SentenceModel, k: number): boolean {
  const gap = gapBefore(side, k);
  return (
    gap === ' ' || (gap === '.' && side.lexicon.abbreviatedTitles.has(side.tokens[k - 1]!.word))
  );
}

/** ' ' for white space only between token k - 1 and token k, else the first punctuation there. */
function gapBefore(side: SentenceModel, k: number): string {
  const gap = side.text.slice(side.tokens[k - 1]!.end, side.tokens[k]!.start).trim();
  return gap === '' ? ' ' : gap[0]!;
}

function isTitle(side: SentenceModel, k: number): boolean {
  return side.lexicon.titleWords.has(side.tokens[k]!.word);
}

/** A capitalised content word that is neither a title (inflected or not), a country nor a month: part of a name. */
function isNameWord(side: SentenceModel, k: number): boolean {
  const token = side.tokens[k]!;
  const first = side.text[token.start]!;
  return (
    token.term !== null &&
    token.word.length > 1 &&
    first !== first.toLowerCase() &&
    !/\d/.test(token.word) &&
    !isTitle(side, k) &&
    !side.lexicon.titleKeys.has(keyOf(token)) &&
    !side.lexicon.months.has(token.word) &&
    !side.lexicon.actorsByFirstKey.has(keyOf(token))
  );
}
