import { languageOf } from '../language/index.js';
import { vectorLanguage } from '../vectorize/languages.js';
import { defineWords, groupBy, keyOf, keysAt, keySet, wordSet } from './lexicon.js';
import type { SentenceModel } from '../sentence/model.js';
import { breaksClause, slice } from './phrases.js';
import { capitalisedAt } from '../sentence/capitals.js';

/** A way of naming a country: key sequence and the country it names. */
export interface ActorAlias {
  keys: string[];
  country: string;
}

/**
 * The words of parties: the names of countries come from the language's vocabulary rather than
 * its cue data.
 */
export const actorWords = defineWords(
  {
    /** Words that join the names of two parties ("Russia and China"). */
    partyJoiners: wordSet,
    /** Verbs whose subject and object swap without changing the act ("met", "spoke"). */
    reciprocalVerbs: keySet,
    /** Verbs of a journey to a party: with subject and object swapped, another journey ("visit"). */
    journeyVerbs: keySet,
    /** Adverbs without the adverb ending that stand between an auxiliary and its verb ("will soon visit"). */
    timeAdverbs: wordSet,
  },
  (_compiled, _given, { keys, lang }) => {
    // Longest first, so that "the Russian Federation" is found before "Russian".
    const actors = Object.entries(vectorLanguage(lang).actors)
      .flatMap(([country, names]) =>
        [country, ...names].map((name): ActorAlias => ({ keys: keys(name), country })),
      )
      .filter((alias) => alias.keys.length > 0)
      .sort((p, q) => q.keys.length - p.keys.length);
    return {
      /**
       * The language's prepositions (the splitter's): one ends a party's words ("by rebel fighters
       * near the river" names the fighters, not the river).
       */
      prepositions: new Set(languageOf(lang).segmentation?.prepositions ?? []),
      /** The aliases by their first key, for scanning a sentence word by word. */
      actorsByFirstKey: groupBy(actors, (alias) => alias.keys[0]!),
      /** And by their last key, for reading a sentence backwards. */
      actorsByLastKey: groupBy(actors, (alias) => alias.keys.at(-1)!),
    };
  },
);

/** A party named in a sentence: the country it stands for, and the tokens that name it. */
export interface Actor {
  country: string;
  start: number;
  end: number;
  /** Whether a person's name names it, not a country's name, adjective or capital. */
  person?: boolean;
}

/**
 * A country alias, or a person the documents name with their country, that starts (reading
 * forwards) or ends (reading backwards) at token k.
 */
export function aliasAt(side: SentenceModel, k: number, direction: 1 | -1): Actor | null {
  const { tokens, lexicon } = side;
  const key = keyOf(tokens[k]!);
  // Plain loops and no empty list for a word that begins no alias: this runs for every word of
  // every sentence of a long document.
  const aliases = (direction === 1 ? lexicon.actorsByFirstKey : lexicon.actorsByLastKey).get(key);
  if (aliases !== undefined) {
    for (const alias of aliases) {
      const start = direction === 1 ? k : k - alias.keys.length + 1;
      if (start >= 0 && keysAt(tokens, start, alias.keys))
        return {
          country: alias.country,
          start,
          end: start + alias.keys.length - 1,
          person: false,
        };
    }
  }
  const person = side.people.get(key);
  return person === undefined ? null : { country: person, start: k, end: k, person: true };
}

/** Who did an act: the countries the words stand for, or else its names and nouns. */
export interface Party {
  /** Countries compare with countries; names and nouns with names and nouns. */
  kind: 'country' | 'named';
  /** What the party resolves to, one by one ("armenia"; "rebel", "units"). */
  members: string[];
  /**
   * The names of the people a party is named by only ("President Ruto", "President Hassan"),
   * whether their country is known or not: a person is compared with a person by name. Null when
   * other words name it.
   */
  names: string[] | null;
  start: number;
  end: number;
}

/** The most words a party may take ("the two foreign ministers of Armenia"). */
const PARTY_WORDS = 6;
/** How many function words may stand between a party and the verb after it ("Moscow has put forward"). */
export const SUBJECT_GAP = 2;

/**
 * Two parties of one kind that share no member: a country is not its neighbour, a rebel no soldier.
 * A person whose country is known and a person whose country is not compare by their names: Ruto
 * is not Hassan, whatever Hassan's country.
 */
export function partiesExclude(x: Party, y: Party): boolean {
  const [p, q] = comparable(x, y);
  return p !== null && q !== null && !p.some((m) => q.includes(m));
}

