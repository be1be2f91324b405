/** Types for score.mjs, so TypeScript tests can import it. */
import type { Report } from '../../src/report/types.js';
import type { GeneratedPair } from './generate.mjs';

export declare function linkScores(
  report: Report,
  truth: readonly (readonly [number, number])[],
): { precision: number; recall: number; f1: number };
export declare function segmentationMismatch(
  report: Report,
  pair: Pick<GeneratedPair, 'sentencesA' | 'sentencesB'>,
): string | null;
