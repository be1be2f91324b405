import { once } from '../memo.js';
import { countSteps } from '../work.js';
import { PlainTextBuilder, type PlainText } from './plain-text.js';

const FENCE = /^ {0,3}(```|~~~)/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const CLOSING_HASHES = /[ \t]+#+[ \t]*$/;
const RULE_OR_UNDERLINE = /^ {0,3}(?:=+|-+|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+•]|\d{1,9}[.)])[ \t]+/;
const QUOTE = /^[ \t]*(?:>[ \t]?)+/;
const LINE_BREAK = /\r\n?|\n/g;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-{3,}/;
/**
 * Inline markup to drop: links and images keep their text, code spans and emphasis lose their markers,
 * inline HTML tags go. Bounded repetitions keep the scan linear on hostile input. Made at the first
 * Markdown line: its Unicode property classes take V8 most of a millisecond to compile, which a run
 * of other formats need not spend.
 */
const inlineMarkup = once(
  () =>
    /!?\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)|\*\*|__|~~|`+|(?<![\p{L}\p{N}])[*_](?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.,;:!?])[*_](?![\p{L}\p{N}])|<\/?[A-Za-z][^<>\n]{0,500}>/gu,
);

/** Reduces Markdown to prose: headings, list items, quotes, table rows and paragraphs become blocks. */
export function markdownToPlainText(source: string): PlainText {
  const out = new PlainTextBuilder();
  let inFence = false;
  let lineStart = 0;
  while (lineStart < source.length) {
    // A line ends at \n, \r\n or a lone \r (old Mac files), as the segmenter counts lines.
    LINE_BREAK.lastIndex = lineStart;
    const lineBreak = LINE_BREAK.exec(source);
    const lineEnd = lineBreak === null ? source.length : lineBreak.index + lineBreak[0].length;
    const line = source.slice(lineStart, lineBreak === null ? source.length : lineBreak.index);
    // Each pattern below is tried once per line, and is linear in it (bounded repetitions).
    countSteps(lineEnd - lineStart);
    if (FENCE.test(line)) {
      inFence = !inFence;
      out.boundary(lineStart);
    } else if (
      inFence ||
      line.trim() === '' ||
      RULE_OR_UNDERLINE.test(line) ||
      TABLE_DELIMITER.test(line)
    ) {
      out.boundary(lineStart);
    } else {
      copyBlockLine(source, line, lineStart, out);
    }
    lineStart = lineEnd;
  }
  return out.build(source.length);
}

function copyBlockLine(
  source: string,
  line: string,
  lineStart: number,
  out: PlainTextBuilder,
): void {
  let from = lineStart;
  let to = lineStart + line.length;
  const heading = HEADING.exec(line);
  const item = LIST_ITEM.exec(line);
  const quote = QUOTE.exec(line);
  const marker = heading ?? item;
  if (marker) {
    out.boundary(lineStart);
    from += marker[0].length;
  } else if (quote) {
    from += quote[0].length;
  }
  if (heading) to -= CLOSING_HASHES.exec(line)?.[0].length ?? 0;
  if (line.trimStart().startsWith('|')) {
    copyTableRow(source, from, to, out);
  } else {
    copyInline(source, from, to, out);
  }
  // A heading ends its block; other lines may continue a paragraph on the next line.
  if (heading) out.boundary(to);
  else out.replace('\n', to, to + 1);
}

function copyTableRow(source: string, from: number, to: number, out: PlainTextBuilder): void {
  countSteps(to - from);
  let cellStart = from;
  for (let i = from; i <= to; i++) {
    if (i === to || source[i] === '|') {
      copyInline(source, cellStart, i, out);
      out.boundary(i);
      cellStart = i + 1;
    }
  }
}

function copyInline(source: string, from: number, to: number, out: PlainTextBuilder): void {
  const segment = source.slice(from, to);
  countSteps(to - from);
  let copied = 0;
  for (const match of segment.matchAll(inlineMarkup())) {
    out.copy(source, from + copied, from + match.index);
    const linkText = match[1];
    if (linkText !== undefined) {
      // "[text](url)": keep text, which starts after "[" or "![".
      const textStart = from + match.index + match[0].indexOf('[') + 1;
      out.copy(source, textStart, textStart + linkText.length);
    }
    copied = match.index + match[0].length;
  }
  out.copy(source, from + copied, to);
}
