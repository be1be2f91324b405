import { countriesIn } from '../classify/people.js';
import { asGiven, defineWords, keyOf } from '../classify/lexicon.js';
import { keptSet, memoPerSentence } from '../sentence/memo.js';
import { capitalisedAt } from '../sentence/capitals.js';
import type { SentenceModel } from '../sentence/model.js';
import { MAX_NAME_WORDS, MAX_TITLE_WORDS } from '../classify/people.js';

/**
 * What two sentences have in common beyond who speaks and how the register frames it. Readouts of
 * one meeting name the same principals in the same frame sentence after sentence ("President Ruto
 * thanked President Museveni for ..."): two sentences that share only the principals, their
 * titles and countries, and the frame ("discussed", "thanked", "met") differ in what they say,
 * and make two claims, unless both report the contact itself among the same people ("Putin had a
 * telephone conversation with Modi" / "Modi and Putin spoke by phone").
 */
export const substanceWords = defineWords(
  {
    /**
     * The register's frame by kind: `contact`, verbs that report that the parties met or spoke;
     * `acts`, words that report what one party did towards another, not about what.
     */
    registerFrame: asGiven<{ contact: readonly string[]; acts: readonly string[] }>(),
  },
  ({ registerFrame }, _given, { keys }) => {
    const keysOf = (words: readonly string[] = []) => words.flatMap(keys);
    const [contact, acts] = [keysOf(registerFrame?.contact), keysOf(registerFrame?.acts)];
    return {
      contactVerbKeys: new Set(contact),
      actKeys: new Set(acts),
      frameKeys: new Set([...contact, ...acts]),
    };
  },
);

/**
 * The keys of the words of a sentence that say who: a person's role and the title words around it
 * ("Prime Minister", "Minister of Foreign Affairs"), the country beside it ("German Chancellor",
 * "the Foreign Minister of Pakistan"), and a person's name: after a role, one the documents name
 * beside a country or a known leader, or a capitalised word listed with such a name ("Macron and
 * Tebboune").
 */
export const whoOf = memoPerSentence((side: SentenceModel): Who => {
  const { tokens, lexicon } = side;
  const n = tokens.length;
  const marked = new Uint8Array(n);
  const country = new Uint8Array(n);
  const countryAt = new Map<number, string>();
  for (const found of countriesIn(side))
    for (let k = found.start; k <= found.end; k++) {
      country[k] = 1;
      countryAt.set(k, found.country);
    }
  const isRole = (k: number) => lexicon.personRoleKeys.has(keyOf(tokens[k]!));
  // A title word, a country or (after the role) a capitalised word: part of the person's title or name.
  const inTitle = (k: number, after: boolean) =>
    !isRole(k) &&
    (lexicon.titleWords.has(tokens[k]!.word) ||
      country[k] === 1 ||
      (after && capitalisedAt(side, k)));
  const kindAt = (k: number) =>
    country[k] ? COUNTRY : lexicon.titleWords.has(tokens[k]!.word) ? ROLE : PERSON;
  for (let k = 0; k < n; k++) {
    if (side.people.has(keyOf(tokens[k]!))) marked[k] = PERSON;
    if (!isRole(k)) continue;
    marked[k] = ROLE;
    // "Russian Foreign Minister", "the Crown Prince"; "of Foreign Affairs of Pakistan, Ishaq Dar".
    for (let j = k - 1; j >= 0 && !marked[j] && inTitle(j, false); j--) marked[j] = kindAt(j);
    for (let j = k + 1; j < n && j <= k + MAX_AFTER_ROLE && inTitle(j, true); j++)
      marked[j] = kindAt(j);
  }
  // A capitalised word listed with a person's name is a name too ("Presidents Mirziyoyev and Tokayev").
  for (let k = 1; k + 1 < n; k++) {
    if (!lexicon.listJoiners.has(tokens[k]!.word)) continue;
    for (const [from, to] of [
      [k - 1, k + 1],
      [k + 1, k - 1],
    ] as const)
      if (marked[from] === PERSON && !marked[to] && !country[to] && capitalisedAt(side, to))
        marked[to] = PERSON;
  }
  // Most sentences of a long compilation name no one: they share one value, not three empty sets each.
  if (!marked.some((kind) => kind !== 0)) return NO_ONE;
  const all = new Set<string>();
  const people = new Set<string>();
  const parties = new Set<string>();
  tokens.forEach((token, k) => {
    if (!marked[k] || token.term === null) return;
    all.add(token.term);
    // A person stands for their country when the documents or the known leaders tell it.
    if (marked[k] === PERSON) {
      people.add(token.term);
      parties.add(side.people.get(token.term) ?? token.term);
    } else if (marked[k] === COUNTRY) parties.add(countryAt.get(k)!);
  });
  return { all: keptSet(all), people: keptSet(people), parties: keptSet(parties) };
});

