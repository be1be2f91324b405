import { languageOf } from '../language/index.js';
import { negatedPositions } from './cues/negation.js';
import {
  defineCue,
  messagesOf,
  type CueDefinition,
  type CuePull,
  type Finding,
  type Message,
  type NoWords,
} from './cue.js';
import { asGiven, defineWords, keyOf, wordSet } from './lexicon.js';
import { keptMap, keptSet, memoPerSentence } from '../sentence/memo.js';
import type { SentenceModel } from '../sentence/model.js';
import {
  breaksClause,
  clauseEnd,
  clauseStart,
  findPhrases,
  isPastForm,
  slice,
  wordsAt,
} from './phrases.js';
import { isAdverb } from './actors.js';
import { capitalisedAt } from '../sentence/capitals.js';
import { wordnetRelated } from './related.js';

/**
 * A sentence's frame: the slots its words fill, each with the value they resolve to and the words
 * that say so. Two accounts of one event conflict on a slot when their values cannot both be true.
 */
export interface SlotValue {
  /** The resolved value ("telephone", "tashkent"), as the reason names it. */
  value: string;
  /** The words of the sentence that fill the slot. */
  words: string;
  /** What the value is about, for slots that compare only about the same thing: the term after it. */
  object?: string | undefined;
  /**
   * The head of that object and the terms of its complement with "of" ("Japan's handling of the
   * discharge"), any of which the other side's object may be.
   */
  objectTerms?: readonly string[];
  /** The position of the phrase's last token, for slots that read what follows it. */
  end?: number;
}

/** A slot's values on each side, and the message that names the slot and both values. */
export function slotConflict<Value extends SlotValue>(
  slot: string,
  inA: readonly Value[],
  inB: readonly Value[],
  excludes: (x: Value, y: Value) => boolean = (x, y) => x.value !== y.value,
): Finding | null {
  if (inA.length === 0 || inB.length === 0) return null;
  // Any value of one side that the other side's values leave possible is no conflict.
  if (inA.some((x) => inB.some((y) => !excludes(x, y)))) return null;
  const [x, y] = [inA[0]!, inB[0]!];
  return { a: x.words, b: y.words, message: slotsDiffer(slot, x, y) };
}

/** The message of every slot cue, as a template of the slot, the values and their words. */
export const slotMessages = {
  differ: (slot: string, first: string, firstWords: string, second: string, secondWords: string) =>
    `${slot}: ${first} ('${firstWords}') against ${second} ('${secondWords}')`,
};
const say = messagesOf(slotMessages);

/**
 * "mode: in person ('met in person') against video ('by video link')", the two values in a fixed
 * order, so that the reason reads the same whichever document comes first.
 */
export function slotsDiffer(slot: string, x: SlotValue, y: SlotValue): Message {
  const [first, second] = [x, y].sort((p, q) => (p.value < q.value ? -1 : 1));
  return say.differ(slot, first!.value, first!.words, second!.value, second!.words);
}

/** The words that fill a frame's slots, in one language. */
export interface FrameWords {
  /**
   * Slots whose values exclude one another (a call is by telephone or by video, not both): by slot,
   * each value with the phrases that name it, as written.
   */
  exclusiveSlots: Record<string, Record<string, string[]>>;
  /**
   * Exclusive slots whose values conflict only about the same thing, the first content word after
   * the phrase ("welcomed the decision" / "condemned the decision", "after the talks" / "before the talks").
   */
  objectSlots: string[];
  /** Words after which "in" and a place name where it happened ("held in Geneva", "met in Tashkent"). */
  venueWords: string[];
  /**
   * Verbs of a host whose guest, named by title and name, may stand before "in" and the place
   * ("received Prime Minister Mitsotakis in Ankara"), as the parties may after a verb of meeting.
   */
  hostWords?: string[];
  /** The preposition before a venue ("in"). */
  venuePrepositions: string[];
  /**
   * Phrases that put a meeting at an occasion named after them ("on the margins of", "on the
   * sidelines of"): a place after the occasion's name is where the meeting was.
   */
  occasionPhrases?: string[];
  /**
   * Nouns that, after a country's name or adjective, name its capital ("in the Russian capital",
   * "in the Saudi capital"), a place in that country however the other side names it.
   */
  capitalNouns?: string[];
  /** The preposition before a place within the venue ("at Government House in Auckland"). */
  sitePrepositions?: string[];
  /**
   * Nouns of the buildings leaders meet in, which name a site without a name ("at the presidential
   * palace", "at the Ottoman-era palace on the Bosphorus").
   */
  siteNouns?: string[];
  /** The preposition before the agent of a passive ("by"). */
  agentPrepositions: string[];
  /** The preposition of a noun's complement ("the handling of the discharge"), if the language has one. */
  complementPrepositions?: string[];
  /** Prepositions after a noun that say what it is for ("a call for restraint"). */
  purposePrepositions?: string[];
  /**
   * Verbs that, before an infinitive ("agreed to meet", "invited him to pay"), make what follows a
   * plan rather than what took place: its slots describe another event.
   */
  planVerbs: string[];
  /**
   * Exclusive slots a plan still fills: how many of a group it is about ("agreed to release all 12
   * fishermen" / "only some of the 12 would be freed"); a plan against a deed is another occasion,
   * which the aligner tells apart.
   */
  planSlots?: string[];
  /**
   * Present forms of "be": before a plan verb they put the planned event to come ("a meeting *is
   * planned* for the autumn"), as "will" does.
   */
  presentBe?: string[];
}

