import type { InputFormat } from '../report/types.js';
import { htmlToPlainText } from './html.js';
import { markdownToPlainText } from './markdown.js';
import { identityPlainText, type PlainText } from './plain-text.js';

export { decodeBytes, type Decoded, type Encoding } from './decode.js';
export { InputError } from './errors.js';
export { sourceRange, type PlainText } from './plain-text.js';

export type FormatChoice = InputFormat | 'auto';

export interface LoadedDocument {
  /** The decoded text exactly as given; sentence offsets point into it. */
  source: string;
  format: InputFormat;
  plain: PlainText;
}

/** Picks the format from the file name, or from the content when the name says nothing. */
export function detectFormat(name: string, source: string): InputFormat {
  const lower = name.toLowerCase();
  if (/\.(?:md|markdown|mdown|mkd)$/.test(lower)) return 'markdown';
  if (/\.(?:html?|xhtml)$/.test(lower)) return 'html';
  if (/\.(?:txt|text)$/.test(lower)) return 'text';
  const head = source.slice(0, 512).trimStart().toLowerCase();
  if (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    /^<(?:body|p|div|h1)[\s>]/.test(head)
  )
    return 'html';
  return 'text';
}

export function loadDocument(source: string, format: InputFormat): LoadedDocument {
  const plain =
    format === 'html'
      ? htmlToPlainText(source)
      : format === 'markdown'
        ? markdownToPlainText(source)
        : identityPlainText(source);
  return { source, format, plain };
}
