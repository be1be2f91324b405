// The sentence boundaries that punctuation makes, found in one pass over the tokens, together with
// the boundaries of the line layout (layout.ts). Each token is looked at a bounded number of times.

import { isBullet, isExclamation, isLetter, isLetterOrDigit, charKind } from './chars.js';
import type { AbbreviationClass, Language } from './language.js';
import { datelineDash, layoutBreaks } from './layout.js';
import { chooseReading, continues, isRomanNumeral, markerReadings, type ListMarker } from './markers.js';
import {
  anatomy,
  hasLetterOrDigit,
  isDotToken,
  opening,
  shortText,
  terminalRun,
  type Opening,
  type Token,
} from './tokens.js';

/** A sentence that is only a short phrase opening with a preposition ("At 5 a.m.") is no sentence. */
const MAX_INTRODUCTORY_WORDS = 4;

/** What is known of the sentence being read. */
interface Sentence {
  /** Tokens with a letter or digit, list markers aside. */
  words: number;
  firstWord: string;
}

/** Positions at which the text is cut into sentences, in increasing order. */
export function findCuts(text: string, tokens: readonly Token[], lang: Language): number[] {
  const forced = layoutBreaks(text, tokens, lang);
  const cuts: number[] = [];
  let sentence: Sentence = { words: 0, firstWord: '' };
  let list: ListMarker | null = null;
  let datelineEnd = -1;

  const cut = (position: number): void => {
    if (position > (cuts[cuts.length - 1] ?? 0)) cuts.push(position);
    sentence = { words: 0, firstWord: '' };
  };
  const addWord = (word: string): void => {
    if (sentence.words === 0) sentence.firstWord = word;
    sentence.words++;
  };

  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (token.breaksBefore >= 2) list = null;
    const readings = markerReadings(shortText(text, token.start, token.end));

    const startsItem =
      forced[i]! ||
      isBullet(text[token.start]) ||
      (sentence.words > 0 && readings !== null && readings.some((r) => continues(list, r)));
    if (i > 0 && startsItem) cut(token.start);

    if (sentence.words === 0) {
      // Bullets and enumerators that open a sentence are not words, and do not end it.
      if (readings !== null) {
        list = chooseReading(readings, list) ?? list;
        i++;
        continue;
      }
      if (i === 0 || token.breaksBefore > 0) datelineEnd = datelineDash(text, tokens, i);
    }

    const parts = anatomy(text, token);
    let bodyStart = parts.bodyStart;
    for (const position of cutsInside(text, token, parts.bodyStart, parts.terminalStart, lang)) {
      cut(position);
      bodyStart = position;
    }
    if (hasLetterOrDigit(text, bodyStart, parts.terminalStart)) {
      addWord(opening(text, { start: bodyStart, end: parts.terminalStart, breaksBefore: 0 }).word);
    }

    // A spaced ellipsis ". . ." is a run of dot tokens; read it with the token it follows.
    let last = i;
    while (tokens[last + 1]?.breaksBefore === 0 && isDotToken(text, tokens[last + 1]!)) last++;
    const next = tokens[last + 1];
    const nextOpening = next === undefined ? null : opening(text, next);
    const own = terminalRun(text, parts.terminalStart, parts.closersStart);
    let spacedDots = 0;
    for (let k = i + 1; k <= last; k++) spacedDots += terminalRun(text, tokens[k]!.start, tokens[k]!.end).dots;

    if (
      nextOpening !== null &&
      own.dots === 1 &&
      !own.exclamation &&
      spacedDots >= 3 &&
      nextOpening.kind === 'upper'
    ) {
      // "compounds. . . . The practice": the period ends the sentence and the ellipsis opens the
      // next one, marking words left out at its start.
      cut(token.end);
    } else if (nextOpening !== null && sentence.words > 0) {
      const body = shortText(text, bodyStart, parts.terminalStart);
      const omission = text[parts.terminalStart - 1] === '[' || text[parts.terminalStart - 1] === '(';
      const ends = omission
        ? false
        : endsSentence(own.dots + spacedDots, own.exclamation, body, text, next!, nextOpening, sentence, lang);
      if (ends) cut(tokens[last]!.end);
    }
    if (datelineEnd >= i && datelineEnd <= last) cut(tokens[datelineEnd]!.end);
    i = last + 1;
  }
  return cuts;
}

