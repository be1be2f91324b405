import { isUtf8 } from 'node:buffer';
import { InputError } from './errors.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/**
 * Turns the bytes of a document into text. UTF-8 (BOM optional) and UTF-16 (with a BOM, or
 * recognised by its zero bytes) are accepted; anything else is refused rather than guessed at,
 * because a wrongly decoded document would be compared as if it were right.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError('file is empty');
  refuseKnownBinary(bytes);
  const encoding = detectEncoding(bytes);
  if (encoding === 'utf-8') return { text: decodeUtf8(bytes), encoding };
  return { text: decodeUtf16(bytes, encoding), encoding };
}

/** File formats people pass by mistake, recognised by their first bytes, with what to do instead. */
const SIGNATURES: readonly { magic: readonly number[]; problem: string }[] = [
  {
    magic: [0x25, 0x50, 0x44, 0x46, 0x2d],
    problem: 'binary data (a PDF document); extract its text first, e.g. with pdftotext',
  },
  { magic: [0x89, 0x50, 0x4e, 0x47], problem: 'binary data (a PNG image); expected text' },
  { magic: [0xff, 0xd8, 0xff], problem: 'binary data (a JPEG image); expected text' },
  { magic: [0x47, 0x49, 0x46, 0x38], problem: 'binary data (a GIF image); expected text' },
  {
    magic: [0x50, 0x4b, 0x03, 0x04],
    problem:
      'binary data (a ZIP archive, such as a .docx or .odt file); save it as plain text first',
  },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0],
    problem: 'binary data (an old Microsoft Office document); save it as plain text first',
  },
  { magic: [0x1f, 0x8b], problem: 'binary data (gzip-compressed); decompress it first' },
  // Before the UTF-16 BOMs, which their first two bytes match.
  { magic: [0xff, 0xfe, 0x00, 0x00], problem: 'UTF-32 is not supported; save the file as UTF-8' },
  { magic: [0x00, 0x00, 0xfe, 0xff], problem: 'UTF-32 is not supported; save the file as UTF-8' },
];

function refuseKnownBinary(bytes: Uint8Array): void {
  const known = SIGNATURES.find(
    ({ magic }) => magic.length <= bytes.length && magic.every((byte, i) => bytes[i] === byte),
  );
  if (known) throw new InputError(known.problem);
}

function detectEncoding(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return utf16WithoutBom(bytes) ?? 'utf-8';
}

/**
 * Text in UTF-16 without a BOM has a zero byte in most code units of Latin text, on one side only.
 * A few zeros on the other side are allowed: characters such as U+0100 or U+3000 have one there.
 */
function utf16WithoutBom(bytes: Uint8Array): Encoding | undefined {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return undefined;
  let zerosEven = 0;
  let zerosOdd = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) zerosEven++;
    if (bytes[i + 1] === 0) zerosOdd++;
  }
  const units = sample / 2;
  const many = units * 0.4;
  const few = units * 0.02;
  if (zerosOdd > many && zerosEven <= few) return 'utf-16le';
  if (zerosEven > many && zerosOdd <= few) return 'utf-16be';
  return undefined;
}

function decodeUtf8(bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError(`binary data (NUL byte at byte ${nul}); expected text`);
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8Byte(bytes);
    throw new InputError(
      `invalid UTF-8 at byte ${offset} (line ${lineAt(bytes, offset)}); convert the file to UTF-8 (from Windows-1252: iconv -f windows-1252 -t utf-8)`,
    );
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  if (bytes.length % 2 !== 0)
    throw new InputError(`invalid ${encoding.toUpperCase()}: odd number of bytes`);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`invalid ${encoding.toUpperCase()} (unpaired surrogate)`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf('\u0000');
  if (nul !== -1)
    throw new InputError(`binary data (NUL character at character ${nul}); expected text`);
  return text;
}

/** Byte offset of the first malformed UTF-8 sequence; only called once a document is known to be invalid. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length =
      b < 0x80
        ? 1
        : b >= 0xc2 && b < 0xe0
          ? 2
          : b >= 0xe0 && b < 0xf0
            ? 3
            : b >= 0xf0 && b < 0xf5
              ? 4
              : 0;
    if (length === 0 || i + length > bytes.length) return i;
    if (!isUtf8(bytes.subarray(i, i + length))) return i;
    i += length;
  }
  return i;
}

/** 1-based line of a byte offset, counting line feeds before it. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) line++;
  return line;
}
