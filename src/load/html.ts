import { createRequire } from 'node:module';
import { once } from '../memo.js';
import { countSteps } from '../work.js';
import { ArticleText } from './html-scope.js';
import type { PlainText } from './plain-text.js';

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
/** Elements that never hold content, so never stay open. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const ENDS_A_PARAGRAPH = [
  'p',
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'pre',
  'section',
  'table',
  'ul',
];
const FORM_CONTROLS = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
/** Open elements that an opening tag ends when one of them is the innermost, as htmlparser2 reads HTML. */
const ENDED_BY_OPENING = new Map<string, ReadonlySet<string>>(
  Object.entries({
    tr: ['tr', 'th', 'td'],
    th: ['th'],
    td: ['thead', 'th', 'td'],
    body: ['head', 'link', 'script'],
    a: ['a'],
    li: ['li'],
    ...Object.fromEntries(ENDS_A_PARAGRAPH.map((name) => [name, ['p']])),
    ...Object.fromEntries(HEADINGS.map((name) => [name, [...HEADINGS, 'p']])),
    ...Object.fromEntries(
      ['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((name) => [
        name,
        FORM_CONTROLS,
      ]),
    ),
    option: ['option'],
    optgroup: ['optgroup', 'option'],
    dd: ['dd', 'dt'],
    dt: ['dd', 'dt'],
    rt: ['rt', 'rp'],
    rp: ['rt', 'rp'],
    tbody: ['thead', 'tbody'],
    tfoot: ['thead', 'tbody'],
  }).map(([name, ended]) => [name, new Set(ended)]),
);
/** Foreign content (its tags may close themselves, `<svg/>`) and the elements that lead back to HTML. */
const FOREIGN_ELEMENTS = new Set(['svg', 'math']);
const HTML_INTEGRATION_ELEMENTS = new Set([
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
  'foreignobject',
  'desc',
  'title',
]);

// htmlparser2 and entities cost ~50 ms to load, so they are loaded only when a document is HTML.
const require = createRequire(import.meta.url);
const parserModule = once(() => require('htmlparser2') as typeof import('htmlparser2'));
const entitiesModule = once(() => require('entities') as typeof import('entities'));

/**
 * Reduces HTML to the article's prose: text of block elements becomes blocks, entities are decoded,
 * scripts dropped, and so is the page around the article (see ArticleText).
 *
 * It drives htmlparser2's Tokenizer, not its Parser: the Parser keeps open elements with
 * Array#unshift and finds an end tag's element with indexOf, which is quadratic in the nesting
 * depth (100,000 nested <div>s took 30 s). The open elements here are a stack pushed and popped at
 * its end, with a count per name, so an end tag costs what it closes: linear at any depth.
 */
export function htmlToPlainText(source: string): PlainText {
  const out = new ArticleText(source);
  const open: string[] = [];
  const openCount = new Map<string, number>();
  /** Per open foreign or integration element: whether its content is foreign (SVG, MathML). */
  const foreign: boolean[] = [];
  let skipping = 0;
  /** Where the current tag starts (its `<`): just after the previous token, as the Parser counts. */
  let tagStart = 0;
  let tagName = '';

  const opened = (name: string, at: number): void => {
    // A second <form> inside a form is ignored, as browsers do.
    if (name === 'form' && (openCount.get('form') ?? 0) > 0) return;
    const ended = ENDED_BY_OPENING.get(name);
    while (ended !== undefined && open.length > 0 && ended.has(open.at(-1)!)) closeInnermost(at);
    if (SKIPPED_ELEMENTS.has(name)) skipping++;
    if (BLOCK_ELEMENTS.has(name)) out.boundary(at);
    if (VOID_ELEMENTS.has(name)) return;
    open.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    out.opened(name);
    if (FOREIGN_ELEMENTS.has(name)) foreign.push(true);
    else if (HTML_INTEGRATION_ELEMENTS.has(name)) foreign.push(false);
  };
  const closed = (name: string, at: number): void => {
    if (SKIPPED_ELEMENTS.has(name)) skipping = Math.max(0, skipping - 1);
    if (BLOCK_ELEMENTS.has(name)) out.boundary(at);
    out.closed(name);
  };
  const closeInnermost = (at: number): void => {
    countSteps(1);
    const name = open.pop()!;
    openCount.set(name, openCount.get(name)! - 1);
    if (FOREIGN_ELEMENTS.has(name) || HTML_INTEGRATION_ELEMENTS.has(name)) foreign.pop();
    closed(name, at);
  };

  const tokenizer = new (parserModule().Tokenizer)(
    { decodeEntities: false },
    {
      onopentagname(start, end) {
        countSteps(end - start);
        tagName = source.slice(start, end).toLowerCase();
        opened(tagName, tagStart);
      },
      onopentagend(end) {
        tagStart = end + 1;
      },
      onselfclosingtag(end) {
        // Only foreign content closes itself; in HTML, <div/> is an opening tag.
        if (foreign.at(-1) === true && open.at(-1) === tagName) closeInnermost(tagStart);
        tagStart = end + 1;
      },
      onclosetag(start, end) {
        countSteps(end - start);
        const name = source.slice(start, end).toLowerCase();
        if ((openCount.get(name) ?? 0) > 0) {
          while (open.at(-1) !== name) closeInnermost(tagStart);
          closeInnermost(tagStart);
        } else if (name === 'p' || name === 'br') {
          // A stray </p> or </br> still ends a paragraph, as browsers read it.
          opened(name, tagStart);
          if (name === 'p') closeInnermost(tagStart);
        }
        tagStart = end + 1;
      },
      ontext(start, end) {
        countSteps(end - start);
        if (skipping === 0) copyDecoded(source, start, source.slice(start, end), out);
        tagStart = end;
      },
      oncomment(_start, end) {
        tagStart = end + 1;
      },
      oncdata(_start, end) {
        tagStart = end + 1;
      },
      ondeclaration(_start, end) {
        tagStart = end + 1;
      },
      onprocessinginstruction(_start, end) {
        tagStart = end + 1;
      },
      onattribname() {},
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      ontextentity() {},
      onend() {
        while (open.length > 0) closeInnermost(tagStart);
      },
      isInForeignContext: () => foreign.at(-1) === true,
    },
  );
  tokenizer.write(source);
  tokenizer.end();
  return out.build();
}

/** Copies a run of raw HTML text, decoding entities while keeping each character's source offset. */
function copyDecoded(source: string, start: number, raw: string, out: ArticleText): void {
  let copied = 0;
  for (const match of raw.matchAll(ENTITY)) {
    out.copy(source, start + copied, start + match.index);
    out.replace(
      entitiesModule().decodeHTML(match[0]),
      start + match.index,
      start + match.index + match[0].length,
    );
    copied = match.index + match[0].length;
  }
  out.copy(source, start + copied, start + raw.length);
}
