import { describe, expect, it } from 'vitest';
import { classify, type CueDefinition } from '../../src/classify/index.js';
import type { Reason } from '../../src/report/types.js';
import { sentenceModel } from '../../src/sentence/model.js';
import type { LanguageCode } from '../../src/vectorize/languages.js';

/** A pair on which the cue fires: its name, the two sentences, and what the first reason says. */
type Firing = [name: string, a: string, b: string, reason: Partial<Reason>];
/** A pair on which the cue stays quiet: its name and the two sentences. */
type Quiet = [name: string, a: string, b: string];

/**
 * Tests one cue from tables, in the spirit of ESLint's RuleTester. A firing pair must give the
 * cue's reason first among all cues' reasons, and the cue must find the mirror image when the
 * sentences are swapped; a quiet pair gets no reason from the cue.
 */
export function testCue(
  cue: CueDefinition,
  cases: { fires?: Firing[]; quiet?: Quiet[]; lang?: LanguageCode },
): void {
  const lang = cases.lang ?? 'en';
  const model = (text: string) => sentenceModel(text, lang);
  describe(`the ${cue.name} cue`, () => {
    if (cases.fires?.length)
      it.each(cases.fires)('fires: %s', (_name, a, b, reason) => {
        expect(classify(model(a), model(b)).reasons[0]).toMatchObject({ cue: cue.name, ...reason });
        const mirrored = cue.detect(model(b), model(a));
        const { a: wordsA, b: wordsB } = cue.detect(model(a), model(b))!;
        expect(mirrored).toMatchObject({ a: wordsB, b: wordsA });
      });
    if (cases.quiet?.length)
      it.each(cases.quiet)('stays quiet: %s', (_name, a, b) => {
        expect(cue.detect(model(a), model(b))).toBeNull();
      });
  });
}
