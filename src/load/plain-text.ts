import { countSteps } from '../work.js';

/**
 * The prose of a document as the segmenter sees it, with a way back to the source.
 * Markup is removed and every block boundary (heading, list item, paragraph) becomes a blank line,
 * which the segmenter always treats as the end of a sentence.
 */
export interface PlainText {
  text: string;
  /** Source offset of each index of `text`, plus one entry for `text.length`; null when text is the source. */
  toSource: Int32Array | null;
  /** Where the source of each index of `text` ends: after the whole entity `&amp;` for its `&`. */
  toSourceEnd: Int32Array | null;
}

export function identityPlainText(source: string): PlainText {
  return { text: source, toSource: null, toSourceEnd: null };
}

/** Maps a half-open range of plain text back to the source. */
export function sourceRange(
  plain: PlainText,
  start: number,
  end: number,
): { start: number; end: number } {
  const { toSource, toSourceEnd } = plain;
  if (toSource === null || toSourceEnd === null) return { start, end };
  // Up to the end of the last character's source, so a range never swallows the markup after it
  // and never stops inside an entity.
  return { start: toSource[start]!, end: end > start ? toSourceEnd[end - 1]! : toSource[start]! };
}

/** Collects plain text piece by piece while remembering where each character came from. */
export class PlainTextBuilder {
  private readonly pieces: string[] = [];
  private readonly offsets: number[] = [];
  private readonly ends: number[] = [];
  private tail = '';

  /** Appends source[from, to) unchanged. */
  copy(source: string, from: number, to: number): void {
    if (to <= from) return;
    this.push(
      source.slice(from, to),
      (i) => from + i,
      (i) => from + i + 1,
    );
  }

  /** Appends text that replaces the source range [at, end) (a decoded entity, say). */
  replace(text: string, at: number, end: number): void {
    this.push(
      text,
      () => at,
      () => end,
    );
  }

  /** Ends the current block; repeated boundaries collapse into one. */
  boundary(at: number): void {
    if (this.offsets.length === 0 || this.tail.endsWith('\n\n')) return;
    this.push(
      this.tail.endsWith('\n') ? '\n' : '\n\n',
      () => at,
      () => at,
    );
  }

  build(sourceLength: number): PlainText {
    const text = this.pieces.join('');
    const toSource = new Int32Array(text.length + 1);
    toSource.set(this.offsets);
    toSource[text.length] = sourceLength;
    return { text, toSource, toSourceEnd: Int32Array.from(this.ends) };
  }

  private push(
    text: string,
    sourceOf: (i: number) => number,
    sourceEndOf: (i: number) => number,
  ): void {
    countSteps(text.length);
    this.pieces.push(text);
    for (let i = 0; i < text.length; i++) {
      this.offsets.push(sourceOf(i));
      this.ends.push(sourceEndOf(i));
    }
    this.tail = (this.tail + text).slice(-2);
  }
}
