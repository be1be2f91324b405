import type { Reason } from '../../report/types.js';
import { REJECTION_PHRASES } from '../data/en.js';
import { findPhrase, phraseWords, slice, type Side } from '../side.js';

const phrases = REJECTION_PHRASES.map(phraseWords);

/**
 * Fires when one side disputes a claim ("incompatible with", "rejects", "denies") and the other,
 * about the same matter, disputes nothing: the dispute is aimed at what the other side says.
 */
export function rejectionCue(a: Side, b: Side): Reason | null {
  const inA = firstRejection(a);
  const inB = firstRejection(b);
  if ((inA === null) === (inB === null)) return null;
  const rejecting = inA ?? inB!;
  const claim = inA === null ? a : b;
  const claimWords = sharedWords(claim, inA === null ? b : a);
  return {
    cue: 'rejection',
    a: inA ?? claimWords,
    b: inB ?? claimWords,
    explanation: `one side disputes the claim ("${rejecting}") that the other makes`,
  };
}

function firstRejection(side: Side): string | null {
  let best: { at: number; words: string } | null = null;
  for (const words of phrases) {
    const at = findPhrase(side, words)[0];
    if (at !== undefined && (best === null || at < best.at)) best = { at, words: slice(side, at, at + words.length - 1) };
  }
  return best?.words ?? null;
}

/** The claim's content words that the rejecting side also uses: what the dispute is about. */
function sharedWords(claim: Side, other: Side): string {
  const otherTerms = new Set(other.tokens.map((t) => t.term));
  const words = claim.tokens.filter((t) => t.term !== null && otherTerms.has(t.term)).map((t) => t.surface);
  return [...new Set(words)].slice(0, 6).join(' ');
}
