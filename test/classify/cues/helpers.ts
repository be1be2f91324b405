import { describe, expect, it } from 'vitest';
import { conflicts, type CueDefinition } from '../../../src/classify/index.js';
import { mirrorReason } from '../../../src/report/build.js';
import type { Reason } from '../../../src/report/types.js';
import { sentenceModel } from '../../../src/sentence/model.js';

/** One row of a cue's table: two sentences and the reason the cue gives, or null when it must stay silent. */
type CueRow = readonly [a: string, b: string, expected: Partial<Reason> | null];

/**
 * Checks the cue's reason on a row (or its silence, both ways round), and that swapping the sentences gives its mirror image (the
 * words and values on each side exchanged) while the explanation reads the same.
 */
function expectCueRow(cue: string, [a, b, expected]: CueRow): void {
  const reasonOf = (x: string, y: string) =>
    conflicts(sentenceModel(x), sentenceModel(y)).find((reason) => reason.cue === cue) ?? null;
  const forward = reasonOf(a, b);
  if (expected === null) {
    expect(forward).toBeNull();
    expect(reasonOf(b, a)).toBeNull();
    return;
  }
  expect(forward).toMatchObject({ cue, ...expected });
  const backward = reasonOf(b, a);
  expect(backward).toEqual(mirrorReason(forward!));
}

/**
 * Tests one cue from tables, in the spirit of ESLint's RuleTester: named pairs on which it fires
 * (with what its reason must hold) and named pairs on which it stays quiet, each checked by
 * expectCueRow.
 */
export function testCue(
  cue: CueDefinition,
  cases: {
    fires?: [name: string, a: string, b: string, reason: Partial<Reason>][];
    quiet?: [name: string, a: string, b: string][];
  },
): void {
  describe(`the ${cue.name} cue`, () => {
    if (cases.fires?.length)
      it.each(cases.fires)('fires: %s', (_name, a, b, reason) =>
        expectCueRow(cue.name, [a, b, reason]),
      );
    if (cases.quiet?.length)
      it.each(cases.quiet)('stays quiet: %s', (_name, a, b) =>
        expectCueRow(cue.name, [a, b, null]),
      );
  });
}
