import {
  aliasAt,
  isAdverb,
  partiesExclude,
  partyAfter,
  partyBefore,
  partyValue,
  sameParty,
  SUBJECT_GAP,
  type Actor,
  type Party,
} from '../actors.js';
import { defineCue, type Finding } from '../cue.js';
import { slotMessages, slotsDiffer } from '../frame.js';
import { memoPerSentence } from '../../sentence/memo.js';
import type { SentenceModel } from '../../sentence/model.js';
import { breaksClause, slice } from '../phrases.js';
import { defineWords, keyOf, keyPhrases, keySet, keysAt } from '../lexicon.js';
import { negatedPositions } from './negation.js';
import { countSteps } from '../../work.js';

/**
 * An act a sentence reports with who did it: "violated by Armenia", "Azerbaijan violated". What
 * was acted on and the words that say so are read from the sentence when a comparison needs them
 * (patientOf, objectOf, wordsOf): almost every content word of a long sentence is the act of the
 * words before it, and few of those acts are ever compared.
 */
interface Act {
  /** The verb's term and position. */
  verb: string;
  at: number;
  agent: Party;
  /** Where the auxiliary of a passive stands ("was" of "was put forward by"); -1 for an active verb. */
  auxiliary: number;
}

/** How many words before "by" the auxiliary of its passive may stand ("was put forward by"). */
const PASSIVE_REACH = 4;

const words = defineWords({
  /**
   * Verbs of putting a proposal forward, each another wording of one act: a proposal has one author
   * ("put forward by Kinshasa" / "tabled by the Rwandan delegation", "Manila proposed").
   */
  proposingVerbs: keyPhrases,
  /**
   * Verbs of a stance toward a thing, which any number of parties may take: "rejected by Kigali" /
   * "Kinshasa rejected" are two stances, both of which may be true.
   */
  stanceVerbs: keySet,
});

/**
 * Fires when the two sides name different parties as the one who did the same act to the same
 * thing: the agent of a passive against the subject of the active ("violated by Armenia" /
 * "Azerbaijan violated"), or two passives ("by Beijing" / "by Moscow"). Two active sentences
 * conflict only when they swap the roles and agree on everything else ("Putin called Macron" /
 * "Macron called Putin"); otherwise two parties may well each have done it.
 */
export const agentCue = defineCue({
  name: 'agent',
  words,
  messages: slotMessages,
  detect: (a, b) => passiveAgainst(a, b, 'a') ?? passiveAgainst(b, a, 'b') ?? swappedRoles(a, b),
});

function passiveAgainst(
  passive: SentenceModel,
  other: SentenceModel,
  passiveSide: 'a' | 'b',
): Finding | null {
  for (const act of passiveActs(passive)) {
    if (passive.lexicon.stanceVerbs.has(act.verb)) continue;
    const patient = patientOf(passive, act);
    const proposal = proposing(passive, act.at);
    const oneAct = (o: Act) => o.verb === act.verb || (proposal && proposing(other, o.at));
    const counterpart = [
      ...passiveActs(other),
      ...activeActsOf(other, act.verb),
      ...(proposal ? proposingActs(other) : []),
    ].find((o) => oneAct(o) && [...patientOf(other, o)].some((term) => patient.has(term)));
    if (!counterpart || !partiesExclude(act.agent, counterpart.agent)) continue;
    return passiveSide === 'a'
      ? finding(passive, act, other, counterpart)
      : finding(other, counterpart, passive, act);
  }
  return null;
}

function swappedRoles(a: SentenceModel, b: SentenceModel): Finding | null {
  const swapped = swappedActs(a, b);
  // Who met whom is one meeting: a verb whose parties swap freely reports the same act.
  return swapped?.sameRest &&
    !a.lexicon.reciprocalVerbs.has(keyOf(a.tokens[swapped.x.at]!)) &&
    !journey(a, swapped.x.at)
    ? finding(a, swapped.x, b, swapped.y)
    : null;
}

/**
 * Whether token `at` is a verb of a journey, or an auxiliary right before one: "Macron will visit
 * Nigeria" / "Tinubu will visit France" are two journeys, both of which may take place, however
 * alike their words.
 */
function journey(side: SentenceModel, at: number): boolean {
  const { tokens, lexicon } = side;
  let verbAt = at;
  if (lexicon.auxiliaries.has(tokens[at]!.word))
    for (
      verbAt++;
      verbAt < tokens.length &&
      (isAdverb(side, verbAt) || lexicon.timeAdverbs.has(tokens[verbAt]!.word));
      verbAt++
    );
  return verbAt < tokens.length && lexicon.journeyVerbs.has(keyOf(tokens[verbAt]!));
}

