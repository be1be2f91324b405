import { aliasAt, type Actor } from '../actors.js';
import { MAX_NAME_WORDS, MAX_TITLE_WORDS } from '../people.js';
import { capitalisedAt } from '../../sentence/capitals.js';
import { defineCue, type Finding } from '../cue.js';
import { slotMessages, slotsDiffer } from '../frame.js';
import {
  defineWords,
  keyOf,
  keyPhrases,
  keySet,
  triggerWords,
  wordPhrases,
  wordSet,
} from '../lexicon.js';
import { memoPerSentence } from '../../sentence/memo.js';
import type { SentenceModel } from '../../sentence/model.js';
import { breaksClause, clauseStart, findPhrases, hasAnyOf, slice } from '../phrases.js';

interface Initiator {
  /** The country the actor stands for ('russia' for "Moscow" or "the Russian side"), if known. */
  actor: string | null;
  /**
   * The last word of the name of the person who is the actor ("ruto"), if a person's name names it:
   * a person whose country no document gives compares with another person by name.
   */
  name: string | null;
  words: string;
}

/** How many words before a verb its subject may stand ("the Indian Director General (DGMO) reached out"). */
const SUBJECT_REACH = 10;
/** How many filler words may stand between an initiative phrase and the actor ("of the Prime Minister of"). */
const ACTOR_REACH = 6;
/** How many words before a relative pronoun the contact it is about may stand ("a meeting with his counterpart, which"). */
const RELATIVE_REACH = 8;
/** How many auxiliaries or words of time may stand between a call and "made by" or "from" ("the call had been made by", "a call on Monday evening from"). */
const AUXILIARY_REACH = 3;

const words = defineWords(
  {
    /** Phrases after which the party that asked for the contact is named ("at the request of"). */
    initiativeBeforeActor: keyPhrases,
    /** Nouns after a possessive actor ("Moscow's request"). */
    initiativeNouns: wordSet,
    /**
     * Verbs whose subject asked for the contact when a contact noun follows ("requested the call"),
     * as words, not terms: "placed" must not match "place", nor "telephoned" "telephone".
     */
    initiativeVerbs: wordPhrases,
    /** Verbs whose subject made the contact ("reached out"). */
    contactVerbs: wordPhrases,
    /** Verbs whose subject made the contact when a call follows ("made a phone call to", "placed a call"). */
    callVerbs: wordPhrases,
    /** Verbs whose subject made the call when a party is their object ("Putin called Macron"). */
    callingVerbs: wordPhrases,
    /** A word that, before an initiative noun, gives the initiative to the subject ("on its own initiative"). */
    ownWords: wordSet,
    /**
     * Possessive pronouns that, before an initiative noun, stand for the subject of the sentence
     * when their clause names no party ("Merkel received Putin at Meseberg, at her invitation").
     */
    subjectPossessives: wordSet,
    /** Words after a call noun that make it an appeal ("calls for restraint"). */
    appealWords: wordSet,
    contactNouns: keySet,
    /** Phrases after a contact noun that name who made it ("the call was made by"). */
    contactBeforeActor: wordPhrases,
    /** Nouns for a call, which the side that asked for it makes ("the call was made by"); a visit is made by the visitor. */
    callNouns: keySet,
    /** Words between an initiative phrase and the actor ("the", "side"). */
    actorFillers: keySet,
    /** Nouns that follow a country adjective in the actor ("the Russian side"). */
    roleNouns: keySet,
    /** Words of time that may stand between a call and who made it ("a call today from"). */
    timeWords: wordSet,
    /** Relative pronouns that may stand for a party ("Lavrov, who placed the call"); not "where", "when". */
    partyPronouns: wordSet,
    /** Pronouns that stand for the other party as an object ("who called *him*"). */
    objectPronouns: wordSet,
    /** Prepositions before a place: "the envoy in Abuja, who" describes the envoy, not Abuja. */
    placePrepositions: wordSet,
  },
  (compiled, given, { hooks }) => ({
    /** The contact nouns as written, singular and plural: by key, "discussed" would be one. */
    contactNounWords: new Set((given.contactNouns ?? []).flatMap((noun) => hooks.nounForms(noun))),
    /** The call nouns as written, singular only: "made calls" is no phone call. */
    callNounWords: new Set(given.callNouns),
    /** A word of each phrase: a sentence without any of them cannot hold the phrase. */
    initiatorTriggers: new Set([
      ...triggerWords(compiled.initiativeBeforeActor),
      ...(given.initiativeNouns ?? []),
      ...triggerWords(compiled.initiativeVerbs),
      ...triggerWords(compiled.contactVerbs),
      ...triggerWords(compiled.callVerbs),
      ...triggerWords(compiled.callingVerbs),
      ...triggerWords(compiled.contactBeforeActor),
    ]),
  }),
);

