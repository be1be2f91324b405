import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/index.js';

// Inputs that make naive splitters slow (catastrophic regex backtracking, quadratic rescans).
// The splitter is linear: each of these 200 KB inputs takes milliseconds, and 1 MB ones well under
// a second (see docs/segmentation.md). The bound below is generous on purpose: it catches a
// quadratic slip (minutes) without making the test flaky on a slow machine.
const SIZE = 200_000;
const GENEROUS_BOUND_MS = 5_000;

const repeat = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length));

const inputs: Record<string, string> = {
  'text without punctuation': repeat('word '),
  '"a." run together': repeat('a.'),
  '"a." spaced': repeat('a. '),
  dots: repeat('.'),
  'spaced dots': repeat('. '),
  '"Mr. " repeated': repeat('Mr. '),
  'one very long word': repeat('x'),
  'deeply nested brackets': '('.repeat(SIZE / 2) + ')'.repeat(SIZE / 2),
  'deeply nested quotes': repeat('“«"(') + repeat(')"»”'),
  'nested brackets with spaces': repeat('( ') + repeat(') '),
  'single newlines': repeat('a\n'),
  'CRLF lines': repeat('The talks\r\n'),
  'dotted abbreviations run together': repeat('U.S.'),
  'question marks': repeat('?!'),
  'list markers': repeat('1. a 2. b '),
  bullets: repeat('• '),
  'sentences without spaces': repeat('world.Today'),
  'capitalised lines': repeat('MOSCOW, April -\n'),
};

describe('splitSentences run time', () => {
  it.each(Object.entries(inputs))('splits %s quickly', (_, text) => {
    const started = performance.now();
    const spans = splitSentences(text);
    expect(performance.now() - started).toBeLessThan(GENEROUS_BOUND_MS);
    expect(spans.length).toBeGreaterThan(0);
  });

  it('splits 250,000 repetitions of "Mr. " into one sentence', () => {
    const text = 'Mr. '.repeat(250_000);
    expect(splitSentences(text)).toEqual([{ start: 0, end: text.length - 1 }]);
  });

  it('keeps long regular text at one sentence per sentence', () => {
    const text = 'He met Mr. Smith at 5 p.m. in the U.S. The talks went on. '.repeat(5_000);
    expect(splitSentences(text)).toHaveLength(10_000);
  });
});
