import type { MatchKind, Reason } from '../report/types.js';
import { CUES } from './cues/index.js';
import { joined, type SentenceModel } from '../sentence/model.js';
import { countSteps } from '../work.js';
import { explain } from './explain.js';
import { positionMessages, positionsDiffer } from './positions.js';
import { messagesOf } from './cue.js';

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
    if (finding === null) continue;
    // The words on each side, then the explanation, then what else the cue found (as the schema lists them).
    const { message, a: wordsA, b: wordsB, ...found } = finding;
    const explanation = explain(a.lexicon.lang, cue.name, cue.messages, message);
    reasons.push({ cue: cue.name, a: wordsA, b: wordsB, explanation, ...found });
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
          explanation: explain(
            a.lexicon.lang,
            'positions',
            positionMessages,
            sayPositions.differ(parties, reason.explanation),
          ),
        }
      : reason,
  );
}

const sayPositions = messagesOf(positionMessages);

/** Cues by which one side may voice an opinion the other side's speaker does not share. */
const OPINION_CUES: ReadonlySet<string> = new Set(['antonym', 'stance', 'negation', 'rejection']);

export function classify(
  a: SentenceModel,
  b: SentenceModel,
): { kind: MatchKind; reasons: Reason[] } {
  const reasons = conflicts(a, b);
  return { kind: reasons.length > 0 ? 'contradiction' : 'shared', reasons };
}

/**
 * The verdict on a link of one or more sentences a side: its sentences read together, or, when
 * they agree so read, the first of its sentence pairs that conflicts on its own. A sentence joined
 * to its neighbour may affirm what the neighbour denies ("corridors are opened every day" beside
 * "not a single corridor was let function"); read together, that side would deny nothing.
 */
export function classifyLink(
  a: readonly SentenceModel[],
  b: readonly SentenceModel[],
): { kind: MatchKind; reasons: Reason[] } {
  const together = classify(joined(a), joined(b));
  if (together.kind === 'contradiction' || (a.length === 1 && b.length === 1)) return together;
  for (const [x, y] of mirroredOrder(a, b)) {
    const alone = classify(x, y);
    if (alone.kind === 'contradiction') return alone;
  }
  return together;
}

/**
 * A link's sentence pairs, first sentences first, in an order that swapping the two sides mirrors
 * (the pair i–j of A and B is the pair j–i of B and A), so that the first conflicting pair, whose
 * reason the link reports, is the same pair either way round.
 */
function mirroredOrder(
  a: readonly SentenceModel[],
  b: readonly SentenceModel[],
): [SentenceModel, SentenceModel][] {
  const pairs: { i: number; j: number; texts: string }[] = [];
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      const [first, second] = [a[i]!.text, b[j]!.text].sort();
      pairs.push({ i, j, texts: `${first}\u0000${second}` });
    }
  pairs.sort(
    (p, q) =>
      p.i + p.j - (q.i + q.j) ||
      Math.abs(p.i - p.j) - Math.abs(q.i - q.j) ||
      (p.texts < q.texts ? -1 : p.texts > q.texts ? 1 : 0),
  );
  return pairs.map(({ i, j }) => [a[i]!, b[j]!]);
}
