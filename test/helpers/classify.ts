import { classify } from '../../src/classify/index.js';
import type { LanguageCode } from '../../src/language/index.js';
import { sentenceModel } from '../../src/sentence/model.js';

/** What classify says of two English sentences. */
export const verdict = (a: string, b: string) => classify(sentenceModel(a), sentenceModel(b));

/** The names of the cues that fire on two English sentences. */
export const cues = (a: string, b: string) => verdict(a, b).reasons.map((r) => r.cue);

/** Each reason given for two sentences in a language: its cue and the words on each side. */
export const reasonWords = (a: string, b: string, lang: LanguageCode) =>
  classify(sentenceModel(a, lang), sentenceModel(b, lang)).reasons.map((r) => [r.cue, r.a, r.b]);
