// The sentence boundaries that punctuation makes, found in one pass over the tokens, together with
// the boundaries of the line layout (layout.ts). Each token is looked at a bounded number of times,
// so the pass is linear in the length of the text.

import { charKind, isBullet, isExclamation, isLetter, isLetterOrDigit } from './chars.js';
import { countSteps } from '../work.js';
import type { AbbreviationClass, Language } from './language.js';
import { datelineDash, layoutBreaks } from './layout.js';
import {
  chooseReading,
  continues,
  isRomanNumeral,
  markerReadingsIn,
  type ListMarker,
} from './markers.js';
import {
  anatomy,
  hasLetterOrDigit,
  isDotToken,
  opening,
  shortText,
  terminalRun,
  type Anatomy,
  type Opening,
  type Chunk,
} from './tokens.js';

/** A sentence that is only a short phrase opening with a preposition ("At 5 a.m.") is no sentence. */
const MAX_INTRODUCTORY_WORDS = 4;
/**
 * Words after which a sentence is cut whatever follows. Readouts' longest sentences have about 120;
 * text without sentence punctuation (a transcript, a pasted table) would otherwise be one sentence,
 * and the cues read a sentence's clauses once per verb, so their work grows with its square.
 */
export const MAX_SENTENCE_WORDS = 250;

/** What is known of the sentence being read. */
interface Sentence {
  /** Tokens with a letter or digit, list markers aside. */
  words: number;
  firstWord: string;
}

/** Positions at which the text is cut into sentences, in increasing order. */
export function findCuts(text: string, tokens: readonly Chunk[], lang: Language): number[] {
  return new CutFinder(text, tokens, lang).run();
}