/** The words of a frame, which every slot cue reads. */
export const frameWords = defineWords(
  {
    /** The slots of a sentence's frame that its words fill (mode, status, weekday, venue, agent). */
    frame: asGiven<FrameWords>(),
    /** Words that put what a sentence says in the future ("will", "next"). */
    futureMarkers: wordSet,
    /** Endings of the regular past of a verb ("-ed"); the irregular ones are the fillers' `pastForms`. */
    pastEndings: wordSet,
  },
  ({ frame }, _given, context) => {
    const slots: ExclusiveSlotPhrases = { phrases: [], owners: [] };
    for (const [slot, values] of Object.entries(frame?.exclusiveSlots ?? {}))
      for (const [value, phrases] of Object.entries(values))
        for (const phrase of phrases) {
          slots.phrases.push(context.words(phrase));
          slots.owners.push({ slot, value });
        }
    return { exclusiveSlotPhrases: slots };
  },
);

export interface ExclusiveSlotPhrases {
  /** Every phrase of every exclusive slot, as written. */
  phrases: string[][];
  /** By phrase index, its slot and value. */
  owners: { slot: string; value: string }[];
}

/**
 * The values a side gives to each exclusive slot (mode, format, weekday...), by slot. A phrase under
 * a negation fills nothing ("did not meet in person").
 */
export const exclusiveSlots = memoPerSentence((side: SentenceModel): SlotValues => {
  const { phrases, owners } = side.lexicon.exclusiveSlotPhrases;
  const found = new Map<string, SlotValue[]>();
  if (phrases.length === 0) return keptMap(found);
  const negated = negatedPositions(side);
  const aboutOneThing = side.lexicon.frame?.objectSlots ?? [];
  for (const { phrase, at } of findPhrases(side, phrases, 'word')) {
    if (underNegation(side, negated, at)) continue;
    const { slot, value } = owners[phrase]!;
    if (!side.lexicon.frame?.planSlots?.includes(slot) && planned(side, at)) continue;
    // After a determiner the word qualifies a noun: "the following meeting", "a welcome step".
    if (
      aboutOneThing.includes(slot) &&
      side.lexicon.determiners.has(side.tokens[at - 1]?.word ?? '')
    )
      continue;
    const end = at + phrases[phrase]!.length - 1;
    const words = slice(side, at, end);
    const { head: object, terms: objectTerms } = objectAfter(side, end);
    const values = found.get(slot);
    if (!values) found.set(slot, [{ value, words, object, objectTerms, end }]);
    else if (!values.some((v) => v.value === value && v.object === object))
      values.push({ value, words, object, objectTerms, end });
  }
  return keptMap(found);
});

/** A sentence's values of each exclusive slot, by slot. */
type SlotValues = ReadonlyMap<string, readonly SlotValue[]>;

/** The most words of a noun phrase read for its head ("the new Turkish–Libyan maritime memorandum"). */
const NOUN_PHRASE_WORDS = 5;

/**
 * What a stance or an order is about: the head of the noun phrase after token `end`, in its clause,
 * the last of its run of content words ("condemned the Turkish–Libyan *memorandum*", "welcomed
 * Russia's *proposal*"). A verb form or an auxiliary ends the phrase ("the memorandum signed").
 */