/** Fires when the two sides name different parties as the one who asked for the call or meeting. */
export const initiatorCue = defineCue({
  name: 'initiator',
  words,
  messages: slotMessages,
  detect: differentInitiators,
  pull: {
    // Sentences that say who asked for the call or meeting are about the same thing.
    says: (side) => initiator(side) !== null,
    disputes: (a, b) => differentInitiators(a, b) !== null,
    // Who asked for the call is a question of its own, whatever else the two sentences say.
    topicWordsNeeded: (_a, _b, finding) => (finding === null ? undefined : 0),
  },
});

function differentInitiators(a: SentenceModel, b: SentenceModel): Finding | null {
  const ia = initiator(a);
  const ib = initiator(b);
  if (!ia || !ib) return null;
  // Countries compare when both are known; else two people by name, whatever their countries.
  const countries = ia.actor !== null && ib.actor !== null;
  const [va, vb] = countries ? [ia.actor, ib.actor] : [ia.name, ib.name];
  if (va === null || vb === null || va === vb) return null;
  // The reason names the party each side was resolved to, so that a reader can check it.
  const message = slotsDiffer(
    'initiator',
    { value: va, words: ia.words },
    { value: vb, words: ib.words },
  );
  return { a: ia.words, b: ib.words, message };
}

const initiator = memoPerSentence((side: SentenceModel): Initiator | null => {
  const { tokens, lexicon } = side;
  if (!hasAnyOf(side, lexicon.initiatorTriggers)) return null;
  // "at the request of the Russian side"
  for (const { phrase, at } of findPhrases(side, lexicon.initiativeBeforeActor)) {
    const actor = actorAfter(side, at + lexicon.initiativeBeforeActor[phrase]!.length);
    if (actor) return byCountry(side, actor, slice(side, at, withRoleNoun(side, actor.end)));
  }
  // "the call was made by the Indian side"
  for (const { phrase, at } of findPhrases(side, lexicon.contactBeforeActor, 'word')) {
    const actor = callJustBefore(side, at)
      ? actorAfter(side, at + lexicon.contactBeforeActor[phrase]!.length)
      : null;
    if (actor) return byCountry(side, actor, slice(side, at, withRoleNoun(side, actor.end)));
  }
  // "Moscow's request", "the Russian side's initiative"; "Tokyo ... on its own initiative"
  for (let i = 1; i < tokens.length; i++) {
    if (!lexicon.initiativeNouns.has(tokens[i]!.word)) continue;
    const before = tokens[i - 1]!.word;
    if (lexicon.subjectPossessives.has(before)) {
      // The reason quotes the pronoun's words; the value names whom it stands for.
      const host = hostBefore(side, i - 1);
      if (host) return byCountry(side, host, slice(side, i - 1, i));
      continue;
    }
    const actor = lexicon.ownWords.has(before)
      ? firstPartyOfClause(side, i - 1)
      : lexicon.hooks.isPossessive(before)
        ? actorBefore(side, i - 1)
        : null;
    if (actor) return byCountry(side, actor, slice(side, actor.start, i));
  }
  // "Paris requested the call", "Putin made a phone call to Aliyev", "the Indian side reached out"
  // An initiative verb counts only with a contact noun after it ("requested the call"), "made" only
  // with a single call that is no appeal ("made repeated calls for restraint").
  const contactWithin = (end: number) =>
    tokens.slice(end, end + 3).some((t) => lexicon.contactNouns.has(keyOf(t)));
  const callWithin = (end: number) => {
    for (let k = end; k < end + 3 && k < tokens.length; k++) {
      if (lexicon.callNounWords.has(tokens[k]!.word))
        return !lexicon.appealWords.has(tokens[k + 1]?.word ?? '');
    }
    return false;
  };
  // "a meeting with his Russian counterpart, which Moscow had asked for": the contact noun before
  // the relative clause whose verb asks for it.
  const contactBeforeRelative = (at: number) => {
    for (let k = at - 1; k > 0 && k >= at - SUBJECT_REACH; k--) {
      if (!lexicon.relativePronouns.has(tokens[k]!.word)) continue;
      return tokens
        .slice(Math.max(0, k - RELATIVE_REACH), k)
        .some((t) => lexicon.contactNouns.has(keyOf(t)));
    }
    return false;
  };
  for (const [verbs, follows] of [
    [
      lexicon.initiativeVerbs,
      (end: number, at: number) => contactWithin(end) || contactBeforeRelative(at),
    ],
    [lexicon.callVerbs, callWithin],
    [
      lexicon.callingVerbs,
      (end: number, at: number) => partyObjectAt(side, end) || otherPartyCalled(side, at, end),
    ],
    [lexicon.contactVerbs, () => true],
  ] as const) {
    for (const { phrase, at } of findPhrases(side, verbs, 'word')) {
      const end = at + verbs[phrase]!.length;
      if (!follows(end, at)) continue;
      const actor = subjectBefore(side, at);
      if (actor) return byCountry(side, actor, slice(side, actor.start, end - 1));
      const person = personBefore(side, at);
      if (person)
        return { actor: null, name: person.name, words: slice(side, person.start, end - 1) };
    }
  }
  return null;
});

