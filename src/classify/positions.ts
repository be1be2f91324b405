import { partiesExclude, partyBefore, partyValue, type Party } from './actors.js';
import { defineWords, wordSet } from './lexicon.js';
import { memoPerSentence } from '../sentence/memo.js';
import type { SentenceModel } from '../sentence/model.js';

/** The words by which a side says whose view it reports. */
export const positionWords = defineWords({
  /** Verbs by which a side reports what someone holds ("stressed", "said"): their subject holds the view. */
  speechVerbs: wordSet,
});

/** The note put before the explanation of a cue when the two sides speak for different parties. */
export const positionMessages = {
  differ: (parties: string, explanation: string) => `positions differ (${parties}): ${explanation}`,
};

/** Who a side says holds the view it reports: the subject of a verb of saying ("Lavrov stressed that"). */
export const speakers = memoPerSentence((side: SentenceModel): Party[] => {
  const found: Party[] = [];
  side.tokens.forEach((token, at) => {
    if (!side.lexicon.speechVerbs.has(token.word)) return;
    const speaker = at > 0 ? partyBefore(side, at - 1) : null;
    if (speaker) found.push(speaker);
  });
  return found;
});

/**
 * The parties two sides attribute what they say to, when those are different parties: each side
 * reports its own side's opinion ("Lavrov said the sanctions were illegitimate" / "Blinken said they
 * were legitimate"), so their words differ as positions, not as accounts of what happened.
 */
export function positionsDiffer(
  a: SentenceModel,
  b: SentenceModel,
): { a: string; b: string } | null {
  const [inA, inB] = [speakers(a), speakers(b)];
  if (inA.length === 0 || inB.length === 0) return null;
  if (!inA.every((x) => inB.every((y) => partiesExclude(x, y)))) return null;
  return { a: partyValue(a, inA[0]!), b: partyValue(b, inB[0]!) };
}
