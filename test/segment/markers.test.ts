import { describe, expect, it } from 'vitest';
import { markerReadings, markerReadingsIn } from '../../src/segment/markers.js';

describe('markerReadingsIn', () => {
  // Markers, bullets, and words of every length around the longest marker (9), in one text.
  const tokens = [
    '1.',
    '12)',
    '(iv)',
    'b)',
    'iii.',
    'ix.)',
    '•',
    '-',
    '*',
    '⁃9.',
    '•2.',
    '(xxxviii)',
    '(xxxviii).',
    'agreed.',
    'talks',
    'Mr.',
    'U.S.',
    'i',
    '–',
    'x)',
    'A.',
    'sides)',
    '1,000.',
    '▶',
    '.',
    ')',
    'abcdefghi.',
    'abcdefghij.',
    'a'.repeat(30) + '.',
  ];
  const text = tokens.join(' ');

  it('reads every token as markerReadings reads the token sliced from the text', () => {
    let from = 0;
    for (const token of tokens) {
      const to = from + token.length;
      expect(markerReadingsIn(text, from, to), token).toEqual(markerReadings(token));
      from = to + 1;
    }
  });
});
