/** communique as a library: compare two documents, then render the report. */
export {
  compare,
  mirror,
  DEFAULT_OPTIONS,
  type CompareOptions,
  type CompareProgress,
  type DocumentInput,
} from './compare.js';
export * from './report/types.js';
export {
  decodeBytes,
  detectFormat,
  InputError,
  loadDocument,
  type LoadedDocument,
} from './load/index.js';
export { splitSentences, type SegmentOptions, type Span } from './segment/index.js';
export { segmentDocument } from './segment/sentences.js';
export { renderJson } from './render/json.js';
export { renderHtml } from './render/html.js';
export { renderText, type TextOptions } from './render/text.js';
export { createStyle, type ColorLevel, type Style } from './render/style.js';