/**
 * Whether the two sides report two acts of one verb with the parties swapped and other words
 * around them ("Ramaphosa invited Lula to visit Pretoria" / "Lula invited Ramaphosa to visit
 * Brasília", "Moon briefed Abe on the summit" / "Abe briefed Moon on his talks"), or two journeys
 * in opposite directions: both can be true, and neither states the other's claim.
 */
export function reciprocalActs(a: SentenceModel, b: SentenceModel): boolean {
  const swapped = swappedActs(a, b);
  return (
    swapped !== null &&
    (!swapped.sameRest || journey(a, swapped.x.at)) &&
    directedVerb(a, swapped.x.at)
  );
}

/**
 * Whether token `at` is a verb, by its form, whose subject and object cannot swap without another
 * act ("invited", "briefed"; not "met": who met whom is one meeting, nor a preposition between two
 * parties, "actions of the coast guard against the navy").
 */
function directedVerb(side: SentenceModel, at: number): boolean {
  const token = side.tokens[at]!;
  const { lexicon } = side;
  return (
    (lexicon.hooks.isVerbForm(token.word) || lexicon.pastForms.has(token.word)) &&
    !lexicon.reciprocalVerbs.has(keyOf(token))
  );
}

/**
 * One verb both sides use in the active with its parties swapped, and whether, apart from the
 * parties and the verb, they say the same words; a swap with the same words is preferred.
 */
function swappedActs(
  a: SentenceModel,
  b: SentenceModel,
): { x: Act; y: Act; sameRest: boolean } | null {
  if (!rolesMayCross(a, b)) return null;
  // Only a verb both sides use can be one act with its roles swapped.
  const verbsOfB = new Set<string>();
  for (const token of b.tokens) if (token.term !== null) verbsOfB.add(token.term);
  const actsOfB = new Map<string, Act[]>();
  let found: { x: Act; y: Act; sameRest: boolean } | null = null;
  for (let at = 0; at < a.tokens.length; at++) {
    const verb = a.tokens[at]!.term;
    if (verb === null || !verbsOfB.has(verb)) continue;
    // What it was done to is read first: a verb with no party after it swaps no roles.
    const xObject = objectAt(a, at);
    const x = xObject && activeActAt(a, at);
    if (!x) continue;
    let ys = actsOfB.get(x.verb);
    if (!ys) actsOfB.set(x.verb, (ys = activeActsOf(b, x.verb)));
    // An act the other side tells too, with the same parties, is shared, whatever else it tells.
    if (ys.some((y) => sameRoles(x, xObject, y, objectOf(b, y)))) continue;
    for (const y of ys) {
      const yObject = objectOf(b, y);
      if (!yObject || toldBy(a, x.verb, y, yObject)) continue;
      const swapped =
        partiesExclude(x.agent, y.agent) &&
        sameParty(x.agent, yObject) &&
        sameParty(y.agent, xObject);
      if (!swapped) continue;
      if (sameRest(a, x, b, y)) return { x, y, sameRest: true };
      found ??= { x, y, sameRest: false };
    }
  }
  return found;
}

/** Whether two acts of one verb have the same agent and the same object. */
function sameRoles(x: Act, xObject: Party, y: Act, yObject: Party | null): boolean {
  return yObject !== null && sameParty(x.agent, y.agent) && sameParty(xObject, yObject);
}

/** Whether a side tells an act of the verb with the same parties as `act`. */
function toldBy(side: SentenceModel, verb: string, act: Act, object: Party): boolean {
  return activeActsOf(side, verb).some((own) => sameRoles(act, object, own, objectOf(side, own)));
}

/**
 * Whether two sides could report one act with its parties swapped at all: a word both use (the
 * verb) with a key named before it on one side and after it on the other, and another key the
 * other way round. A party's members are all keys (its terms, or the countries that aliases or
 * people starting in its words name), so without such a crossing no roles swap. Most pairs of a
 * long document say what they share in one order and are settled here, without reading a party.
 */
