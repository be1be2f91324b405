import type { LanguageCode } from './vectorize/language-codes.js';

export interface CompareOptions {
  /** Language of both documents, or 'auto' (the default) to detect each and require them to agree. */
  lang?: LanguageCode | 'auto';
  /** Minimum similarity for two sentences to be aligned. */
  threshold?: number;
  /** Lower bar for a pair on which a contradiction cue fires and which share topic words. */
  contradictionThreshold?: number;
  /** Told how far the work has got, for a progress display on long documents; not part of the report. */
  onProgress?: (progress: CompareProgress) => void;
}

/** Where a comparison is: splitting the documents (0 to 2 done), aligning them, or classifying the aligned pairs. */
export interface CompareProgress {
  stage: 'segment' | 'align' | 'classify';
  done: number;
  total: number;
}

export const DEFAULT_OPTIONS: Required<Omit<CompareOptions, 'onProgress'>> = { lang: 'auto', threshold: 0.22, contradictionThreshold: 0.15 };