export function sameParty(x: Party, y: Party): boolean {
  const [p, q] = comparable(x, y);
  return p !== null && q !== null && p.some((m) => q.includes(m));
}

/** What two parties are compared by: their members when of one kind, else people's names. */
function comparable(x: Party, y: Party): [readonly string[] | null, readonly string[] | null] {
  return x.kind === y.kind ? [x.members, y.members] : [x.names, y.names];
}

/** What a party resolves to, as a reason names it: its countries, or its own words. */
export function partyValue(side: SentenceModel, party: Party): string {
  return party.kind === 'country'
    ? party.members.join(' and ')
    : slice(side, party.start, party.end);
}

/** Whether token k may be part of a party's words: a content word, an article, a number, "and". */
function inParty(side: SentenceModel, k: number): boolean {
  const token = side.tokens[k]!;
  const { lexicon } = side;
  return (
    (token.term !== null && !isAdverb(side, k) && !lexicon.prepositions.has(token.word)) ||
    lexicon.determiners.has(token.word) ||
    lexicon.numberWords.has(token.word) ||
    lexicon.partyJoiners.has(token.word)
  );
}

/** The party named from token `from` on, within its clause. */
export function partyAfter(side: SentenceModel, from: number): Party | null {
  let end = from - 1;
  for (
    let k = from;
    k < side.tokens.length && k < from + PARTY_WORDS && (k === from || !breaksClause(side, k - 1));
    k++
  ) {
    if (!inParty(side, k)) break;
    end = k;
  }
  return end < from ? null : party(side, from, end);
}

/** The party that ends at token `to` or a word or two before it (past "has", "also"), within its clause. */
export function partyBefore(side: SentenceModel, to: number): Party | null {
  const { tokens } = side;
  let end = to;
  while (end >= 0 && to - end < SUBJECT_GAP && !inParty(side, end) && !breaksClause(side, end))
    end--;
  if (end < 0 || breaksClause(side, end) || !inParty(side, end)) return null;
  let start = end;
  while (
    start - 1 >= 0 &&
    end - start + 1 < PARTY_WORDS &&
    !breaksClause(side, start - 1) &&
    inParty(side, start - 1)
  )
    start--;
  return tokens[end]!.term === null ? null : party(side, start, end);
}

/**
 * What the words from `start` to `end` name: the countries among them, or else their names and
 * nouns other than persons' roles and the words for any party ("the two ministers" names no one
 * in particular, and compares with nothing).
 */
function party(side: SentenceModel, start: number, end: number): Party | null {
  // Plain loops: a party is read for nearly every word of a sentence compared.
  let countries: Set<string> | undefined;
  let peopleOnly = true;
  for (let k = start; k <= end; k++) {
    const actor = aliasAt(side, k, 1);
    if (actor && actor.end <= end) {
      (countries ??= new Set()).add(actor.country);
      peopleOnly &&= actor.person === true;
      k = actor.end;
    }
  }
  if (countries) {
    const names = peopleOnly ? namedMembers(side, start, end) : null;
    return { kind: 'country', members: [...countries].sort(), names, start, end };
  }
  const members = namedMembers(side, start, end);
  if (members.length === 0) return null;
  return {
    kind: 'named',
    members,
    names: namesOnly(side, start, end) ? members : null,
    start,
    end,
  };
}

/** Whether every word of a party that names something is written with a capital ("President Hassan"). */
function namesOnly(side: SentenceModel, start: number, end: number): boolean {
  for (let k = start; k <= end; k++)
    if (side.tokens[k]!.term !== null && !capitalisedAt(side, k)) return false;
  return true;
}

/** The names and nouns from `start` to `end`, but for numbers, persons' roles and words for any party. */
function namedMembers(side: SentenceModel, start: number, end: number): string[] {
  const { tokens, lexicon } = side;
  const members: string[] = [];
  for (let k = start; k <= end; k++) {
    const t = tokens[k]!;
    if (
      t.term !== null &&
      !lexicon.numberWords.has(t.word) &&
      !lexicon.participantNouns.has(keyOf(t)) &&
      !lexicon.personRoleKeys.has(keyOf(t))
    )
      members.push(t.term);
  }
  return members;
}

/** An adverb by its ending (English "-ly"): between a subject and its verb, or a verb and its particle. */
export function isAdverb(side: SentenceModel, i: number): boolean {
  return side.lexicon.hooks.isAdverb(side.tokens[i]!.word);
}