export function rolesMayCross(a: SentenceModel, b: SentenceModel): boolean {
  const n = a.tokens.length;
  if (latestBefore.length < n) latestBefore = new Int32Array(2 * n);
  notePlaces(b);
  // Asked once per pair, not at every token of a.
  const named = countriesNamed(a);
  // latestBefore[p]: the last place in b of any key a names before p.
  let latest = -1;
  for (let p = 0; p < n; p++) {
    latestBefore[p] = latest;
    latest = Math.max(latest, lastPlace(a.tokens[p]!.term), lastPlace(countryAt(named, p)));
  }
  // Walking back, earliest is the first place in b of any key a names after p.
  let earliest = Infinity;
  let scanned = 0;
  for (let p = n - 1; p >= 0; p--) {
    const verb = a.tokens[p]!.term;
    if (verb !== null && latestBefore[p]! - earliest > 1)
      for (let q = earliest + 1; q < latestBefore[p]!; q++, scanned++)
        if (b.tokens[q]!.term === verb) return true;
    earliest = Math.min(earliest, firstPlace(verb), firstPlace(countryAt(named, p)));
  }
  countSteps(2 * n + b.tokens.length + scanned);
  return false;
}

/** Room for rolesMayCross, reused from pair to pair. */
let latestBefore = new Int32Array(64);

/** The first and the last token of a side with a key as its term or as the country named from it. */
interface Places {
  /** The side it was noted for, by the count of sides noted: older places are not there. */
  noted: number;
  first: number;
  last: number;
}

/**
 * The places of each key in the side rolesMayCross noted last, found in one pass over it: a
 * look-up that scanned the side's tokens made the test quadratic in the sentences' length. One
 * entry per key, reused from pair to pair: maps made for every pair, or cleared and refilled,
 * allocated 40 MB on the shared generator's 10,000-sentence pair, and the cleared ones raised
 * its peak by 35 MB. Emptied at MAX_KEYS, so that a long-lived process stays bounded.
 */
const places = new Map<string, Places>();
let sidesNoted = 0;
const MAX_KEYS = 100_000;

function notePlaces(side: SentenceModel): void {
  if (places.size >= MAX_KEYS) places.clear();
  const noted = ++sidesNoted;
  const { tokens } = side;
  for (let q = 0; q < tokens.length; q++) {
    const { term } = tokens[q]!;
    if (term !== null) notePlace(term, q, noted);
  }
  for (const { country, start } of countriesNamed(side)) notePlace(country, start, noted);
}

function notePlace(key: string, at: number, noted: number): void {
  const place = places.get(key);
  if (place === undefined) places.set(key, { noted, first: at, last: at });
  else if (place.noted !== noted) {
    place.noted = noted;
    place.first = at;
    place.last = at;
  } else {
    place.first = Math.min(place.first, at);
    place.last = Math.max(place.last, at);
  }
}

/** The last place of a key in the side noted last; -1 for none. */
function lastPlace(key: string | null): number {
  const place = key === null ? undefined : places.get(key);
  return place !== undefined && place.noted === sidesNoted ? place.last : -1;
}

/** The first such place; Infinity for none. */
function firstPlace(key: string | null): number {
  const place = key === null ? undefined : places.get(key);
  return place !== undefined && place.noted === sidesNoted ? place.first : Infinity;
}

/** The country one of a side's named aliases or people starting at token k names. */
function countryAt(named: readonly Actor[], k: number): string | null {
  for (const actor of named) if (actor.start === k) return actor.country;
  return null;
}

/** Every alias or person a side names, by the token it starts at (they may overlap). */
const countriesNamed = memoPerSentence((side: SentenceModel): readonly Actor[] => {
  let found: Actor[] | undefined;
  for (let k = 0; k < side.tokens.length; k++) {
    const actor = aliasAt(side, k, 1);
    if (actor !== null) (found ??= []).push(actor);
  }
  return found ?? NO_ACTORS;
});

const NO_ACTORS: readonly Actor[] = [];

function finding(a: SentenceModel, x: Act, b: SentenceModel, y: Act): Finding {
  const message = slotsDiffer(
    'agent',
    { value: partyValue(a, x.agent), words: wordsOf(a, x) },
    { value: partyValue(b, y.agent), words: wordsOf(b, y) },
  );
  return { a: wordsOf(a, x), b: wordsOf(b, y), message };
}

/** Whether, apart from the two parties and the verb, the sentences say the same words. */
function sameRest(a: SentenceModel, x: Act, b: SentenceModel, y: Act): boolean {
  const rest = (side: SentenceModel, act: Act) => {
    const inParty = (k: number, p: Party | null) => p !== null && k >= p.start && k <= p.end;
    const object = objectOf(side, act);
    return new Set(
      side.tokens.flatMap((t, k) =>
        t.term === null || k === act.at || inParty(k, act.agent) || inParty(k, object)
          ? []
          : [t.term],
      ),
    );
  };
  const [ra, rb] = [rest(a, x), rest(b, y)];
  return ra.size === rb.size && [...ra].every((term) => rb.has(term));
}

