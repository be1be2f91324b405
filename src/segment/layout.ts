// Boundaries that come from the layout of lines rather than from punctuation: blank lines, list
// items, headings and datelines, and lines of a list that have no punctuation at all.

import { isBullet, isDash, isLetter } from './chars.js';
import type { Language } from './language.js';
import { markerReadingsIn } from './markers.js';
import { anatomy, hasLetterOrDigit, opening, shortText, type Chunk } from './tokens.js';

/** Lines of more words than this are taken for wrapped text, not headings, unless in title case. */
const MAX_HEADING_WORDS = 8;
/** A dateline's dash comes within this many tokens after the place name. */
const MAX_DATELINE_TOKENS = 8;

interface Line {
  first: number;
  last: number;
}

function linesOf(tokens: readonly Chunk[]): Line[] {
  const lines: Line[] = [];
  tokens.forEach((token, i) => {
    const line = lines[lines.length - 1];
    if (line === undefined || token.breaksBefore > 0) lines.push({ first: i, last: i });
    else line.last = i;
  });
  return lines;
}

/** Whether the token opens a list item when it starts a line: a bullet or an enumerator. */
function opensListItem(text: string, token: Chunk): boolean {
  return isBullet(text[token.start]) || markerReadingsIn(text, token.start, token.end) !== null;
}

function endsWithTerminal(text: string, token: Chunk): boolean {
  const { terminalStart, closersStart } = anatomy(text, token);
  return terminalStart < closersStart;
}

/**
 * For each token, whether a sentence boundary must come before it because of the layout:
 * a blank line before it, or a line break that the text does not run across.
 */
export function layoutBreaks(text: string, tokens: readonly Chunk[], lang: Language): boolean[] {
  const breaks = tokens.map((token) => token.breaksBefore >= 2);
  const lines = linesOf(tokens);
  const startKind = lines.map((line) => opening(text, tokens[line.first]!).kind);
  const startsItem = lines.map((line) => opensListItem(text, tokens[line.first]!));

  // Whether the sentence running through a line reaches terminal punctuation on it or on the
  // lower-case lines that continue it. Lines that never do form a list ("features\ncontact manager").
  const reachesEnd = new Array<boolean>(lines.length).fill(false);
  for (let k = lines.length - 1; k >= 0; k--) {
    const line = lines[k]!;
    const next = lines[k + 1];
    const lineTokens = tokens.slice(line.first, line.last + 1);
    // A long line is wrapped prose, which may go on with a capitalised word ("Foreign Minister" /
    // "Wang Yi"); after a short line only a lower-case word continues the sentence.
    const continuedByNext =
      next !== undefined &&
      tokens[next.first]!.breaksBefore === 1 &&
      (startKind[k + 1] === 'lower' || wordCount(text, lineTokens) > MAX_HEADING_WORDS) &&
      !startsItem[k + 1]! &&
      reachesEnd[k + 1]!;
    reachesEnd[k] = continuedByNext || lineTokens.some((t) => endsWithTerminal(text, t));
  }

  for (let k = 1; k < lines.length; k++) {
    const first = lines[k]!.first;
    if (tokens[first]!.breaksBefore !== 1) continue;
    const previous = lines[k - 1]!;
    if (startsItem[k]) breaks[first] = true;
    else if (!endsWithTerminal(text, tokens[previous.last]!)) {
      // Only a line that starts a sentence can be a heading; one that goes on from the line
      // before is wrapped prose.
      const previousStartsSentence =
        k === 1 || breaks[previous.first]! || endsWithTerminal(text, tokens[lines[k - 2]!.last]!);
      // A dateline ends the line above it however long that line is ("President Bukele holds
      // talks with President Trump in the Oval Office" / "San Salvador, 14 April 2025"); the
      // text's first line is its title when clearly shorter than the line after it.
      breaks[first] =
        startKind[k] === 'lower'
          ? !reachesEnd[k]!
          : previousStartsSentence &&
            endsLikeHeading(text, tokens, previous, lang) &&
            ((startKind[k] === 'upper' &&
              (isShortOrTitleCase(text, tokens, previous, lang) ||
                (k === 1 && isTitleOver(tokens, previous, lines[k]!)))) ||
              isDateline(text, tokens, lines[k]!));
    }
  }
  return breaks;
}

/**
 * Whether a line without final punctuation ends where a heading may end: not on a comma, a broken
 * word or a function word, which the next line goes on from.
 */
