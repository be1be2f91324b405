import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences, type Span } from '../../src/segment/index.js';
import { piecedText, TRICKY_PIECES } from '../helpers/tricky-text.js';
import { readoutCases } from './readout-cases.js';

/** Checks what every result promises, whatever the sentences are. */
function checkGuarantees(text: string, spans: Span[]): void {
  const owner = new Array<number>(text.length).fill(-1);
  let previousEnd = 0;
  spans.forEach((span, k) => {
    expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
    expect(span.start).toBeGreaterThanOrEqual(previousEnd); // in order, non-overlapping
    expect(span.end).toBeGreaterThan(span.start); // non-empty
    expect(span.end).toBeLessThanOrEqual(text.length);
    const sentence = text.slice(span.start, span.end);
    expect(sentence).toBe(sentence.trim()); // trimmed
    for (let i = span.start; i < span.end; i++) owner[i] = k;
    previousEnd = span.end;
  });
  // Nothing lost: every character outside all spans is white space.
  for (let i = 0; i < text.length; i++) {
    if (owner[i] === -1) expect(text[i]!.trim()).toBe('');
  }
}

const extraTexts = [
  '',
  '   \n\t  ',
  '.',
  '...',
  '? ! .',
  'Mr.',
  'U.S.',
  '1.',
  '• ',
  '\r\n\r\n',
  'No final punctuation',
  'Line one\r\nline two\rline three\u2028Line four\u2029Line five',
  '\u00a0Lead and trail\u00a0',
  'Emoji 😀. Next 😀 sentence!',
  '((("Nested?")))',
];

describe('splitSentences guarantees', () => {
  it.each(readoutCases)('hold for readout case: $name', ({ text }) => {
    checkGuarantees(text, splitSentences(text));
  });

  it.each(extraTexts.map((text) => [JSON.stringify(text), text]))(
    'hold for edge case %s',
    (_, text) => {
      checkGuarantees(text, splitSentences(text));
    },
  );

  it('hold for random text made of tricky pieces', () => {
    fc.assert(
      fc.property(piecedText(fc.constantFrom(...TRICKY_PIECES), 40), (text) => {
        checkGuarantees(text, splitSentences(text));
      }),
      { numRuns: 500 },
    );
  });

  it('returns spans that slice back to the sentences of the text as given', () => {
    const text = '  He said: "We agree."\r\n\r\nThe talks ended.  ';
    const sentences = splitSentences(text).map(({ start, end }) => text.slice(start, end));
    expect(sentences).toEqual(['He said: "We agree."', 'The talks ended.']);
  });
});
