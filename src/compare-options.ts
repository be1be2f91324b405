import type { LanguageCode } from './vectorize/language-codes.js';

export interface CompareOptions {
  /** Language of both documents, or 'auto' (the default) to detect each and require them to agree. */
  lang?: LanguageCode | 'auto';
  /** Minimum similarity for two sentences to be aligned. */
  threshold?: number;
  /** Lower bar for a pair on which a contradiction cue fires and which share topic words. */
  contradictionThreshold?: number;
}

export const DEFAULT_OPTIONS: Required<CompareOptions> = { lang: 'auto', threshold: 0.22, contradictionThreshold: 0.15 };
