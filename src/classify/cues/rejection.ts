import { defineCue, messagesOf, type Finding } from '../cue.js';
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
import { breaksClause, findPhrases, hasAnyOf, slice } from '../phrases.js';

/** The longest stretch of the claim quoted as what the dispute is about. */
const MAX_CLAIM_WORDS = 14;
/** How far after a disputing verb its claim object may stand ("rejected the U.S. claim that"). */
const OBJECT_REACH = 4;

const messages = {
  disputesTheClaim: (rejecting: string) =>
    `one side disputes the claim ("${rejecting}") that the other makes`,
};
const say = messagesOf(messages);

const words = defineWords(
  {
    /** Phrases by which a statement disputes a claim. */
    rejectionPhrases: keyPhrases,
    /**
     * Verbs that dispute a claim only when a claim is their object, as written: matched by stem,
     * "disputes" would also catch the noun in "border disputes".
     */
    disputingVerbs: wordSet,
    claimNouns: keySet,
    /** Words by which a side takes a stand against something, as both sides may ("opposed", "spoke out against"). */
    opposingPhrases: wordPhrases,
  },
  ({ rejectionPhrases, disputingVerbs }, given) => ({
    /** Keys or words one of which a sentence must hold before the cue looks further. */
    rejectionTriggers: new Set([...triggerWords(rejectionPhrases), ...disputingVerbs]),
    /** By phrase, whether it is written with a hyphen ("so-called"). */
    hyphenatedRejections: (given.rejectionPhrases ?? []).map((phrase) => phrase.includes('-')),
  }),
);

/**
 * Fires when one side disputes a claim ("incompatible with", "rejects", "denies") and the other,
 * about the same matter, disputes nothing: the dispute is aimed at what the other side says.
 */
export const rejectionCue = defineCue({
  name: 'rejection',
  words,
  messages,
  detect(a, b): Finding | null {
    const inA = firstRejection(a);
    const inB = firstRejection(b);
    if ((inA === null) === (inB === null)) return null;
    const rejecting = inA ?? inB!;
    const claim = inA === null ? a : b;
    // "opposed sanctions that have no basis in law" against "spoke out against unilateral
    // restrictions": both sides oppose the same thing; neither disputes the other.
    if (opposes(claim)) return null;
    const claimWords = sharedWords(claim, inA === null ? b : a);
    return {
      a: inA ?? claimWords,
      b: inB ?? claimWords,
      message: say.disputesTheClaim(rejecting),
      denies: inA === null ? 'b' : 'a',
    };
  },
});

const firstRejection = memoPerSentence((side: SentenceModel): string | null => {
  if (!hasAnyOf(side, side.lexicon.rejectionTriggers)) return null;
  let best: { at: number; words: string } | null = null;
  for (const { phrase, at } of findPhrases(side, side.lexicon.rejectionPhrases)) {
    const { length } = side.lexicon.rejectionPhrases[phrase]!;
    const words = slice(side, at, at + length - 1);
    // A hyphenated phrase is one word: "so-called", not "so called for restraint".
    if (side.lexicon.hyphenatedRejections[phrase] && !words.includes('-')) continue;
    if (best === null || at < best.at) best = { at, words };
  }
  const verb = disputedClaim(side);
  if (verb && (best === null || verb.at < best.at)) best = verb;
  return best?.words ?? null;
});

/** Whether a side takes a stand against something ("opposed", "spoke out against", "condemned"). */
const opposes = memoPerSentence(
  (side: SentenceModel): boolean =>
    findPhrases(side, side.lexicon.opposingPhrases, 'word').length > 0,
);

/** A disputing verb with a claim for its object: "denied that", "rejected the claim". */
function disputedClaim(side: SentenceModel): { at: number; words: string } | null {
  const { tokens, lexicon } = side;
  for (let i = 0; i < tokens.length; i++) {
    if (!lexicon.disputingVerbs.has(tokens[i]!.word)) continue;
    for (
      let k = i + 1;
      k <= i + OBJECT_REACH && k < tokens.length && !breaksClause(side, k - 1);
      k++
    ) {
      if (lexicon.claimNouns.has(keyOf(tokens[k]!))) return { at: i, words: slice(side, i, k) };
    }
  }
  return null;
}

/**
 * What the dispute is about: the stretch of the claim from the first to the last content word that
 * the rejecting side repeats ("not directed against any nation or religion").
 */
function sharedWords(claim: SentenceModel, other: SentenceModel): string {
  const otherTerms = new Set(other.tokens.map((t) => t.term));
  const shared = claim.tokens.flatMap((t, i) =>
    t.term !== null && otherTerms.has(t.term) ? [i] : [],
  );
  if (shared.length === 0) return '';
  const first = shared[0]!;
  const last = shared[shared.length - 1]!;
  if (last - first < MAX_CLAIM_WORDS) return slice(claim, first, last);
  return shared.map((i) => slice(claim, i, i)).join(' … ');
}