/**
 * Whether terminal punctuation — `dots` periods (`…` counting 3) and maybe `?`/`!` — after `body`
 * ends the sentence, given the token that follows.
 */
function endsSentence(
  dots: number,
  exclamation: boolean,
  body: string,
  text: string,
  next: Token,
  nextOpening: Opening,
  sentence: Sentence,
  lang: Language,
): boolean {
  const { kind } = nextOpening;
  if (dots === 0 && !exclamation) return false;
  // Nothing ends before a lower-case word ("Yahoo! in", "co. at"), a comma or a dash.
  if (kind === 'lower' || kind === 'other') return false;
  if (exclamation || dots === 2 || dots >= 4) return true;
  // A plain ellipsis marks words left out; before a capital it ends the sentence, unless the
  // capital says nothing because the word always has one ("is . . . I didn't").
  if (dots === 3) return kind === 'upper' && !lang.isAlwaysCapitalised(nextOpening.word);

  switch (abbreviationClass(body, lang)) {
    case 'title':
    case 'neverEnd':
      return false;
    case 'beforeNumber':
      return kind !== 'digit' && !(kind === 'upper' && isRomanNumeral(nextOpening.word));
    case 'mayEnd':
      return (
        kind === 'upper' &&
        (startsSentence(nextOpening, lang) || isTitleToken(text, next, lang)) &&
        !isIntroductoryPhrase(sentence, lang)
      );
    case undefined:
      return true;
  }
}

/** The class of the word before a period; undefined for a plain word, which ends a sentence before a capital. */
function abbreviationClass(body: string, lang: Language): AbbreviationClass | undefined {
  if (body === '') return undefined;
  const listed = lang.abbreviationClass(body);
  if (listed !== undefined) return listed;
  const lastDot = body.lastIndexOf('.');
  if (lastDot >= 0) {
    // "Lt.Col." is a title; "P.D.R." and "Ph.D." are dotted acronyms.
    if (lang.isTitle(body.slice(lastDot + 1))) return 'title';
    return body.split('.').every(isAcronymPart) ? 'mayEnd' : undefined;
  }
  // A single capital is an initial ("Jonas E. Smith") or ends a sentence ("you and I.").
  return body.length === 1 && charKind(body) === 'upper' ? 'mayEnd' : undefined;
}

function isAcronymPart(part: string): boolean {
  return part.length >= 1 && part.length <= 2 && [...part].every((ch) => isLetter(ch));
}

function startsSentence(nextOpening: Opening, lang: Language): boolean {
  return !nextOpening.initial && lang.isSentenceStarter(nextOpening.word);
}

function isTitleToken(text: string, token: Token, lang: Language): boolean {
  const { bodyStart, terminalStart, closersStart } = anatomy(text, token);
  return (
    closersStart - terminalStart === 1 &&
    text[terminalStart] === '.' &&
    lang.isTitle(shortText(text, bodyStart, terminalStart))
  );
}

function isIntroductoryPhrase(sentence: Sentence, lang: Language): boolean {
  return sentence.words <= MAX_INTRODUCTORY_WORDS && lang.isPreposition(sentence.firstWord);
}

/**
 * Sentence ends with no space after them, inside a token such as "world.Today" or "1,000.That":
 * a period, `?` or `!` after a word of two or more characters and before a capitalised word.
 * Web and e-mail addresses are left whole.
 */
function cutsInside(text: string, token: Token, from: number, to: number, lang: Language): number[] {
  const positions: number[] = [];
  if (to - from < 4 || isAddress(text, from, to)) return positions;
  let segmentStart = from;
  for (let p = from; p < to - 2; p++) {
    const ch = text[p];
    if (ch !== '.' && !isExclamation(ch)) continue;
    const segment = shortText(text, segmentStart, p);
    const endsWord = p - segmentStart >= 2 && isLetterOrDigit(text[p - 1]);
    const capitalisedNext = charKind(text[p + 1]) === 'upper' && charKind(text[p + 2]) === 'lower';
    const abbreviation = ch === '.' && segment !== '' && abbreviationClass(segment, lang) !== undefined;
    if (endsWord && capitalisedNext && !abbreviation) positions.push(p + 1);
    segmentStart = p + 1;
  }
  return positions;
}

function isAddress(text: string, from: number, to: number): boolean {
  const s = text.slice(from, to);
  return s.includes('@') || s.includes('://') || s.toLowerCase().startsWith('www.');
}
