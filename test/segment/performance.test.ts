import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/index.js';
import { MAX_SENTENCE_WORDS } from '../../src/segment/boundaries.js';
import { expectLinearWork } from '../helpers/growth.js';

// Inputs that make naive splitters slow (quadratic rescans of a token or a paragraph). The
// splitter is linear: four times the input takes at most about four times the counted work, where
// a rescan per boundary would take sixteen. Run times are printed by `npm run bench:adversarial`
// (scripts/adversarial.mjs), not asserted here.
const SIZE = 10_000;

const repeat = (unit: string, size = SIZE): string => unit.repeat(Math.ceil(size / unit.length));

const inputs: Record<string, string> = {
  'text without punctuation': repeat('word '),
  '"a." run together': repeat('a.'),
  '"a." spaced': repeat('a. '),
  dots: repeat('.'),
  'spaced dots': repeat('. '),
  '"Mr. " repeated': repeat('Mr. '),
  'one very long word': repeat('x'),
  'deeply nested brackets': repeat('(', SIZE / 2) + repeat(')', SIZE / 2),
  'deeply nested quotes': repeat('“«"(', SIZE / 2) + repeat(')"»”', SIZE / 2),
  'nested brackets with spaces': repeat('( ', SIZE / 2) + repeat(') ', SIZE / 2),
  'single newlines': repeat('a\n'),
  'CRLF lines': repeat('The talks\r\n'),
  'dotted abbreviations run together': repeat('U.S.'),
  'question marks': repeat('?!'),
  'list markers': repeat('1. a 2. b '),
  bullets: repeat('• '),
  'sentences without spaces': repeat('world.Today'),
  'capitalised lines': repeat('MOSCOW, April -\n'),
};

describe('splitSentences growth', () => {
  it.each(Object.entries(inputs))('splits %s in linear work', (_, text) => {
    expect(splitSentences(text).length).toBeGreaterThan(0);
    expectLinearWork((scale) => text.repeat(scale), splitSentences);
  });

  it('ends no sentence at "Mr. ", however often it is repeated', () => {
    const text = 'Mr. '.repeat(MAX_SENTENCE_WORDS);
    expect(splitSentences(text)).toEqual([{ start: 0, end: text.length - 1 }]);
  });

  it('cuts text without sentence punctuation every MAX_SENTENCE_WORDS words', () => {
    const text = 'Mr. '.repeat(250_000);
    const spans = splitSentences(text);
    expect(spans).toHaveLength(250_000 / MAX_SENTENCE_WORDS);
    // Each span starts at a word, holds as many words as the cap and ends at the last of them.
    spans.forEach((span, k) => {
      const start = k * MAX_SENTENCE_WORDS * 'Mr. '.length;
      expect(span).toEqual({ start, end: start + MAX_SENTENCE_WORDS * 'Mr. '.length - 1 });
    });
  });

  it('keeps long regular text at one sentence per sentence', () => {
    const text = 'He met Mr. Smith at 5 p.m. in the U.S. The talks went on. '.repeat(5_000);
    expect(splitSentences(text)).toHaveLength(10_000);
  });
});
