/**
 * The prose of a document as the segmenter sees it, with a way back to the source.
 * Markup is removed and every block boundary (heading, list item, paragraph) becomes a blank line,
 * which the segmenter always treats as the end of a sentence.
 */
export interface PlainText {
  text: string;
  /** Source offset of each index of `text`, plus one entry for `text.length`; null when text is the source. */
  toSource: Int32Array | null;
}

export function identityPlainText(source: string): PlainText {
  return { text: source, toSource: null };
}

/** Maps a half-open range of plain text back to the source. */
export function sourceRange(plain: PlainText, start: number, end: number): { start: number; end: number } {
  const map = plain.toSource;
  if (map === null) return { start, end };
  // The last character's source offset + 1, so a range never swallows the markup after it.
  return { start: map[start]!, end: end > start ? map[end - 1]! + 1 : map[start]! };
}

/** Collects plain text piece by piece while remembering where each character came from. */
export class PlainTextBuilder {
  private readonly pieces: string[] = [];
  private readonly offsets: number[] = [];
  private tail = '';

  /** Appends source[from, to) unchanged. */
  copy(source: string, from: number, to: number): void {
    if (to <= from) return;
    this.push(source.slice(from, to), (i) => from + i);
  }

  /** Appends text that replaces the source range starting at `at` (a decoded entity, say). */
  replace(text: string, at: number): void {
    this.push(text, () => at);
  }

  /** Ends the current block; repeated boundaries collapse into one. */
  boundary(at: number): void {
    if (this.offsets.length === 0 || this.tail.endsWith('\n\n')) return;
    this.push(this.tail.endsWith('\n') ? '\n' : '\n\n', () => at);
  }

  build(sourceLength: number): PlainText {
    const text = this.pieces.join('');
    const toSource = new Int32Array(text.length + 1);
    toSource.set(this.offsets);
    toSource[text.length] = sourceLength;
    return { text, toSource };
  }

  private push(text: string, sourceOf: (i: number) => number): void {
    this.pieces.push(text);
    for (let i = 0; i < text.length; i++) this.offsets.push(sourceOf(i));
    this.tail = (this.tail + text).slice(-2);
  }
}