class CutFinder {
  private readonly cuts: number[] = [];
  private readonly forced: boolean[];
  private sentence: Sentence = { words: 0, firstWord: '' };
  /** The marker of the last list item, which the next item's marker continues. */
  private list: ListMarker | null = null;
  /** Index of the dash that ends a dateline being read, or -1. */
  private datelineEnd = -1;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Chunk[],
    private readonly lang: Language,
  ) {
    this.forced = layoutBreaks(text, tokens, lang);
  }

  run(): number[] {
    for (let i = 0; i < this.tokens.length;) i = this.read(i);
    return this.cuts;
  }

  /** Reads the token at `i`, with any spaced ellipsis after it; returns the index of the token to read next. */
  private read(i: number): number {
    const { text, tokens } = this;
    const token = tokens[i]!;
    if (token.breaksBefore >= 2) this.list = null;
    const readings = markerReadingsIn(text, token.start, token.end);
    if (i > 0 && (this.startsItem(i, readings) || this.sentence.words >= MAX_SENTENCE_WORDS))
      this.cut(token.start);

    if (this.sentence.words === 0) {
      // Bullets and enumerators that open a sentence are not words, and do not end it.
      if (readings !== null) {
        this.list = chooseReading(readings, this.list) ?? this.list;
        return i + 1;
      }
      if (i === 0 || token.breaksBefore > 0) this.datelineEnd = datelineDash(text, tokens, i);
    }

    const parts = anatomy(text, token);
    const bodyStart = this.cutInside(parts);
    if (hasLetterOrDigit(text, bodyStart, parts.terminalStart))
      this.addWord(bodyStart, parts.terminalStart);

    // A spaced ellipsis ". . ." is a run of dot tokens; it is read with the token it follows.
    let last = i;
    while (tokens[last + 1]?.breaksBefore === 0 && isDotToken(text, tokens[last + 1]!)) last++;
    const end = this.sentenceEnd(i, last, bodyStart, parts);
    if (end !== null) this.cut(end);
    if (this.datelineEnd >= i && this.datelineEnd <= last) this.cut(tokens[this.datelineEnd]!.end);
    return last + 1;
  }

  private cut(position: number): void {
    if (position > (this.cuts[this.cuts.length - 1] ?? 0)) this.cuts.push(position);
    this.sentence = { words: 0, firstWord: '' };
  }

  /** Counts the word in [start, end); the sentence's first word is kept (for isIntroductoryPhrase). */
  private addWord(start: number, end: number): void {
    if (this.sentence.words === 0)
      this.sentence.firstWord = opening(this.text, { start, end, breaksBefore: 0 }).word;
    this.sentence.words++;
  }

  /** Whether token `i` starts a new sentence whatever came before: layout, a bullet, the next list marker. */
  private startsItem(i: number, readings: ListMarker[] | null): boolean {
    return (
      this.forced[i]! ||
      isBullet(this.text[this.tokens[i]!.start]) ||
      (this.sentence.words > 0 &&
        readings !== null &&
        readings.some((r) => continues(this.list, r)))
    );
  }

  /**
   * Cuts where a sentence ends with no space after it, inside a token such as "world.Today" or
   * "1,000.That": a period, `?` or `!` after a word of two or more characters and before a
   * capitalised word. Web and e-mail addresses are left whole. Returns where the token's last
   * sentence starts.
   */
  private cutInside({ bodyStart, terminalStart }: Anatomy): number {
    const { text } = this;
    if (terminalStart - bodyStart < 4) return bodyStart;
    countSteps(terminalStart - bodyStart);
    let lastStart = bodyStart;
    let segmentStart = bodyStart;
    // Whether the token is an address is asked once, not at every stop in it: a token of n stops
    // would otherwise be read n times (quadratic on "world.Today" run together).
    let address: boolean | undefined;
    for (let p = bodyStart; p < terminalStart - 2; p++) {
      const code = text.charCodeAt(p);
      // Letters and digits first: the test below is the slow one.
      if (code !== 0x2e && (code < 0x80 ? code !== 0x21 && code !== 0x3f : !isExclamation(text[p])))
        continue;
      const ch = text[p];
      const endsWord = p - segmentStart >= 2 && isLetterOrDigit(text[p - 1]);
      const capitalisedNext =
        charKind(text[p + 1]) === 'upper' && charKind(text[p + 2]) === 'lower';
      const segment = shortText(text, segmentStart, p);
      const abbreviation =
        ch === '.' && segment !== '' && this.abbreviationClass(segment) !== undefined;
      if (
        endsWord &&
        capitalisedNext &&
        !abbreviation &&
        !(address ??= isAddress(text, bodyStart, terminalStart))
      ) {
        this.cut(p + 1);
        lastStart = p + 1;
      }
      segmentStart = p + 1;
    }
    return lastStart;
  }

  /**
   * Where the sentence ends if the terminal punctuation of token `i` (and of the dot tokens after
   * it, up to `last`) ends it; null if it goes on.
   */
  private sentenceEnd(i: number, last: number, bodyStart: number, parts: Anatomy): number | null {
    const { text, tokens } = this;
    const next = tokens[last + 1];
    // Most tokens have no terminal punctuation of their own and no ellipsis after them.
    if (
      next === undefined ||
      this.sentence.words === 0 ||
      (parts.terminalStart === parts.closersStart && last === i)
    )
      return null;
    const nextOpening = opening(text, next);
    const own = terminalRun(text, parts.terminalStart, parts.closersStart);
    let spacedDots = 0;
    for (let k = i + 1; k <= last; k++) {
      spacedDots += terminalRun(text, tokens[k]!.start, tokens[k]!.end).dots;
    }

    if (own.dots === 1 && !own.exclamation && spacedDots >= 3 && nextOpening.kind === 'upper') {
      // "compounds. . . . The practice": the period ends the sentence and the ellipsis opens the
      // next one, marking words left out at its start.
      return tokens[i]!.end;
    }
    // "[...]" marks words left out of a quotation.
    const before = text[parts.terminalStart - 1];
    if (parts.terminalStart > tokens[i]!.start && (before === '[' || before === '(')) return null;
    const body = shortText(text, bodyStart, parts.terminalStart);
    return this.endsSentence(own.dots + spacedDots, own.exclamation, body, next, nextOpening)
      ? tokens[last]!.end
      : null;
  }

  /**
   * Whether terminal punctuation — `dots` periods (`…` counting 3) and maybe `?` or `!` — after
   * `body` ends the sentence, given the token that follows.
   */
  private endsSentence(
    dots: number,
    exclamation: boolean,
    body: string,
    next: Chunk,
    nextOpening: Opening,
  ): boolean {
    const { lang } = this;
    const { kind } = nextOpening;
    if (dots === 0 && !exclamation) return false;
    // Nothing ends before a lower-case word ("Yahoo! in", "co. at"), a comma or a dash.
    if (kind === 'lower' || kind === 'other') return false;
    if (exclamation || dots === 2 || dots >= 4) return true;
    // A plain ellipsis marks words left out; before a capital it ends the sentence, unless the
    // capital says nothing because the word always has one ("is . . . I didn't").
    if (dots === 3) return kind === 'upper' && !lang.isAlwaysCapitalised(nextOpening.word);

    switch (this.abbreviationClass(body)) {
      case 'title':
      case 'neverEnd':
        return false;
      case 'beforeNumber':
        return kind !== 'digit' && !(kind === 'upper' && isRomanNumeral(nextOpening.word));
      case 'mayEnd':
        return (
          kind === 'upper' &&
          ((!nextOpening.initial && lang.isSentenceStarter(nextOpening.word)) ||
            this.isTitle(next)) &&
          !this.isIntroductoryPhrase()
        );
      case undefined:
        return true;
    }
  }

  /** The class of the word before a period; undefined for a plain word, which ends a sentence before capitals. */
  private abbreviationClass(body: string): AbbreviationClass | undefined {
    const { lang } = this;
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

  /** Whether the token is a title such as "Mr.". */
  private isTitle(token: Chunk): boolean {
    const { bodyStart, terminalStart, closersStart } = anatomy(this.text, token);
    return (
      closersStart - terminalStart === 1 &&
      this.text[terminalStart] === '.' &&
      this.lang.isTitle(shortText(this.text, bodyStart, terminalStart))
    );
  }

  private isIntroductoryPhrase(): boolean {
    return (
      this.sentence.words <= MAX_INTRODUCTORY_WORDS &&
      this.lang.isPreposition(this.sentence.firstWord)
    );
  }
}

function isAcronymPart(part: string): boolean {
  return part.length >= 1 && part.length <= 2 && [...part].every((ch) => isLetter(ch));
}

/** Whether text[start, end) is a web or e-mail address; one pass over it, bounded by the token. */
function isAddress(text: string, start: number, end: number): boolean {
  countSteps(end - start);
  for (let p = start; p < end; p++) {
    const ch = text[p];
    if (ch === '@' || (ch === ':' && text[p + 1] === '/' && text[p + 2] === '/' && p + 3 <= end))
      return true;
  }
  return end - start >= 4 && text.slice(start, start + 4).toLowerCase() === 'www.';
}
