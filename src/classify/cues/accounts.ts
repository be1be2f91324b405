import { aliasAt } from '../actors.js';
import { defineCue, messagesOf, type Finding } from '../cue.js';
import { defineWords, keyOf, triggerWords, wordPhrases } from '../lexicon.js';
import { speakers } from '../positions.js';
import { memoPerSentence } from '../../sentence/memo.js';
import type { SentenceModel } from '../../sentence/model.js';
import { findPhrases, hasAnyOf, slice } from '../phrases.js';

/** How many words before a defence may negate it ("no adequate advance notice"). */
const NEGATION_REACH = 2;

const messages = {
  chargeAndDefence: (charger: string, charge: string, defender: string, defence: string) =>
    `positions differ: ${charger} charges ('${charge}'); ${defender} defends ('${defence}')`,
};
const say = messagesOf(messages);

const words = defineWords(
  {
    /**
     * Phrases by which a side charges another with wrongdoing ("a violation", "bears responsibility"),
     * as written: by term, "dangerous" would also be any "risk".
     */
    chargePhrases: wordPhrases,
    /** Phrases by which a side defends its conduct ("in accordance with international law", "safely"), as written. */
    defencePhrases: wordPhrases,
  },
  ({ chargePhrases, defencePhrases }) => ({
    /** Words one of which a sentence must hold before the cue looks for its frames. */
    accountTriggers: new Set([...triggerWords(chargePhrases), ...triggerWords(defencePhrases)]),
  }),
);

/**
 * Fires when one side charges a party with wrongdoing and the other, speaking for that party,
 * defends its conduct on the same matter: two competing accounts of one act, each side's own
 * position ("China gave no adequate advance notice" / "the Chinese side issued notices in advance").
 */
export const accountsCue = defineCue({
  name: 'accounts',
  words,
  messages,
  detect(a, b): Finding | null {
    const [inA, inB] = [framesOf(a), framesOf(b)];
    const aCharges = inA.charge !== null && inA.defence === null;
    const bCharges = inB.charge !== null && inB.defence === null;
    const aDefends = inA.defence !== null && inA.charge === null;
    const bDefends = inB.defence !== null && inB.charge === null;
    if (!((aCharges && bDefends) || (bCharges && aDefends))) return null;
    const [charging, defending] = aCharges ? [a, b] : [b, a];
    const charge = (aCharges ? inA : inB).charge!;
    const defence = (aCharges ? inB : inA).defence!;
    const defender = defendingParty(charging, defending);
    if (defender === undefined || !sharesTopic(charging, defending)) return null;
    const charger = ownCountries(charging);
    const chargerName = [...charger].sort()[0] ?? 'one side';
    const [onA, onB] = aCharges ? [chargerName, defender] : [defender, chargerName];
    return {
      a: aCharges ? charge : defence,
      b: aCharges ? defence : charge,
      message: say.chargeAndDefence(chargerName, charge, defender, defence),
      positions: { a: onA, b: onB },
    };
  },
});

/**
 * The party charged that defends itself: a country the charging side names, other than its own
 * speaker's, for which the defending side speaks ("Iran", "Wang Yi stated"). When the charging
 * side names none but its own ("Minister Wong said the drill fell short"), the charge is of the
 * act the other side defends, whose speaker is then the party charged, if not the charger.
 */
function defendingParty(charging: SentenceModel, defending: SentenceModel): string | undefined {
  const charger = ownCountries(charging);
  const charged = [...countriesNamed(charging)].filter((c) => !charger.has(c));
  const speaking = ownCountries(defending);
  if (charged.length === 0)
    return [...speaking].filter((c) => !countriesNamed(charging).has(c)).sort()[0];
  const defenders = speaking.size > 0 ? speaking : countriesNamed(defending);
  return charged.filter((c) => defenders.has(c)).sort()[0];
}

/** The first charge and the first defence a sentence makes; a negated one ("no violation") is none. */
const framesOf = memoPerSentence(
  (side: SentenceModel): { charge: string | null; defence: string | null } => {
    if (!hasAnyOf(side, side.lexicon.accountTriggers)) return { charge: null, defence: null };
    const { chargePhrases, defencePhrases } = side.lexicon;
    return {
      charge: firstPhrase(side, chargePhrases),
      defence: firstPhrase(side, defencePhrases),
    };
  },
);

function firstPhrase(side: SentenceModel, phrases: string[][]): string | null {
  let first: { at: number; words: string } | null = null;
  for (const { phrase, at } of findPhrases(side, phrases, 'word')) {
    if (negatedAt(side, at) || (first !== null && first.at <= at)) continue;
    first = { at, words: slice(side, at, at + phrases[phrase]!.length - 1) };
  }
  return first?.words ?? null;
}

/** Whether a negator stands just before token `at` ("no adequate advance notice", "no violation"). */
function negatedAt(side: SentenceModel, at: number): boolean {
  for (let k = Math.max(0, at - NEGATION_REACH); k < at; k++)
    if (side.lexicon.negators.has(keyOf(side.tokens[k]!))) return true;
  return false;
}

/** The countries a sentence names, by name, adjective, capital or a person known to stand for one. */
const countriesNamed = memoPerSentence((side: SentenceModel): ReadonlySet<string> => {
  const found = new Set<string>();
  for (let k = 0; k < side.tokens.length; k++) {
    const actor = aliasAt(side, k, 1);
    if (actor === null) continue;
    found.add(actor.country);
    k = actor.end;
  }
  return found;
});

/** The countries of whoever the sentence says speaks ("Minister Wong said"): the side that charges. */
function ownCountries(side: SentenceModel): ReadonlySet<string> {
  return new Set(
    speakers(side).flatMap((party) => (party.kind === 'country' ? party.members : [])),
  );
}

/** Whether the two sentences share a content word other than the names of parties and words of saying. */
function sharesTopic(x: SentenceModel, y: SentenceModel): boolean {
  const topic = (side: SentenceModel): Set<string> => {
    const terms = new Set<string>();
    side.tokens.forEach((token, k) => {
      const { lexicon } = side;
      const key = keyOf(token);
      if (token.term === null || lexicon.speechVerbs.has(token.word)) return;
      if (lexicon.participantNouns.has(key) || lexicon.personRoleKeys.has(key)) return;
      if (aliasAt(side, k, 1) !== null || aliasAt(side, k, -1) !== null) return;
      terms.add(token.term);
    });
    return terms;
  };
  const inY = topic(y);
  return [...topic(x)].some((term) => inY.has(term));
}
