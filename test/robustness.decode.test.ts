import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../src/load/index.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('decodeBytes names what it refuses', () => {
  it.each([
    ['PDF', bytes('%PDF-1.7\n'), /^binary data \(a PDF document\)/],
    ['PNG', bytes([0x89], 'PNG\r\n'), /^binary data \(a PNG image\)/],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0]), /^binary data \(a JPEG image\)/],
    ['GIF', bytes('GIF89a'), /^binary data \(a GIF image\)/],
    ['ZIP (.docx)', bytes('PK', [3, 4]), /^binary data \(a ZIP archive/],
    [
      'old Office',
      bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]),
      /^binary data \(an old Microsoft Office document\)/,
    ],
    ['gzip', bytes([0x1f, 0x8b, 8]), /^binary data \(gzip-compressed\)/],
    ['UTF-32LE', bytes([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), /^UTF-32 is not supported/],
    ['UTF-32BE', bytes([0, 0, 0xfe, 0xff, 0, 0, 0, 0x41]), /^UTF-32 is not supported/],
  ])('%s', (_name, input, message) => {
    expect(() => decodeBytes(input)).toThrow(message);
  });

  it('gives the line of invalid UTF-8', () => {
    expect(() => decodeBytes(bytes('one\ntwo\nthr', [0xe9], 'e'))).toThrow(
      /^invalid UTF-8 at byte 11 \(line 3\)/,
    );
  });

  it('reads text that merely starts like a signature', () => {
    expect(decodeBytes(bytes('PK is an abbreviation. GIF too.')).text).toBe(
      'PK is an abbreviation. GIF too.',
    );
  });
});
