import { MONTH_ABBREVIATIONS, MONTHS, NUMBER_WORDS, ORDINAL_WORDS, SCALES, UNIT_ALIASES } from './data/en.js';
import { slice, type Side } from './side.js';

/** A number or date in a sentence, keyed by what it counts so that only like is compared with like. */
export interface Quantity {
  /** 'date', 'year', or the stem of the word the number counts ('vehicl', 'round', 'percent'). */
  key: string;
  value: string;
  /** The words as written. */
  words: string;
}

const monthOf = new Map<string, number>([...MONTHS.map((m, i) => [m, i + 1] as const), ...Object.entries(MONTH_ABBREVIATIONS)]);

const DIGITS = /^(\d+)(st|nd|rd|th)?$/;

/** Finds numbers (digits or words, cardinal or ordinal, with scale words) and dates in a side. */
export function quantities(side: Side): Quantity[] {
  const found: Quantity[] = [];
  const { tokens } = side;
  let i = 0;
  while (i < tokens.length) {
    const number = readNumber(side, i);
    if (!number) {
      i++;
      continue;
    }
    const { value, next } = number;
    const before = tokens[i - 1];
    const monthBefore = before ? monthOf.get(before.word) : undefined;
    const monthAfter = tokens[next] ? monthOf.get(tokens[next]!.word) : undefined;
    if (monthBefore !== undefined && value >= 1 && value <= 31 && Number.isInteger(value)) {
      found.push({ key: 'date', value: `${monthBefore}-${value}`, words: slice(side, i - 1, next - 1) });
    } else if (monthAfter !== undefined && value >= 1 && value <= 31 && Number.isInteger(value)) {
      found.push({ key: 'date', value: `${monthAfter}-${value}`, words: slice(side, i, next) });
    } else if (/^\d{4}$/.test(tokens[i]!.word) && value >= 1800 && value <= 2199) {
      found.push({ key: 'year', value: String(value), words: tokens[i]!.surface });
    } else {
      const symbol = symbolBefore(side, i);
      const unit = symbol ? null : unitAfter(side, next);
      const words = slice(side, i, unit ? unit.index : next - 1);
      found.push({ key: symbol ?? unit?.term ?? 'number', value: String(value), words: symbol ? side.text.slice(side.tokens[i]!.start - 1, side.tokens[next - 1]!.end) : words });
    }
    i = next;
  }
  return found;
}

/** Reads one number starting at token i: "2.4 million", "1,000", "thirty-first", "16th", "one hundred". */
function readNumber(side: Side, i: number): { value: number; next: number } | null {
  const { tokens } = side;
  const token = tokens[i]!;
  let value: number;
  let next = i + 1;
  const digits = DIGITS.exec(token.word);
  if (digits) {
    let text = digits[1]!;
    // Rejoin what the word tokenizer split: thousands separators and decimals ("1,000", "2.4").
    while (next < tokens.length && /^\d+$/.test(tokens[next]!.word)) {
      const between = side.text.slice(tokens[next - 1]!.end, tokens[next]!.start);
      if (between === ',' && tokens[next]!.word.length === 3) text += tokens[next]!.word;
      else if (between === '.' && !text.includes('.')) text += `.${tokens[next]!.word}`;
      else break;
      next++;
    }
    value = Number(text);
  } else {
    const word = wordValue(token.word);
    if (word === undefined) return null;
    value = word;
    // Compound number words: "thirty-first", "one hundred", "twenty five".
    while (next < tokens.length) {
      const more = wordValue(tokens[next]!.word);
      const between = side.text.slice(tokens[next - 1]!.end, tokens[next]!.start);
      if (more === undefined || !/^[\s-]$/.test(between)) break;
      value = more === 100 ? value * 100 : value + more;
      next++;
    }
  }
  const scale = tokens[next] ? SCALES[tokens[next]!.word] : undefined;
  if (scale !== undefined) {
    value *= scale;
    next++;
  }
  return { value: Math.round(value * 1e6) / 1e6, next };
}

function wordValue(word: string): number | undefined {
  return NUMBER_WORDS[word] ?? ORDINAL_WORDS[word];
}

/** A currency sign written right before a number ("$62 billion"). */
function symbolBefore(side: Side, i: number): string | null {
  const before = side.text[side.tokens[i]!.start - 1];
  return before !== undefined && UNIT_ALIASES[before] !== undefined ? UNIT_ALIASES[before]! : null;
}

/** What a number counts: a sign after it ("%"), or the next content word, skipping at most one other word. */
function unitAfter(side: Side, from: number): { term: string; index: number } | null {
  const sign = side.text.slice(side.tokens[from - 1]!.end).trimStart()[0];
  if (sign !== undefined && UNIT_ALIASES[sign] !== undefined) return { term: UNIT_ALIASES[sign]!, index: from - 1 };
  for (let k = from; k < Math.min(side.tokens.length, from + 2); k++) {
    const token = side.tokens[k]!;
    const alias = UNIT_ALIASES[token.word];
    if (alias !== undefined) return { term: alias, index: k };
    if (token.term !== null && !monthOf.has(token.word)) return { term: token.term, index: k };
  }
  return null;
}