function objectAfter(
  side: SentenceModel,
  end: number,
): { head: string | undefined; terms: readonly string[] } {
  const head = nounPhraseAfter(side, end);
  if (head === null) return { head: undefined, terms: NO_TERMS };
  const terms: string[] = [];
  const add = (k: number) => {
    const { term } = side.tokens[k]!;
    if (term !== null) terms.push(term);
  };
  // "the Guatemalan authorities' move": the words before the head say whose or which it is.
  for (let k = end + 1; k < head; k++) add(k);
  add(head);
  // "handling of the discharge": the complement says what the head is of.
  const complement = complementHead(side, head);
  if (complement !== null) for (let k = head + 2; k <= complement; k++) add(k);
  // Two readouts call one contact by different names: "before the talks" / "after the meeting";
  // not a contact noun that says what it is of or for ("the exchange of prisoners", "the call for
  // restraint"), which names something else.
  const { word, term } = side.tokens[head]!;
  const next = side.tokens[head + 1];
  const qualified =
    complement !== null ||
    (next !== undefined &&
      side.lexicon.frame?.purposePrepositions?.includes(next.word) === true &&
      !breaksClause(side, head));
  return {
    head: side.lexicon.contactNounWords.has(word) && !qualified ? THE_CONTACT : (term ?? undefined),
    terms,
  };
}

/** The object of a slot named by any contact noun ("talks", "meeting", "conversation"). */
const THE_CONTACT = 'the contact';

const NO_TERMS: readonly string[] = [];

/**
 * The position of the head of the complement with "of" right after token k, in its clause ("the
 * handling *of the discharge*", "the 20th meeting *of the Joint Commission*"), or null.
 */
export function complementHead(side: SentenceModel, k: number): number | null {
  const of = side.tokens[k + 1];
  return of &&
    side.lexicon.frame?.complementPrepositions?.includes(of.word) === true &&
    !breaksClause(side, k)
    ? nounPhraseAfter(side, k + 1)
    : null;
}

/** The position of the head of the noun phrase after token `end`, in its clause, or null. */
export function nounPhraseAfter(side: SentenceModel, end: number): number | null {
  const { tokens, lexicon } = side;
  let k = end + 1;
  while (k < tokens.length && tokens[k]!.term === null && !breaksClause(side, k - 1)) k++;
  if (k >= tokens.length || (k > end + 1 && breaksClause(side, k - 1))) return null;
  for (let words = 1; words < NOUN_PHRASE_WORDS; words++) {
    const next = tokens[k + 1];
    if (
      !next ||
      next.term === null ||
      (breaksClause(side, k) && !hyphenated(side, k)) ||
      lexicon.auxiliaries.has(next.word) ||
      // After a possessive a verb form is a noun ("Japan's handling").
      (lexicon.hooks.isVerbForm(next.word) && !lexicon.hooks.isPossessive(tokens[k]!.word)) ||
      lexicon.pastForms.has(next.word)
    )
      break;
    k++;
  }
  return k;
}

/** Whether token k and the next are one compound, a dash between them and no space ("Turkish–Libyan"). */
function hyphenated(side: SentenceModel, k: number): boolean {
  const gap = side.text.slice(side.tokens[k]!.end, side.tokens[k + 1]!.start);
  return gap === '-' || gap === '\u2013';
}

/** How many words before a slot's phrase the negated verb it qualifies may stand ("did not meet in person"). */
const NEGATED_VERB_REACH = 2;

function underNegation(
  side: SentenceModel,
  negated: ReadonlyMap<number, number>,
  at: number,
): boolean {
  for (let k = at; k >= 0 && k >= at - NEGATED_VERB_REACH; k--) {
    if (negated.has(k)) return true;
    if (k > 0 && breaksClause(side, k - 1)) return false;
  }
  return false;
}

/** How many words before a slot's phrase the infinitive of a plan may stand ("agreed to meet in person"). */
const PLAN_REACH = 3;
/** How many words before the infinitive its verb of planning may stand, past its object ("invited the Crown Prince to"). */
const PLAN_OBJECT_REACH = 5;

/**
 * Whether the phrase at token `at` describes a plan: an infinitive after a verb of planning stands
 * within PLAN_REACH words before it, in its clause ("agreed to meet in person later this year").
 */