/**
 * Whether a calling verb from token `at` to `end` has the other party as a pronoun for its object,
 * with a relative pronoun for its subject: "the Prime Minister of Croatia, Andrej Plenković, who
 * called him" says who called whom as "Plenković called Vučić" does.
 */
function otherPartyCalled(side: SentenceModel, at: number, end: number): boolean {
  const { tokens, lexicon } = side;
  return (
    lexicon.objectPronouns.has(tokens[end]?.word ?? '') &&
    lexicon.partyPronouns.has(tokens[at - 1]?.word ?? '')
  );
}

/** The initiator an actor names, with the person's name when a person's name names it. */
function byCountry(side: SentenceModel, actor: Actor, words: string): Initiator {
  const name = actor.person === true ? side.tokens[actor.end]!.term : null;
  return { actor: actor.country, name, words };
}

/**
 * A person named by role and name right before the verb at token `verbAt`, whose country neither
 * document gives ("President Ruto called"), or by a name alone that opens the sentence: their
 * name's last word, and where their role (or name) stands.
 */
function personBefore(side: SentenceModel, verbAt: number): { name: string; start: number } | null {
  const { tokens, lexicon } = side;
  const last = verbAt - 1;
  let k = last;
  while (
    k >= 0 &&
    last - k < MAX_NAME_WORDS &&
    tokens[k]!.term !== null &&
    capitalisedAt(side, k) &&
    !lexicon.titleWords.has(tokens[k]!.word) &&
    !breaksClause(side, k)
  )
    k--;
  // A name of two words or more that opens the sentence is a person's without a role ("Anwar
  // Ibrahim telephoned President Prabowo"); one capitalised word may be any first word.
  if (k < 0 && last >= 1) return { name: tokens[last]!.term!, start: 0 };
  if (k === last || k < 0 || !lexicon.personRoles.has(tokens[k]!.word) || breaksClause(side, k))
    return null;
  return { name: tokens[last]!.term!, start: k };
}

