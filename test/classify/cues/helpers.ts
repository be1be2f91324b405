import { expect } from 'vitest';
import { conflicts } from '../../../src/classify/index.js';
import { sentenceModel } from '../../../src/sentence/model.js';
import type { Reason } from '../../../src/report/types.js';

/** One row of a cue's table: two sentences and the reason the cue gives, or null when it must stay silent. */
export type CueRow = readonly [a: string, b: string, expected: Partial<Reason> | null];

/**
 * Checks the cue's reason on a row, and that swapping the sentences swaps the words on each side
 * while the explanation reads the same.
 */
export function expectCueRow(cue: string, [a, b, expected]: CueRow): void {
  const reasonOf = (x: string, y: string) =>
    conflicts(sentenceModel(x), sentenceModel(y)).find((reason) => reason.cue === cue) ?? null;
  const forward = reasonOf(a, b);
  if (expected === null) {
    expect(forward).toBeNull();
    return;
  }
  expect(forward).toMatchObject({ cue, ...expected });
  const backward = reasonOf(b, a);
  expect(backward).toMatchObject({
    cue,
    explanation: forward!.explanation,
    a: forward!.b,
    b: forward!.a,
  });
}
