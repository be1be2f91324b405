import type { InputFormat, Sentence } from '../report/types.js';
import type { Part } from '../segment/parts.js';
import type { LanguageCode } from '../language/index.js';
import type { SentenceModel } from './model.js';

/** A document once read and split: what vectorize, align, classify and the report read of it. */
export interface DocumentModel {
  label: string;
  /** Where the text came from (a path, '-'), or ''. */
  source: string;
  format: InputFormat;
  text: string;
  lang: LanguageCode;
  sentences: Sentence[];
  /** Front matter, heading or prose, sentence by sentence. */
  parts: Part[];
  /** The sentences as the stages after segmentation read them. */
  models: SentenceModel[];
}
