import { classify } from '../../src/classify/index.js';
import { sentenceModel } from '../../src/sentence/model.js';

/** What classify says of two English sentences. */
export const verdict = (a: string, b: string) => classify(sentenceModel(a), sentenceModel(b));

/** The names of the cues that fire on two English sentences. */
export const cues = (a: string, b: string) => verdict(a, b).reasons.map((r) => r.cue);
