import type { Span } from './types.js';

export interface SegmentOptions {
  /** Language whose abbreviation data to use; only 'en' exists so far. */
  lang?: string;
}

/**
 * Splits text into sentences. Returned spans are trimmed (no leading or trailing white space),
 * in order, non-overlapping, and never empty. A blank line is always a boundary.
 * PLACEHOLDER: being replaced by the real splitter.
 */
export function splitSentences(text: string, _options: SegmentOptions = {}): Span[] {
  const spans: Span[] = [];
  const re = /[^.!?\n]+(?:[.!?]+|$)/gm;
  for (const m of text.matchAll(re)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}
