// Character classes used by the splitter. They are the same for every language: what differs
// between languages (abbreviations, sentence starters) lives in data/.

/** The set of the JavaScript `\s` class, so spans are trimmed exactly as String#trim would trim them. */
export function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * How many line breaks the white-space character at `i` counts for. `\r\n` counts once (on its
 * `\n`), a paragraph separator counts as a blank line.
 */
export function lineBreakWeight(text: string, i: number): number {
  switch (text.charCodeAt(i)) {
    case 0x0a: // \n
    case 0x0b: // vertical tab
    case 0x0c: // form feed
    case 0x2028: // line separator
      return 1;
    case 0x0d: // \r, alone or as the first half of \r\n
      return text.charCodeAt(i + 1) === 0x0a ? 0 : 1;
    case 0x2029: // paragraph separator
      return 2;
    default:
      return 0;
  }
}

/** Quotes and brackets that open a sentence or a quotation; straight quotes open and close. */
const OPENERS = new Set(['"', "'", '“', '‘', '„', '‚', '«', '‹', '(', '[', '{']);
/** Quotes and brackets that may follow the punctuation that ends a sentence. */
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}']);
/** Marks that end a sentence whatever word precedes them. */
const EXCLAMATIONS = new Set(['?', '!', '‼', '⁇', '⁈', '⁉', '？', '！']);
/** Bullets that start a list item wherever they stand. */
const BULLETS = new Set(['•', '◦', '▪', '▫', '●', '○', '■', '□', '‣', '⁃', '►', '▶', '➢']);
/** Characters that are list bullets only when they start a line; elsewhere they are dashes. */
const LINE_BULLETS = new Set(['-', '*', '–', '—', '+']);
/** Dashes that end a dateline ("MOSCOW, April 30 (TASS) -"). */
const DASHES = new Set(['-', '--', '–', '—', '―']);

export const isOpener = (ch: string | undefined): boolean => ch !== undefined && OPENERS.has(ch);
export const isCloser = (ch: string | undefined): boolean => ch !== undefined && CLOSERS.has(ch);
export const isExclamation = (ch: string | undefined): boolean =>
  ch !== undefined && EXCLAMATIONS.has(ch);
export const isBullet = (ch: string | undefined): boolean => ch !== undefined && BULLETS.has(ch);
export const isLineBullet = (s: string): boolean => LINE_BULLETS.has(s) || BULLETS.has(s);
export const isDash = (s: string): boolean => DASHES.has(s);

/** `.`, `…` and the exclamations: the characters of a run that may end a sentence. */
export function isTerminal(ch: string | undefined): boolean {
  return ch === '.' || ch === '…' || isExclamation(ch);
}

export type CharKind = 'upper' | 'lower' | 'digit' | 'other';

const UPPER = /^[\p{Lu}\p{Lt}]$/u;
const LOWER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;

export function charKind(ch: string | undefined): CharKind {
  if (ch === undefined) return 'other';
  if (ch >= 'a' && ch <= 'z') return 'lower';
  if (ch >= 'A' && ch <= 'Z') return 'upper';
  if (ch >= '0' && ch <= '9') return 'digit';
  if (ch < '\u0080') return 'other';
  if (UPPER.test(ch)) return 'upper';
  if (LOWER.test(ch)) return 'lower';
  return DIGIT.test(ch) ? 'digit' : 'other';
}

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) return true;
  return ch >= '\u0080' && LETTER.test(ch);
}

export function isLetterOrDigit(ch: string | undefined): boolean {
  return isLetter(ch) || charKind(ch) === 'digit';
}