function planned(side: SentenceModel, at: number): boolean {
  const words = side.lexicon.frame;
  if (!words) return false;
  const { tokens } = side;
  for (let k = at - 1; k >= 1 && k >= at - PLAN_REACH; k--) {
    if (breaksClause(side, k)) return false;
    if (side.lexicon.infinitiveMarkers.has(tokens[k]!.word)) {
      // "agreed to", or "invited President Lee to": the verb stands before the marker or its object.
      for (let v = k - 1; v >= 0 && v >= k - PLAN_OBJECT_REACH; v--) {
        if (words.planVerbs.includes(tokens[v]!.word)) return true;
        if (breaksClause(side, v)) break;
      }
    }
  }
  return false;
}

/** How many words before "in" a word saying that something happened may stand ("were held in"). */
const VENUE_REACH = 5;

/** A place where something happened, and the country it lies in when the documents' data knows it. */
export interface Venue extends SlotValue {
  country: string | undefined;
  /** Whether the place is a country, which holds many cities. */
  isCountry: boolean;
}

/** The places a side says something happened in ("held in Geneva", "met in Tashkent"). */
export const venues = memoPerSentence((side: SentenceModel): Venue[] =>
  venuesRead(side).filter((venue) => !venue.planned),
);

/**
 * The places a side says something is to happen in: after an infinitive of a plan ("agreed to
 * convene the commission in Ipiales"), or after a verb of planning or a marker of the future
 * anywhere before the place ("agreed that the commission would meet in Nairobi", "will be held in
 * Arusha"). Two plans of one meeting exclude one another as two accounts of a meeting held do.
 */
export const plannedVenues = memoPerSentence((side: SentenceModel): Venue[] =>
  venuesRead(side).filter((venue) => venue.planned || plannedBefore(side, venue.at)),
);

/** Whether a verb of planning or a marker of the future stands before token `at` in the sentence. */
function plannedBefore(side: SentenceModel, at: number): boolean {
  const { lexicon, tokens } = side;
  const planVerbs = lexicon.frame?.planVerbs ?? [];
  for (let k = 0; k < at; k++) {
    const { word } = tokens[k]!;
    if (lexicon.futureMarkers.has(word) || planVerbs.includes(word)) return true;
  }
  return false;
}

/** Every place a side names with a verb of meeting before it, and whether a plan's infinitive governs it. */
const venuesRead = memoPerSentence((side: SentenceModel): PlacedVenue[] => {
  const words = side.lexicon.frame;
  if (!words) return [];
  const { tokens, text } = side;
  const found: PlacedVenue[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    const hostedBy = hostedByAt(side, i);
    if (!hostedBy && !words.venuePrepositions.includes(tokens[i]!.word)) continue;
    const happened = hostedBy || venueWordBefore(side, i) || partiesMetBefore(side, i);
    if (!happened) continue;
    const { actors } = languageOf(side.lexicon.lang).vocabulary;
    const capital = hostedBy ? null : capitalAfter(side, i, actors);
    if (capital !== null) {
      const { country, end } = capital;
      const words = slice(side, i, end);
      found.push({
        value: country,
        words,
        end,
        country,
        isCountry: true,
        at: i,
        planned: planned(side, i),
      });
      continue;
    }
    let end = i;
    while (end + 1 < tokens.length && isName(text, tokens[end + 1]!.start, side, end + 1)) end++;
    if (end === i) continue;
    const place = tokens.slice(i + 1, end + 1);
    const value = place.map((t) => t.word).join(' ');
    const country = place.map((t) => countryOf(t.term, actors)).find((c) => c !== undefined);
    // The host after "hosted by" is a place only when the data knows it as one, not a person.
    if (hostedBy && country === undefined) continue;
    found.push({
      value,
      words: slice(side, i, end),
      end,
      country: country ?? undefined,
      isCountry: country !== undefined && country === value,
      at: i,
      planned: planned(side, i),
    });
  }
  return found;
});

/** How many words a country's name or adjective before "capital" may have ("the South African capital"). */
const COUNTRY_WORDS = 2;

/**
 * The capital named by its country after the preposition at token `at` ("in *the Russian
 * capital*"): the country, and the token of the noun. It stands for a place in that country, so it
 * excludes only a place known to lie in another, as a country does.
 */