/** The acts a side reports in the passive with "by" and its agent ("was put forward by Beijing"). */
const passiveActs = memoPerSentence((side: SentenceModel): Act[] => {
  const { tokens, lexicon } = side;
  const agentPrepositions = lexicon.frame?.agentPrepositions ?? [];
  const negated = negatedPositions(side);
  const acts: Act[] = [];
  tokens.forEach((token, by) => {
    if (!agentPrepositions.includes(token.word)) return;
    const agent = partyAfter(side, by + 1);
    if (!agent) return;
    let aux = -1;
    for (let j = by - 1; j >= 0 && j >= by - PASSIVE_REACH && !breaksClause(side, j); j--) {
      if (lexicon.passiveAuxiliaries.has(tokens[j]!.word)) {
        aux = j;
        break;
      }
    }
    if (aux === -1) return;
    let at = aux + 1;
    while (at < by && (tokens[at]!.term === null || isAdverb(side, at))) at++;
    if (at >= by || negated.has(at)) return;
    acts.push({ verb: tokens[at]!.term!, at, agent, auxiliary: aux });
  });
  return acts;
});

/** The acts of one verb a side reports in the active, in the order of the words. */
function activeActsOf(side: SentenceModel, verb: string): Act[] {
  const acts: Act[] = [];
  for (let at = 0; at < side.tokens.length; at++) {
    if (side.tokens[at]!.term !== verb) continue;
    const act = activeActAt(side, at);
    if (act) acts.push(act);
  }
  return acts;
}

/** Whether a verb of putting a proposal forward starts at token `at` ("proposed", "put forward"). */
function proposing(side: SentenceModel, at: number): boolean {
  return side.lexicon.proposingVerbs.some((keys) => keysAt(side.tokens, at, keys));
}

/** The acts of putting a proposal forward a side reports in the active, whatever their verb. */
function proposingActs(side: SentenceModel): Act[] {
  const acts: Act[] = [];
  for (let at = 0; at < side.tokens.length; at++) {
    const act = proposing(side, at) ? activeActAt(side, at) : null;
    if (act) acts.push(act);
  }
  return acts;
}

/** The act token `at` reports in the active with a subject that names who did it ("Moscow put forward"). */
function activeActAt(side: SentenceModel, at: number): Act | null {
  const { tokens, lexicon } = side;
  const token = tokens[at]!;
  if (token.term === null || negatedPositions(side).has(at) || isAdverb(side, at)) return null;
  // A word after a form of "be" is a passive or a description, not an act of the word before.
  for (let k = Math.max(0, at - SUBJECT_GAP); k < at; k++)
    if (lexicon.passiveAuxiliaries.has(tokens[k]!.word)) return null;
  const agent = partyBefore(side, at - 1);
  if (!agent || agent.end === at) return null;
  return { verb: token.term, at, agent, auxiliary: -1 };
}

/** The content terms of what was acted on: the subject of a passive, the clause after an active verb. */
function patientOf(side: SentenceModel, act: Act): Set<string> {
  const { tokens } = side;
  const patient = new Set<string>();
  if (act.auxiliary >= 0) {
    for (let k = act.auxiliary - 1; k >= 0 && !breaksClause(side, k); k--)
      if (tokens[k]!.term !== null) patient.add(tokens[k]!.term!);
  } else {
    for (let k = act.at + 1; k < tokens.length && !breaksClause(side, k - 1); k++)
      if (tokens[k]!.term !== null) patient.add(tokens[k]!.term!);
  }
  return patient;
}

/** What was acted on, when it is a party itself ("Putin called Macron"); a passive's is not read. */
function objectOf(side: SentenceModel, act: Act): Party | null {
  return act.auxiliary >= 0 ? null : objectAt(side, act.at);
}

/** The party right after the active verb at token `at`, in its clause. */
function objectAt(side: SentenceModel, at: number): Party | null {
  return at + 1 >= side.tokens.length || breaksClause(side, at) ? null : partyAfter(side, at + 1);
}

/** The words that name the agent with the act, as the reason quotes them. */
function wordsOf(side: SentenceModel, act: Act): string {
  return act.auxiliary >= 0
    ? slice(side, act.at, act.agent.end)
    : slice(side, act.agent.start, act.at);
}
