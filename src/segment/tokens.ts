import {
  charKind,
  isCloser,
  isExclamation,
  isLetter,
  isLetterOrDigit,
  isOpener,
  isSpace,
  isTerminal,
  lineBreakWeight,
  type CharKind,
} from './chars.js';
import { countSteps } from '../work.js';

/** A run of non-white-space characters of the text (a word with the punctuation around it). */
export interface Chunk {
  start: number;
  end: number;
  /** Line breaks in the white space before the token: 0 on the same line, 1 on a new line, 2+ past a blank line. */
  breaksBefore: number;
}

/**
 * The tokens of the text, a paragraph at a time: a blank line always ends a sentence, so the
 * splitter reads each paragraph on its own and a long document never holds all its tokens at once.
 */
export function* paragraphs(text: string): Generator<Chunk[]> {
  let tokens: Chunk[] = [];
  let breaks = 0;
  let i = 0;
  let counted = 0;
  while (i < text.length) {
    if (isSpace(text.charCodeAt(i))) {
      breaks += lineBreakWeight(text, i);
      i++;
      continue;
    }
    if (breaks >= 2 && tokens.length > 0) {
      yield tokens;
      tokens = [];
    }
    const start = i;
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
    tokens.push({ start, end: i, breaksBefore: breaks });
    breaks = 0;
    countSteps(i - counted);
    counted = i;
  }
  countSteps(i - counted);
  if (tokens.length > 0) yield tokens;
}

/**
 * The parts of a token around a possible sentence end: `(“` opening marks, the body, a final
 * run of terminal punctuation, and closing marks, as in `(“agreed.”)`, footnote marks
 * (`agreed.[1]`) counted with them. Each part may be empty.
 */
export interface Anatomy {
  bodyStart: number;
  terminalStart: number;
  closersStart: number;
}

export function anatomy(text: string, token: Chunk): Anatomy {
  let closersStart = footnoteMarksStart(text, token);
  while (closersStart > token.start && isCloser(text[closersStart - 1])) closersStart--;
  let terminalStart = closersStart;
  while (terminalStart > token.start && isTerminal(text[terminalStart - 1])) terminalStart--;
  let bodyStart = token.start;
  while (bodyStart < terminalStart && isOpener(text[bodyStart])) bodyStart++;
  countSteps(1 + token.end - terminalStart + bodyStart - token.start);
  return { bodyStart, terminalStart, closersStart };
}

const CLOSING_BRACKET = 0x5d;

/** Where a token's trailing footnote marks begin ("agreed.[1]", "agreed.[2][3]"), or its end if it has none. */
function footnoteMarksStart(text: string, token: Chunk): number {
  let end = token.end;
  for (;;) {
    // Most tokens end in no "]": no slice to make and match.
    if (end <= token.start || text.charCodeAt(end - 1) !== CLOSING_BRACKET) return end;
    const mark = /\[\d{1,3}\]$/.exec(text.slice(Math.max(token.start, end - 5), end));
    if (!mark) return end;
    end -= mark[0].length;
  }
}

/** A token's final punctuation run: how many dots it has (`…` counts 3) and whether it has `?` or `!`. */
export interface TerminalRun {
  dots: number;
  exclamation: boolean;
}

export function terminalRun(text: string, from: number, to: number): TerminalRun {
  let dots = 0;
  let exclamation = false;
  countSteps(1 + to - from);
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '.') dots += 1;
    else if (ch === '…') dots += 3;
    else if (isExclamation(ch)) exclamation = true;
  }
  return { dots, exclamation };
}

/** A token made only of dots, like each `.` of a spaced ellipsis `. . .`, maybe followed by closing marks. */
export function isDotToken(text: string, token: Chunk): boolean {
  if (text[token.start] !== '.' && text[token.start] !== '…') return false;
  const { bodyStart, terminalStart, closersStart } = anatomy(text, token);
  if (bodyStart !== token.start || terminalStart !== token.start || closersStart === token.start) {
    return false;
  }
  countSteps(closersStart - terminalStart);
  for (let i = terminalStart; i < closersStart; i++) {
    if (text[i] !== '.' && text[i] !== '…') return false;
  }
  return true;
}

/** Longest word we bother to look up in a word list; longer ones are never abbreviations. */
const MAX_WORD_LENGTH = 24;

/** How a token begins, to decide whether it can start a sentence. */
export interface Opening {
  /** Kind of its first letter or digit, after any quotes, brackets or dashes. */
  kind: CharKind;
  /** The letters from there on (`I` for `I’m`), empty when too long to be in a word list. */
  word: string;
  /** A single letter and a period, as in the initials of `S. V. Lavrov`. */
  initial: boolean;
}

export function opening(text: string, token: Chunk): Opening {
  let p = token.start;
  while (p < token.end && !isLetterOrDigit(text[p])) p++;
  let q = p;
  while (q < token.end && isLetter(text[q])) q++;
  countSteps(1 + q - token.start);
  if (p === token.end) return { kind: 'other', word: '', initial: false };
  return {
    kind: charKind(text[p]),
    word: q - p <= MAX_WORD_LENGTH ? text.slice(p, q) : '',
    initial: q - p === 1 && text[q] === '.',
  };
}

/** Whether any letter or digit lies in [from, to). */
export function hasLetterOrDigit(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && !isLetterOrDigit(text[i])) i++;
  countSteps(1 + i - from);
  return i < to;
}

/** The token's text when short enough to be looked up in a word list, otherwise ''. */
export function shortText(text: string, from: number, to: number): string {
  return to - from <= MAX_WORD_LENGTH ? text.slice(from, to) : '';
}