function capitalAfter(
  side: SentenceModel,
  at: number,
  actors: Readonly<Record<string, readonly string[]>>,
): { country: string; end: number } | null {
  const { tokens, lexicon } = side;
  const nouns = lexicon.frame?.capitalNouns ?? [];
  if (!lexicon.determiners.has(tokens[at + 1]?.word ?? '')) return null;
  let country: string | undefined;
  for (let k = at + 2; k < tokens.length && k <= at + 2 + COUNTRY_WORDS; k++) {
    const { word, term } = tokens[k]!;
    if (nouns.includes(word)) return country === undefined ? null : { country, end: k };
    const of = countryOf(term, actors);
    if (of === undefined || (country !== undefined && of !== country) || !capitalisedAt(side, k))
      return null;
    country = of;
  }
  return null;
}

/**
 * The country a term names: a country's aliases share its term ("Russian" and "Moscow" are
 * "russia"), its words joined by "_" where the name has several ("saudi_arabia" for "Riyadh").
 */
function countryOf(
  term: string | null,
  actors: Readonly<Record<string, readonly string[]>>,
): string | undefined {
  if (term === null) return undefined;
  const name = term.replaceAll('_', ' ');
  return Object.hasOwn(actors, name) ? name : undefined;
}

/** A venue with the token of its preposition and whether it is a plan's ("agreed to meet in Bergen"). */
interface PlacedVenue extends Venue {
  at: number;
  planned: boolean;
}

/**
 * Whether token `at` is the preposition of the agent after a verb that is both a host's and one
 * saying that something happened ("the round was hosted by Vienna"): the host is where it was held.
 */
function hostedByAt(side: SentenceModel, at: number): boolean {
  const words = side.lexicon.frame;
  const before = side.tokens[at - 1]!.word;
  return (
    words !== undefined &&
    words.agentPrepositions.includes(side.tokens[at]!.word) &&
    words.venueWords.includes(before) &&
    words.hostWords?.includes(before) === true
  );
}

/**
 * The places where a side says the parties met, as written: a venue ("their meeting in Brussels")
 * or a site a host received them at ("received Prime Minister Hasina at Hyderabad House"). A
 * meeting at a place was held in person. A place in a relative clause is where a party was, not
 * where they met ("Modi called the President, who had left the G7 Summit in Kananaskis").
 */
export const placesMet = memoPerSentence((side: SentenceModel): readonly string[] => {
  const found = venues(side)
    .filter((venue) => !inRelativeClause(side, venue.end!))
    .map((venue) => venue.words);
  const sites = side.lexicon.frame?.sitePrepositions ?? [];
  const { tokens } = side;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!sites.includes(tokens[i]!.word)) continue;
    const end = siteEnd(side, i);
    if (end < 0) continue;
    if (!partiesMetBefore(side, i) || planned(side, i) || inRelativeClause(side, i)) continue;
    found.push(slice(side, i, end));
  }
  return found;
});

/** How many words may describe a building before its noun ("the Ottoman-era palace"). */
const SITE_MODIFIERS = 2;

/**
 * Where the site named after the site preposition at token `at` ends, or -1 when it names none: a
 * name, after a determiner or not ("at Hyderabad House", "at the Kantei"), or a few words ending
 * in a noun of a building ("at the presidential palace"). A name in the possessive is whose thing
 * the preposition takes, and a common noun is no site: "at Tokayev's initiative" names no site, as
 * "at the initiative" names none.
 */
function siteEnd(side: SentenceModel, at: number): number {
  const { tokens, text, lexicon } = side;
  let start = at + 1;
  if (start < tokens.length && lexicon.determiners.has(tokens[start]!.word)) start++;
  if (start >= tokens.length) return -1;
  if (isName(text, tokens[start]!.start, side, start)) {
    let end = start;
    while (end + 1 < tokens.length && isName(text, tokens[end + 1]!.start, side, end + 1)) end++;
    return lexicon.hooks.isPossessive(tokens[end]!.word) ? -1 : end;
  }
  if (start === at + 1) return -1;
  const nouns = lexicon.frame?.siteNouns ?? [];
  for (let k = start; k < tokens.length && k <= start + SITE_MODIFIERS; k++) {
    if (nouns.includes(tokens[k]!.word)) return k;
    if (breaksClause(side, k)) break;
  }
  return -1;
}

