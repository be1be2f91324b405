import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/index.js';
import { readoutCases } from './readout-cases.js';

const sentencesOf = (text: string): string[] =>
  splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences on readouts', () => {
  it.each(readoutCases)('$name', ({ text, expected }) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});