const NO_TERMS: ReadonlySet<string> = new Set();
const NO_ONE: Who = { all: NO_TERMS, people: NO_TERMS, parties: NO_TERMS };

interface Who {
  /** The terms that say who. */
  all: ReadonlySet<string>;
  /** Those of people's names. */
  people: ReadonlySet<string>;
  /** The countries and people named: a person by their country when it is known. */
  parties: ReadonlySet<string>;
}

/**
 * The people who speak in two documents: those named in two sentences of one of them (every
 * sentence of a one-sentence document). A person named once in readouts that name the
 * principals all through is what a sentence is about ("presented the insignia to Chief Raoni").
 */
export function principalPeople(
  x: readonly SentenceModel[],
  y: readonly SentenceModel[],
): ReadonlySet<string> {
  const principals = new Set<string>();
  for (const doc of [x, y]) {
    const named = new Map<string, number>();
    for (const side of doc)
      for (const term of whoOf(side).people) named.set(term, (named.get(term) ?? 0) + 1);
    const least = Math.min(PRINCIPAL_SENTENCES, doc.length);
    for (const [term, count] of named) if (count >= least) principals.add(term);
  }
  return principals;
}

/** In how many sentences of a document a principal is named at least. */
const PRINCIPAL_SENTENCES = 2;

/** What a word of a person's title or name is. */
const ROLE = 1;
const COUNTRY = 2;
const PERSON = 3;
/** How far after a role its title and the person's name may run ("of Foreign Affairs of Pakistan, Ishaq Dar"). */
const MAX_AFTER_ROLE = MAX_TITLE_WORDS + MAX_NAME_WORDS;

/**
 * Whether a sentence reports that the parties met or spoke: a verb, or a noun such as "talks" that
 * is no act towards the other ("discussed" shares its stem with the noun "discussion").
 */
const reportsContact = memoPerSentence((side: SentenceModel): boolean =>
  side.tokens.some((token) => {
    const key = keyOf(token);
    const { lexicon } = side;
    return (
      lexicon.contactVerbKeys.has(key) ||
      (lexicon.contactNouns.has(key) && !lexicon.actKeys.has(key))
    );
  }),
);

/**
 * Whether a term two sentences share says who in both ("Kyiv" where they met is what, "Ukrainian
 * President" who), a person only when one of the documents' principals.
 */
export function namesInBoth(
  a: SentenceModel,
  b: SentenceModel,
  principals: ReadonlySet<string>,
): (term: string) => boolean {
  const [x, y] = [whoOf(a), whoOf(b)];
  return (term) =>
    x.all.has(term) &&
    y.all.has(term) &&
    (principals.has(term) || (!x.people.has(term) && !y.people.has(term)));
}

/** Whether a term two sentences share says who in both or frames the claim, rather than what it is about. */
export function framesOrNames(
  a: SentenceModel,
  b: SentenceModel,
  principals: ReadonlySet<string>,
): (term: string) => boolean {
  const names = namesInBoth(a, b, principals);
  const { frameKeys } = a.lexicon;
  return (term) => names(term) || frameKeys.has(term);
}

/** How many parties two sentences must both name to report one contact. */
const CONTACT_NAMES = 2;

/**
 * Whether two sentences both report the contact itself among the same people: each names the
 * contact, they name two parties (people or countries) in common, and one names none the other
 * does not ("Scholz welcomed Li Qiang" / "Li Qiang held talks with Scholz").
 */
export function sameContact(a: SentenceModel, b: SentenceModel): boolean {
  if (!reportsContact(a) || !reportsContact(b)) return false;
  const [x, y] = [whoOf(a).parties, whoOf(b).parties];
  let common = 0;
  for (const name of x) if (y.has(name)) common++;
  return common >= CONTACT_NAMES && (common === x.size || common === y.size);
}
