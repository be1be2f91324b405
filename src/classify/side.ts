import { tokenize, type Token } from '../vectorize/tokenize.js';

/** One side of an aligned pair: the text of its sentence (or two adjacent sentences) and their words. */
export interface Side {
  text: string;
  tokens: Token[];
}

export function toSide(text: string): Side {
  return { text, tokens: tokenize(text) };
}

/** Word sequences are matched over normalised words; '*' stands for any one word. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.word);
}

/** Token positions at which `words` start in `tokens`, not crossing clause punctuation. */
export function findPhrase(side: Side, words: readonly string[]): number[] {
  const found: number[] = [];
  const { tokens } = side;
  outer: for (let i = 0; i + words.length <= tokens.length; i++) {
    for (let k = 0; k < words.length; k++) {
      if (words[k] !== '*' && tokens[i + k]!.word !== words[k]) continue outer;
      if (k > 0 && breaksClause(side, i + k - 1)) continue outer;
    }
    found.push(i);
  }
  return found;
}

/** True when punctuation between token i and token i + 1 ends a clause. */
export function breaksClause(side: Side, i: number): boolean {
  const next = side.tokens[i + 1];
  if (!next) return true;
  return /[,;:.!?()\[\]"“”«»—–]|\s-\s/.test(side.text.slice(side.tokens[i]!.end, next.start));
}

/** The text from the start of token `from` to the end of token `to`. */
export function slice(side: Side, from: number, to: number): string {
  return side.text.slice(side.tokens[from]!.start, side.tokens[to]!.end);
}
