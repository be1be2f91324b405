/** communique as a library: compare two documents (or group three or more into claims), then render the report. */
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
  compareMany,
  MULTI_SCHEMA_VERSION,
  type Claim,
  type ClaimContradiction,
  type ClaimMember,
  type CompareManyOptions,
  type CompareManyProgress,
  type MultiReport,
} from './multi/index.js';
export {
  decodeBytes,
  detectFormat,
  InputError,
  loadDocument,
  type LoadedDocument,
} from './load/index.js';
export { isLanguage, LANGUAGES, type LanguageCode } from './language/index.js';
export { splitSentences, type SegmentOptions, type Span } from './segment/index.js';
export { segmentDocument } from './segment/sentences.js';
export { renderJson } from './render/json.js';
export { renderMarkdown } from './render/markdown.js';
export { renderNdjson } from './render/ndjson.js';
export { renderHtml } from './render/html.js';
export { renderText, type TextOptions } from './render/text.js';
export { renderManyText } from './render/many-text.js';
export { renderManyHtml } from './render/many-html.js';
export { createStyle, type ColorLevel, type Style } from './render/style.js';