/**
 * Whether a call is the subject of the phrase at token `at`: "the call (was) made by", "the call,
 * made by", "a call today from", not "points made by".
 */
function callJustBefore(side: SentenceModel, at: number): boolean {
  const { auxiliaries, timeWords } = side.lexicon;
  let k = at - 1;
  while (
    k >= 0 &&
    at - 1 - k < AUXILIARY_REACH &&
    (auxiliaries.has(side.tokens[k]!.word) || timeWords.has(side.tokens[k]!.word)) &&
    !breaksClause(side, k)
  )
    k--;
  return (
    k >= 0 &&
    (k === at - 1 || !breaksClause(side, k)) &&
    side.lexicon.callNouns.has(keyOf(side.tokens[k]!))
  );
}

/**
 * Whether a party is the whole object of a verb ending before token `from`: "called Macron",
 * "invited President Yoon to Tokyo", "called the French side", not "called the Ukrainian proposal
 * unacceptable".
 */
function partyObjectAt(side: SentenceModel, from: number): boolean {
  const actor = actorAfter(side, from);
  if (!actor) return personObjectAt(side, from);
  const next = side.tokens[withRoleNoun(side, actor.end) + 1];
  return !next || next.term === null || breaksClause(side, actor.end);
}

/**
 * Whether a person named by title and name, whatever their country, or by their role alone, is the
 * whole object of a verb ending before token `from`: "called President Lee", "called the President,
 * who", not "called President Lee's proposal".
 */
function personObjectAt(side: SentenceModel, from: number): boolean {
  const { tokens, lexicon } = side;
  let k = from;
  let role = false;
  for (
    ;
    k < tokens.length && k < from + MAX_TITLE_WORDS && lexicon.titleWords.has(tokens[k]!.word);
    k++
  )
    role ||= lexicon.personRoles.has(tokens[k]!.word);
  if (!role) return false;
  const start = k;
  while (
    k < tokens.length &&
    k < start + MAX_NAME_WORDS &&
    tokens[k]!.term !== null &&
    capitalisedAt(side, k) &&
    !lexicon.hooks.isPossessive(tokens[k]!.word)
  )
    k++;
  // "called the President, who had left early": a role alone names the other party too.
  const next = tokens[k];
  return !next || next.term === null || breaksClause(side, k - 1);
}

/** Extends an actor over the noun that follows its adjective ("the Russian" + "side"). */
function withRoleNoun(side: SentenceModel, end: number): number {
  const next = side.tokens[end + 1];
  return next && side.lexicon.roleNouns.has(keyOf(next)) && !breaksClause(side, end)
    ? end + 1
    : end;
}

/**
 * The country named right after an initiative phrase, in the same clause, past filler words ("the",
 * "side") and the words of a person's title ("the President of the Islamic Republic of Iran"),
 * which a title may have as many of as people.ts reads.
 */
function actorAfter(side: SentenceModel, from: number): Actor | null {
  const { tokens, lexicon } = side;
  let fillers = 0;
  let firstNames = 0;
  for (let k = from; k < tokens.length && k < from + ACTOR_REACH + MAX_TITLE_WORDS; k++) {
    const match = aliasAt(side, k, 1);
    if (match) return wholeName(side, match);
    const title = lexicon.titleWords.has(tokens[k]!.word);
    if (!title && !breaksClause(side, k) && firstNameAt(side, k) && ++firstNames < MAX_NAME_WORDS)
      continue;
    if ((!title && !lexicon.actorFillers.has(keyOf(tokens[k]!))) || breaksClause(side, k))
      return null;
    if (!title && ++fillers >= ACTOR_REACH) return null;
  }
  return null;
}

/**
 * Whether token k may be a first name before the name that tells a person's country: a capitalised
 * word after a person's role, another such word or a particle inside a name ("President Volodymyr
 * Zelensky", "Sultan Haitham bin Tarik of Oman"), or right before a known person's name ("from
 * Volodymyr Zelenskyy").
 */
