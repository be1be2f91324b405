import type { SentenceModel } from '../sentence/model.js';
import type { Token } from '../vectorize/tokenize.js';
import { keyOf } from './lexicon.js';
import { oncePerKey } from '../memo.js';

/** Whether any token's key or word is in the set: a cheap test before looking for phrases. */
export function hasAnyOf(side: SentenceModel, triggers: ReadonlySet<string>): boolean {
  // A plain loop: this is asked of both sentences of nearly every pair, for several cues.
  for (const token of side.tokens)
    if (triggers.has(keyOf(token)) || triggers.has(token.word)) return true;
  return false;
}

type Phrases = readonly (readonly string[])[];

/** Where one of a list of phrases starts: its index in the list and its first token's position. */
export interface PhraseAt {
  phrase: number;
  at: number;
}

/**
 * Every place where a phrase of the list starts, not crossing clause punctuation, ordered by the
 * phrase's place in the list, then by position. Words are compared by each token's key (its term,
 * so inflections match) or, by 'word', its word. One pass over the sentence, however many phrases.
 */
export function findPhrases(
  side: SentenceModel,
  phrases: Phrases,
  by: 'key' | 'word' = 'key',
): PhraseAt[] {
  const { tokens } = side;
  const keyFor = by === 'key' ? keyOf : wordOf;
  const starting = phrasesByFirstWord(phrases);
  // Plain loops and no list until a phrase is found: this runs for every sentence, several times.
  let found: PhraseAt[] | undefined;
  for (let at = 0; at < tokens.length; at++) {
    const candidates = starting.get(keyFor(tokens[at]!));
    if (candidates === undefined) continue;
    for (const phrase of candidates) {
      const keys = phrases[phrase]!;
      if (at + keys.length > tokens.length) continue;
      let k = 1;
      while (
        k < keys.length &&
        keyFor(tokens[at + k]!) === keys[k] &&
        !breaksClause(side, at + k - 1)
      )
        k++;
      if (k === keys.length) (found ??= []).push({ phrase, at });
    }
  }
  if (found === undefined) return [];
  return found.length > 1 ? found.sort((x, y) => x.phrase - y.phrase || x.at - y.at) : found;
}

const wordOf = (token: Token): string => token.word;

/** The phrases of a lexicon list by their first word, built once per list. */
const phrasesByFirstWord = oncePerKey((phrases: Phrases): Map<string, number[]> => {
  const index = new Map<string, number[]>();
  for (const [p, keys] of phrases.entries()) {
    if (keys.length === 0) continue;
    const list = index.get(keys[0]!);
    if (list) list.push(p);
    else index.set(keys[0]!, [p]);
  }
  return index;
}, new WeakMap());

/** Punctuation that ends a clause. */
const CLAUSE_END = /[,;:.!?()[\]"“”«»—–]|\s-\s/;
/** Punctuation that ends a part of a sentence, more than a clause: a comma does not. */
const PART_END = /[;:.!?()[\]]/;

/** True when punctuation between token i and token i + 1 ends a clause. */
export function breaksClause(side: SentenceModel, i: number): boolean {
  return punctuatedAfter(side, i, CLAUSE_END);
}

/** The first token of the clause that holds token k. */
export function clauseStart(side: SentenceModel, k: number): number {
  let i = k;
  while (i > 0 && !breaksClause(side, i - 1)) i--;
  return i;
}

/** The last token of the clause that holds token k. */
export function clauseEnd(side: SentenceModel, k: number): number {
  let i = k;
  while (i + 1 < side.tokens.length && !breaksClause(side, i)) i++;
  return i;
}

/** True when punctuation between token i and token i + 1 ends a part of the sentence ("; ", ". "). */
export function endsPart(side: SentenceModel, i: number): boolean {
  return punctuatedAfter(side, i, PART_END);
}

const SPACE = 0x20;

function punctuatedAfter(side: SentenceModel, i: number, punctuation: RegExp): boolean {
  const next = side.tokens[i + 1];
  if (!next) return true;
  const end = side.tokens[i]!.end;
  // Most words are parted by one space, or by nothing: no punctuation, and no string to slice.
  if (next.start === end || (next.start === end + 1 && side.text.charCodeAt(end) === SPACE))
    return false;
  const gap = side.text.slice(end, next.start);
  if (!punctuation.test(gap)) return false;
  // The full stop of "U.S." or "Mr." inside a sentence ends nothing.
  return !(gap.trim() === '.' && isAbbreviation(side, side.tokens[i]!));
}

/** Whether the words from token `at` on are `words`, as written (false past either end). */
export function wordsAt(side: SentenceModel, at: number, words: readonly string[]): boolean {
  if (at < 0) return false;
  for (let k = 0; k < words.length; k++) if (side.tokens[at + k]?.word !== words[k]) return false;
  return true;
}

/** An initial ("U" of "U.S.") or a title written short ("Mr"). */
function isAbbreviation(side: SentenceModel, token: Token): boolean {
  return /^\p{L}$/u.test(token.word) || side.lexicon.abbreviatedTitles.has(token.word);
}

/** The text from the start of token `from` to the end of token `to`. */
export function slice(side: SentenceModel, from: number, to: number): string {
  return side.text.slice(side.tokens[from]!.start, side.tokens[to]!.end);
}
/** Whether a word, as written, is a verb's past form ("met", "signed"). */
export function isPastForm(side: SentenceModel, word: string): boolean {
  const { pastForms, pastEndings } = side.lexicon;
  if (pastForms.has(word)) return true;
  for (const ending of pastEndings) if (word.endsWith(ending)) return true;
  return false;
}