/** Whether a relative pronoun opens the clause of token k before it ("who had left the summit in"). */
function inRelativeClause(side: SentenceModel, k: number): boolean {
  for (let j = clauseStart(side, k); j < k; j++)
    if (side.lexicon.relativePronouns.has(side.tokens[j]!.word)) return true;
  return false;
}

/**
 * Whether a word saying that something happened stands within VENUE_REACH words before token `at`,
 * with no verb between: a verb there ("the ceasefire agreed in", "met to discuss investment in")
 * opens a predicate of its own, whose place "in" names. The occasion a meeting was on the margins
 * of is passed over ("met on the margins of the United Nations General Assembly in New York").
 */
export function venueWordBefore(side: SentenceModel, at: number): boolean {
  const words = side.lexicon.frame;
  if (!words) return false;
  const { tokens, lexicon } = side;
  const from = occasionBefore(side, at) ?? at;
  for (let k = from - 1; k >= 0 && k >= from - VENUE_REACH; k--) {
    const { word } = tokens[k]!;
    if (words.venueWords.includes(word)) return true;
    const verb =
      lexicon.hooks.isVerbForm(word) ||
      lexicon.pastForms.has(word) ||
      (k > 0 && lexicon.infinitiveMarkers.has(tokens[k - 1]!.word));
    if (verb || breaksClause(side, k)) return false;
  }
  return false;
}

/** How many words an occasion's name may have ("the Summit of the Americas"). */
const OCCASION_NAME_WORDS = 8;

/**
 * The first token of a phrase of an occasion and its name, capitalised, that end right before
 * token `at` ("*on the sidelines of the United Nations General Assembly* in"), or null. A word of
 * content not capitalised between them names something else ("on the margins of the talks on
 * trade in").
 */
function occasionBefore(side: SentenceModel, at: number): number | null {
  const phrases = side.lexicon.frame?.occasionPhrases ?? [];
  if (phrases.length === 0) return null;
  const { tokens } = side;
  let named = false;
  for (let k = at - 1; k >= 0 && k >= at - OCCASION_NAME_WORDS; k--) {
    if (breaksClause(side, k)) return null;
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      if (named && wordsAt(side, k - words.length + 1, words)) return k - words.length + 1;
    }
    if (capitalisedAt(side, k)) named = true;
    else if (tokens[k]!.term !== null) return null;
  }
  return null;
}

/** How many words of the parties' titles and names may stand between a verb of meeting and "in". */
const PARTY_WORDS = 6;

/**
 * Whether a verb of meeting or a host's verb stands before token `at` with only the parties between,
 * named by title and name or as the register names parties, and words of no content ("met with
 * President Tokayev in", "received Prime Minister Mitsotakis in", "met his counterpart in", "received
 * the delegation in"). Any other word of content between ("focused on new investment in", "welcomed the
 * ceasefire agreed in", "talks on the situation in") makes the place that of the thing it names.
 */
function partiesMetBefore(side: SentenceModel, at: number): boolean {
  const words = side.lexicon.frame;
  if (!words) return false;
  const { tokens, text } = side;
  const before = siteBefore(side, at);
  for (let k = before - 1; k >= 0 && k >= before - 1 - PARTY_WORDS; k--) {
    const { word, term } = tokens[k]!;
    if (words.venueWords.includes(word) || words.hostWords?.includes(word)) return true;
    const first = text[tokens[k]!.start]!;
    const key = keyOf(tokens[k]!);
    const party =
      first !== first.toLowerCase() ||
      side.lexicon.personRoleKeys.has(key) ||
      side.lexicon.participantNouns.has(key);
    if ((term !== null && !party) || (breaksClause(side, k) && !aroundAbbreviation(side, k)))
      return false;
  }
  return false;
}

/**
 * Whether the break after token k is a parenthesis around a name's abbreviation, the name's or
 * the abbreviation's own ("the Binational Border Commission (COMBIFRON)"): one party, not two clauses.
 */
function aroundAbbreviation(side: SentenceModel, k: number): boolean {
  const { tokens, text } = side;
  const inParentheses = (j: number) =>
    j > 0 &&
    j + 1 < tokens.length &&
    text.slice(tokens[j - 1]!.end, tokens[j]!.start).trim() === '(' &&
    text.slice(tokens[j]!.end, tokens[j + 1]!.start).trim() === ')' &&
    isName(text, tokens[j]!.start, side, j) &&
    isName(text, tokens[j - 1]!.start, side, j - 1);
  return inParentheses(k) || inParentheses(k + 1);
}