function endsLikeHeading(
  text: string,
  tokens: readonly Chunk[],
  line: Line,
  lang: Language,
): boolean {
  const last = tokens[line.last]!;
  const lastChar = text[last.end - 1];
  if (lastChar === ',' || lastChar === ';' || lastChar === '&' || lastChar === '/') return false;
  // A word broken by a hyphen at the end of the line goes on on the next one.
  if (lastChar === '-' && last.end - last.start > 1 && isLetter(text[last.end - 2])) return false;
  return lastChar === ':' || !lang.isFunctionWord(opening(text, last).word);
}

/** Whether a line is short enough, or in title case, to be a heading before a capitalised line. */
function isShortOrTitleCase(
  text: string,
  tokens: readonly Chunk[],
  line: Line,
  lang: Language,
): boolean {
  if (text[tokens[line.last]!.end - 1] === ':') return true;
  const lineTokens = tokens.slice(line.first, line.last + 1);
  return wordCount(text, lineTokens) <= MAX_HEADING_WORDS || isTitleCase(text, lineTokens, lang);
}

/**
 * Whether a text's first line is clearly shorter than the line after it, so not wrapped at the
 * width of that line: a title over the prose ("Zelensky met with Prime Minister Tusk in Kyiv" /
 * "On January 22, President ... received ..."). A wrapped line is about as long as the next one,
 * or longer when the next one ends the paragraph.
 */
function isTitleOver(tokens: readonly Chunk[], first: Line, next: Line): boolean {
  const length = (line: Line) => tokens[line.last]!.end - tokens[line.first]!.start;
  return length(first) * TITLE_SHARE_DENOMINATOR < length(next) * TITLE_SHARE_NUMERATOR;
}

/** A title is shorter than three quarters of the line after it. */
const TITLE_SHARE_NUMERATOR = 3;
const TITLE_SHARE_DENOMINATOR = 4;

/**
 * Whether a line is a dateline of its own: a few words that give a date, ending in its year
 * ("Ottawa, Ontario, 24 March 2023", "Media release, 5 November 2024") or all capitalised and
 * numbers ("Belgrade, May 8 (Xinhua)").
 */
function isDateline(text: string, tokens: readonly Chunk[], line: Line): boolean {
  const lineTokens = tokens.slice(line.first, line.last + 1);
  if (wordCount(text, lineTokens) > MAX_HEADING_WORDS) return false;
  const words = lineTokens.map((t) => text.slice(t.start, t.end));
  return (
    YEAR.test(words[words.length - 1]!) ||
    (words.some((word) => NUMBER.test(word)) &&
      lineTokens.every((t) => opening(text, t).kind !== 'lower'))
  );
}

/** A year of the common era written in full; a number, perhaps with a comma after it. */
const YEAR = /^[12]\d{3}$/u;
const NUMBER = /^\d+,?$/u;

function wordCount(text: string, lineTokens: readonly Chunk[]): number {
  return lineTokens.filter((t) => hasLetterOrDigit(text, t.start, t.end)).length;
}

/** Every word that is not a function word begins with a capital or a digit. */
function isTitleCase(text: string, lineTokens: readonly Chunk[], lang: Language): boolean {
  return lineTokens.every((token) => {
    const start = opening(text, token);
    return start.kind !== 'lower' || lang.isFunctionWord(start.word);
  });
}

/**
 * If the tokens from `first` on open with a dateline — a place name in capitals, perhaps a date
 * and an agency, then a dash: "MOSCOW, April 30 (TASS) -", "WASHINGTON —" — the index of the dash.
 */
export function datelineDash(text: string, tokens: readonly Chunk[], first: number): number {
  let k = first;
  let letters = 0;
  let endsWithComma = false;
  while (k < tokens.length && (k === first || tokens[k]!.breaksBefore === 0) && !endsWithComma) {
    const word = shortText(text, tokens[k]!.start, tokens[k]!.end);
    const name = word.endsWith(',') ? word.slice(0, -1) : word;
    if (!isCapitalsWord(name)) break;
    letters += name.length;
    endsWithComma = name !== word;
    k++;
  }
  const after = tokens[k];
  if (letters < 3 || after === undefined || after.breaksBefore > 0) return -1;
  const afterText = shortText(text, after.start, after.end);
  if (!endsWithComma && !afterText.startsWith('(') && !isDash(afterText)) return -1;
  for (let d = k; d < tokens.length && d < k + MAX_DATELINE_TOKENS; d++) {
    const token = tokens[d]!;
    if (d > k && token.breaksBefore > 0) break;
    if (isDash(shortText(text, token.start, token.end))) return d;
  }
  return -1;
}

/** A word in capitals, such as MOSCOW or NEW; hyphens and apostrophes allowed. */
function isCapitalsWord(word: string): boolean {
  return /^\p{Lu}[\p{Lu}'’-]*$/u.test(word);
}
