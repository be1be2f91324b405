import type { MatchKind, Reason } from '../report/types.js';
import { antonymCue } from './cues/antonym.js';
import { initiatorCue } from './cues/initiator.js';
import { negationCue } from './cues/negation.js';
import { numberCue } from './cues/number.js';
import { rejectionCue } from './cues/rejection.js';
import type { Side } from './side.js';

export { toSide, type Side } from './side.js';
export { disagreeOnInitiator, namesInitiator } from './cues/initiator.js';
export { learnPeople, type People } from './people.js';
export type { ActorAlias } from './lexicon.js';
export { characterisesTheContact, opposeOnTheContact } from './cues/antonym.js';
export { disputesDiscussion } from './cues/negation.js';

export type Cue = (a: Side, b: Side) => Reason | null;

/** Every cue, most specific first; each reports at most one reason. */
const CUES: readonly Cue[] = [initiatorCue, numberCue, rejectionCue, antonymCue, negationCue];

/** The reasons two aligned sides conflict; empty when they do not. */
export function conflicts(a: Side, b: Side): Reason[] {
  return CUES.map((cue) => cue(a, b)).filter((reason): reason is Reason => reason !== null);
}

export function classify(a: Side, b: Side): { kind: MatchKind; reasons: Reason[] } {
  const reasons = conflicts(a, b);
  return { kind: reasons.length > 0 ? 'contradiction' : 'shared', reasons };
}