/**
 * Where the place within the venue that stands right before token `at` starts ("at Government
 * House in Auckland": the place is part of the venue, not one of the parties), or `at` for none.
 */
function siteBefore(side: SentenceModel, at: number): number {
  const { tokens, text } = side;
  let k = at - 1;
  while (k > 0 && isName(text, tokens[k]!.start, side, k)) k--;
  return k < at - 1 && side.lexicon.frame?.sitePrepositions?.includes(tokens[k]!.word) === true
    ? k
    : at;
}

/** A capitalised word that is no month or weekday ("in March", "on Monday"): part of a place name. */
function isName(text: string, at: number, side: SentenceModel, k: number): boolean {
  const first = text[at]!;
  if (first === first.toLowerCase()) return false;
  const word = side.tokens[k]!.word;
  const slots = side.lexicon.frame?.exclusiveSlots.weekday ?? {};
  return !side.lexicon.months.has(word) && !Object.hasOwn(slots, word);
}

/**
 * Whether two places cannot both be where one thing happened: two cities, two countries, or a
 * city known to lie outside the country the other side names. A city unknown to the data may lie in
 * the country the other side names.
 */
export function placesExclude(x: Venue, y: Venue): boolean {
  if (x.value === y.value) return false;
  if (x.isCountry || y.isCountry)
    return x.country !== undefined && y.country !== undefined && x.country !== y.country;
  const wordsOf = (v: Venue) => new Set(v.value.split(' '));
  const inX = wordsOf(x);
  return ![...wordsOf(y)].some((w) => inX.has(w));
}

/**
 * Whether the two sides speak of one time: an event to come ("will pay a state visit next year")
 * is not the one that took place ("paid an official visit"), and their slots do not compare.
 */
export function sameTime(a: SentenceModel, b: SentenceModel): boolean {
  return speaksOfFuture(a) === speaksOfFuture(b);
}

/** Whether the clause of token k holds a marker of the future, or a plan in the present ("is planned"). */
export function clauseSpeaksOfFuture(side: SentenceModel, k: number): boolean {
  const { tokens, lexicon } = side;
  const end = clauseEnd(side, k);
  const presentBe = lexicon.frame?.presentBe ?? [];
  const planVerbs = lexicon.frame?.planVerbs ?? [];
  for (let i = clauseStart(side, k); i <= end; i++) {
    const { word } = tokens[i]!;
    if (lexicon.futureMarkers.has(word)) return true;
    if (presentBe.includes(word) && planVerbs.includes(tokens[i + 1]?.word ?? '')) return true;
  }
  return false;
}

/** Whether a side puts what it says in the future ("will meet", "the next round"). */
export const speaksOfFuture = memoPerSentence((side: SentenceModel): boolean =>
  side.tokens.some((token) => side.lexicon.futureMarkers.has(token.word)),
);

/**
 * Whether the two sides report one act on two occasions: done on one side ("Poland hosted the last
 * meeting", "met in Dhaka on 3 May") and to come on the other ("will host the next meeting", "will
 * meet again on 17 June"). Both can be true, neither states the other's claim, and their slots
 * (dates, places) describe different events.
 */
export function otherOccasion(a: SentenceModel, b: SentenceModel): boolean {
  // A denial speaks of the act at any time ("not among the subjects he will discuss" / "discussed").
  if (negatedPositions(a).size > 0 || negatedPositions(b).size > 0) return false;
  // An act to come follows a marker of the future: a side without one has none, and most
  // sentences compared need no reading of their tenses.
  return (
    (speaksOfFuture(b) && meets(tensedActs(a).done, tensedActs(b).toCome)) ||
    (speaksOfFuture(a) && meets(tensedActs(a).toCome, tensedActs(b).done))
  );
}

function meets(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  for (const term of x) if (y.has(term)) return true;
  return false;
}

