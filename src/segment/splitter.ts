import { findCuts } from './boundaries.js';
import { isSpace } from './chars.js';
import { isLanguage, languageOf, type LanguageCode } from '../language/index.js';
import { oncePerKey } from '../memo.js';
import { compileLanguage, type Language } from './language.js';
import { paragraphs } from './tokens.js';
import type { Span } from './types.js';

export interface SegmentOptions {
  /** Language whose abbreviation data to use ('en', 'en-GB', 'ru'); one without data falls back to English's. */
  lang?: string;
}

const DEFAULT_LANGUAGE: LanguageCode = 'en';
const compiled = oncePerKey((code: LanguageCode) =>
  compileLanguage(languageOf(code).segmentation!),
);

function languageFor(tag: string | undefined): Language {
  const primary = (tag ?? DEFAULT_LANGUAGE).toLowerCase().split(/[-_]/)[0] ?? '';
  const code =
    isLanguage(primary) && languageOf(primary).segmentation !== null ? primary : DEFAULT_LANGUAGE;
  return compiled(code);
}

/**
 * Splits text into sentences. Returned spans are trimmed (no leading or trailing white space),
 * in order, non-overlapping, and never empty; every other character of the text lies in exactly
 * one span. A blank line is always a boundary. Runs in time linear in the length of the text.
 */
export function splitSentences(text: string, options: SegmentOptions = {}): Span[] {
  return splitWith(text, languageFor(options.lang));
}

/** splitSentences with language data given directly, e.g. data not yet in the language registry. */
export function splitWith(text: string, language: Language): Span[] {
  const spans: Span[] = [];
  let from = 0;
  const cutAt = (to: number) => {
    const span = trimmed(text, from, to);
    if (span !== null) spans.push(span);
    from = to;
  };
  for (const tokens of paragraphs(text)) {
    cutAt(tokens[0]!.start);
    for (const to of findCuts(text, tokens, language)) cutAt(to);
  }
  cutAt(text.length);
  return spans;
}

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : null;
}
