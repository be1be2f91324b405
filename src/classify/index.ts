import type { MatchKind, Reason } from '../report/types.js';
import { CUES } from './cues/index.js';
import type { SentenceModel } from '../sentence/model.js';
import { countSteps } from '../work.js';
import { positionsDiffer } from './positions.js';

export { learnPeople, type People } from './people.js';
export { CUES, type CueName } from './cues/index.js';
export type { CueDefinition, CuePull, Finding } from './cue.js';

/** The reasons two aligned sides conflict, in the order of the cues; empty when they do not. */
export function conflicts(a: SentenceModel, b: SentenceModel): Reason[] {
  // Each cue reads the words of both sides.
  countSteps(CUES.length * (a.tokens.length + b.tokens.length));
  const reasons: Reason[] = [];
  for (const cue of CUES) {
    const finding = cue.detect(a, b);
    if (finding !== null) reasons.push({ cue: cue.name, ...finding });
  }
  if (!reasons.some((reason) => OPINION_CUES.has(reason.cue))) return reasons;
  const positions = positionsDiffer(a, b);
  if (positions === null) return reasons;
  // In a fixed order, so that the explanation reads the same whichever document comes first.
  const parties = [positions.a, positions.b].sort().join(' / ');
  return reasons.map((reason) =>
    OPINION_CUES.has(reason.cue)
      ? {
          ...reason,
          positions,
          explanation: `positions differ (${parties}): ${reason.explanation}`,
        }
      : reason,
  );
}

/** Cues by which one side may voice an opinion the other side's speaker does not share. */
const OPINION_CUES: ReadonlySet<string> = new Set(['antonym', 'stance', 'negation', 'rejection']);

export function classify(
  a: SentenceModel,
  b: SentenceModel,
): { kind: MatchKind; reasons: Reason[] } {
  const reasons = conflicts(a, b);
  return { kind: reasons.length > 0 ? 'contradiction' : 'shared', reasons };
}
