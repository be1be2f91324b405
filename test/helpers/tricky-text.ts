// Random text made of the pieces that make text hard to split and to read, shared by the property
// tests of the splitter (test/segment/guarantees.test.ts) and of compare() (test/properties.test.ts).
import fc from 'fast-check';

/**
 * Abbreviations, enumerators and bullets, ellipses, quotes and brackets, line ends and other white
 * space, markup, escapes, and characters that normalise, combine or are invalid on their own.
 */
export const TRICKY_PIECES: readonly string[] = [
  'Mr.',
  'U.S.',
  'a.m.',
  'The',
  'the',
  'I',
  'E.',
  '1.',
  '2)',
  '(a)',
  'i.',
  '•',
  '-',
  '...',
  '…',
  '. . .',
  '.',
  '?',
  '!',
  '"',
  '“',
  '”',
  '«',
  '»',
  '(',
  ')',
  '[',
  ']',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\n\n',
  '\t',
  'MOSCOW,',
  'etc.',
  'No.',
  '5',
  'world.Today',
  'x@y.com',
  'D.C.',
  '\u00a0',
  'ü',
  'Ü',
  '\u2028',
  ',',
  '—',
  '# ',
  '**',
  '<p>',
  '&amp;',
  '\u00ad',
  '\u200b',
  '\u202e',
  '\u001b[2J',
  'e\u0301',
  'ﬁ',
  '😀',
  '\ud83d',
  '\udc00',
];

/** Text joined from up to `maxPieces` pieces. */
export function piecedText(piece: fc.Arbitrary<string>, maxPieces: number): fc.Arbitrary<string> {
  return fc.array(piece, { maxLength: maxPieces }).map((pieces) => pieces.join(''));
}
