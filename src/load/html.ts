import { createRequire } from 'node:module';
import { PlainTextBuilder, type PlainText } from './plain-text.js';

/** Elements whose start and end break the text into blocks. */
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'title',
  'tr',
  'ul',
]);
/** Elements whose content is not prose. */
const SKIPPED_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'head',
]);
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/g;

// htmlparser2 and entities cost ~50 ms to load, so they are loaded only when a document is HTML.
const require = createRequire(import.meta.url);
let parserModule: typeof import('htmlparser2') | undefined;
let entitiesModule: typeof import('entities') | undefined;

/** Reduces HTML to prose: text of block elements becomes blocks, entities are decoded, scripts dropped. */
export function htmlToPlainText(source: string): PlainText {
  parserModule ??= require('htmlparser2') as typeof import('htmlparser2');
  entitiesModule ??= require('entities') as typeof import('entities');
  const out = new PlainTextBuilder();
  let skipping = 0;
  const parser: import('htmlparser2').Parser = new parserModule.Parser(
    {
      onopentagname(name) {
        if (SKIPPED_ELEMENTS.has(name)) skipping++;
        if (BLOCK_ELEMENTS.has(name)) out.boundary(parser.startIndex);
      },
      onclosetag(name) {
        if (SKIPPED_ELEMENTS.has(name)) skipping = Math.max(0, skipping - 1);
        if (BLOCK_ELEMENTS.has(name)) out.boundary(parser.startIndex);
      },
      ontext(data) {
        if (skipping === 0) copyDecoded(source, parser.startIndex, data, out);
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  parser.end(source);
  return out.build(source.length);
}

/** Copies a run of raw HTML text, decoding entities while keeping each character's source offset. */
function copyDecoded(source: string, start: number, raw: string, out: PlainTextBuilder): void {
  let copied = 0;
  for (const match of raw.matchAll(ENTITY)) {
    out.copy(source, start + copied, start + match.index);
    out.replace(
      entitiesModule!.decodeHTML(match[0]),
      start + match.index,
      start + match.index + match[0].length,
    );
    copied = match.index + match[0].length;
  }
  out.copy(source, start + copied, start + raw.length);
}