/** A side's verbs, by term, in a past form ("hosted", "met") and after a future auxiliary ("will host"). */
const tensedActs = memoPerSentence((side: SentenceModel) => {
  const { tokens, lexicon } = side;
  const done = new Set<string>();
  const toCome = new Set<string>();
  tokens.forEach((token, k) => {
    if (token.term === null || isAdverb(side, k)) return;
    const before = k > 0 ? tokens[k - 1]!.word : '';
    // "will host", "will soon host": the auxiliary is a marker of the future and of a verb alike.
    const auxiliary =
      (lexicon.futureMarkers.has(before) && lexicon.verbMarkers.has(before)) ||
      (k > 1 &&
        isAdverb(side, k - 1) &&
        lexicon.futureMarkers.has(tokens[k - 2]!.word) &&
        lexicon.verbMarkers.has(tokens[k - 2]!.word));
    if (auxiliary) toCome.add(token.term);
    // "their continued support" describes a thing, not an act done.
    else if (
      !lexicon.verbMarkers.has(before) &&
      !lexicon.determiners.has(before) &&
      isPastForm(side, token.word)
    )
      done.add(token.term);
  });
  return { done: keptSet(done), toCome: keptSet(toCome) };
});

/** Two values about the same thing that differ ("welcomed the decision" / "condemned the decision"). */
function differAboutOneThing(x: SlotValue, y: SlotValue): boolean {
  return x.value !== y.value && aboutOneThing(x, y);
}

/**
 * Whether two values are about one thing: the same head, or the head of one among the terms of the
 * other's object ("condemned Japan's discharge" / "welcomed Japan's handling of the discharge").
 */
function aboutOneThing(x: SlotValue, y: SlotValue): boolean {
  if (x.object === undefined || y.object === undefined) return false;
  return (
    x.object === y.object ||
    (y.objectTerms?.includes(x.object) ?? false) ||
    (x.objectTerms?.includes(y.object) ?? false) ||
    sharedTerms(x.objectTerms ?? NO_TERMS, y.objectTerms ?? NO_TERMS) >= SAME_THING_TERMS ||
    oneWordInOtherWords(x.object, y.object)
  );
}

/** The most terms WordNet may relate to each of two heads for a term both relate to to join them. */
const MAX_HEAD_SENSES = 16;

/**
 * Whether WordNet gives two heads as one thing in other words: one relates to the other, or both,
 * of a few senses each, to one term ("timetable" and "calendar": "schedule").
 */
function oneWordInOtherWords(x: string, y: string): boolean {
  const [p, q] = [wordnetRelated(x), wordnetRelated(y)];
  if (p === undefined || q === undefined) return false;
  if (p.includes(y) || q.includes(x)) return true;
  return p.length <= MAX_HEAD_SENSES && q.length <= MAX_HEAD_SENSES && p.some((t) => q.includes(t));
}

/**
 * How many terms two objects must share to be one thing named by two heads ("the decision of the
 * Guatemalan authorities" / "the Guatemalan authorities' move"): one may be a word for any act.
 */
const SAME_THING_TERMS = 2;

function sharedTerms(x: readonly string[], y: readonly string[]): number {
  return new Set(x.filter((term) => y.includes(term))).size;
}

/**
 * A cue over slots whose values exclude one another: it fires on the first of its slots that both
 * sides fill with values that cannot both be true. Two values compare when their clauses speak of
 * one time: the clause of a value holds the marker of the future or not, whatever another clause
 * says ("the first stop of his official visit, which will continue with Qatar" / "on a working
 * visit": the visit took place; "will pay a state visit" / "paid a working visit" do not compare).
 */
export function exclusiveSlotCue<const Name extends string>(
  name: Name,
  slots: readonly string[],
  pull?: CuePull,
): CueDefinition<Name, NoWords> {
  const detect = (a: SentenceModel, b: SentenceModel): Finding | null => {
    const aboutOneThing = a.lexicon.frame?.objectSlots ?? [];
    const oneTime = (x: SlotValue, y: SlotValue) =>
      clauseSpeaksOfFuture(a, x.end!) === clauseSpeaksOfFuture(b, y.end!);
    for (const slot of slots) {
      const differ = aboutOneThing.includes(slot)
        ? differAboutOneThing
        : (x: SlotValue, y: SlotValue) => x.value !== y.value;
      const found = slotConflict(
        slot,
        exclusiveSlots(a).get(slot) ?? [],
        exclusiveSlots(b).get(slot) ?? [],
        (x, y) => oneTime(x, y) && differ(x, y),
      );
      if (found) return found;
    }
    return null;
  };
  return defineCue({ name, messages: slotMessages, detect, ...(pull && { pull }) });
}
