import { sourceRange, type LoadedDocument } from '../load/index.js';
import type { Sentence } from '../report/types.js';
import { splitSentences, type SegmentOptions } from './splitter.js';

/** Splits a loaded document into sentences that point back to their place in the source. */
export function segmentDocument(doc: LoadedDocument, options: SegmentOptions = {}): Sentence[] {
  const lines = lineStarts(doc.source);
  return splitSentences(doc.plain.text, options).map((span, index) => {
    const { start, end } = sourceRange(doc.plain, span.start, span.end);
    const { line, column } = lineAndColumn(lines, start);
    return {
      index,
      number: index + 1,
      text: normalizeSpace(doc.plain.text.slice(span.start, span.end)),
      start,
      end,
      line,
      column,
    };
  });
}

/** Collapses every run of white space (including line breaks inside a sentence) to one space. */
export function normalizeSpace(text: string): string {
  // Most sentences have single spaces only; they are not copied.
  return ODD_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** White space other than a single space. */
const ODD_SPACE = /[^\S ]| {2}/;

/** Where each line starts; a line ends at \n, \r\n or a lone \r (old Mac files), as the splitter reads them. */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (const match of source.matchAll(/\r\n?|\n/g)) starts.push(match.index + match[0].length);
  return starts;
}

/** 1-based line and column (in UTF-16 code units, as editors that take offsets count them). */
function lineAndColumn(starts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}