function firstNameAt(side: SentenceModel, k: number): boolean {
  const { tokens, lexicon } = side;
  if (k === 0) return false;
  // "Sultan Haitham bin Tarik of Oman": a particle inside a name.
  if (lexicon.nameParticles.has(tokens[k]!.word)) return capitalisedAt(side, k - 1);
  if (tokens[k]!.term === null || !capitalisedAt(side, k)) return false;
  const before = tokens[k - 1]!.word;
  const next = tokens[k + 1];
  return (
    // "a call from Volodymyr Zelenskyy": a capitalised word before the name of a person the
    // documents or the known leaders place in a country.
    (next !== undefined && capitalisedAt(side, k + 1) && side.people.has(keyOf(next))) ||
    lexicon.personRoles.has(before) ||
    lexicon.nameParticles.has(before) ||
    (capitalisedAt(side, k - 1) && !lexicon.titleWords.has(before) && tokens[k - 1]!.term !== null)
  );
}

/** Extends an actor over the rest of a person's name ("Vladimir" + "Putin"). */
function wholeName(side: SentenceModel, actor: Actor): Actor {
  let end = actor.end;
  const samePerson = (k: number) => side.people.get(keyOf(side.tokens[k]!)) === actor.country;
  while (end + 1 < side.tokens.length && !breaksClause(side, end) && samePerson(end + 1)) end++;
  return { ...actor, end };
}

/** The country named right before a possessive noun ("Moscow's", "the Russian side's"). */
function actorBefore(side: SentenceModel, from: number): Actor | null {
  for (let k = from; k >= 0 && k > from - ACTOR_REACH; k--) {
    const match = aliasAt(side, k, -1);
    if (match) return match;
    if (
      !side.lexicon.actorFillers.has(keyOf(side.tokens[k]!)) ||
      (k > 0 && breaksClause(side, k - 1))
    )
      return null;
  }
  return null;
}

/**
 * The first party named in the clause that token `to` ends, its subject as a readout writes it:
 * "The Korean President came to Tokyo on his own initiative" names Korea, not Tokyo.
 */
function firstPartyOfClause(side: SentenceModel, to: number): Actor | null {
  for (let k = clauseStart(side, to); k < to; k++) {
    const match = aliasAt(side, k, 1);
    if (match) return match;
  }
  return null;
}

/**
 * The subject of the first verb of a host before token `to` ("Merkel received Putin ..., at her
 * invitation"): whose invitation a possessive pronoun means. After a verb of a journey ("Modi
 * visited France at his invitation") the pronoun may mean either party, and names none.
 */
function hostBefore(side: SentenceModel, to: number): Actor | null {
  const hosts = side.lexicon.frame?.hostWords ?? [];
  for (let k = 1; k < to; k++)
    if (hosts.includes(side.tokens[k]!.word)) return subjectBefore(side, k);
  return null;
}

/**
 * The nearest country named before a verb, within its clause (parentheses do not end it); for a
 * relative clause set off by a comma, the party it describes ("Sergey Lavrov, who placed the call").
 */
function subjectBefore(side: SentenceModel, verbAt: number): Actor | null {
  for (let k = verbAt - 1; k >= 0 && k >= verbAt - SUBJECT_REACH; k--) {
    const match = aliasAt(side, k, -1);
    if (match) return match;
    if (k > 0 && /[,;:.!?]/.test(side.text.slice(side.tokens[k - 1]!.end, side.tokens[k]!.start)))
      return side.lexicon.partyPronouns.has(side.tokens[k]!.word) &&
        side.text.slice(side.tokens[k - 1]!.end, side.tokens[k]!.start).trim() === ','
        ? partyDescribed(side, k - 1)
        : null;
  }
  return null;
}

/** The party a relative clause after token `end` describes; none when a place ends the phrase ("in Abuja"). */
function partyDescribed(side: SentenceModel, end: number): Actor | null {
  const party = actorBefore(side, end);
  if (party === null || party.start === 0) return party;
  return side.lexicon.placePrepositions.has(side.tokens[party.start - 1]!.word) ? null : party;
}
