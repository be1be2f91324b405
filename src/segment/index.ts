export type { Span } from './types.js';
export { splitSentences } from './splitter.js';
export type { SegmentOptions } from './splitter.js';
