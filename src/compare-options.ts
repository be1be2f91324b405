import { pairScoreModel } from './align/score.js';
import { isLanguage, LANGUAGES, type LanguageCode } from './language/index.js';

export interface CompareOptions {
  /** Language of both documents, or 'auto' (the default) to detect each and require them to agree. */
  lang?: LanguageCode | 'auto';
  /** Minimum confidence of the pair score for two sentences to be aligned. */
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

export const DEFAULT_OPTIONS: Required<Omit<CompareOptions, 'onProgress'>> = {
  lang: 'auto',
  threshold: pairScoreModel().threshold,
  contradictionThreshold: 0.15,
};

/**
 * Throws a RangeError naming the option when a value is out of its range: the CLI checks its flags
 * itself, but a script calling compare() would otherwise meet a failure deep inside the pipeline.
 */
export function checkOptions(options: CompareOptions): void {
  const { lang, threshold, contradictionThreshold, onProgress } = options;
  if (lang !== undefined && lang !== 'auto' && !isLanguage(lang)) {
    throw new RangeError(
      `compare: lang must be 'auto' or one of ${LANGUAGES.join(', ')}; got ${JSON.stringify(lang)}`,
    );
  }
  for (const [name, value] of [
    ['threshold', threshold],
    ['contradictionThreshold', contradictionThreshold],
  ] as const) {
    if (value !== undefined && !(typeof value === 'number' && value >= 0 && value <= 1)) {
      throw new RangeError(`compare: ${name} must be a number from 0 to 1; got ${String(value)}`);
    }
  }
  if (onProgress !== undefined && typeof onProgress !== 'function')
    throw new RangeError('compare: onProgress must be a function');
}
