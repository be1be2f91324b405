/** A half-open range [start, end) of UTF-16 code units in the text that was segmented. */
export interface Span {
  start: number;
  end: number;
}
