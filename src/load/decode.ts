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
  const encoding = detectEncoding(bytes);
  if (encoding === 'utf-8') return { text: decodeUtf8(bytes), encoding };
  return { text: decodeUtf16(bytes, encoding), encoding };
}

function detectEncoding(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return utf16WithoutBom(bytes) ?? 'utf-8';
}

/** Text in UTF-16 without a BOM has a zero byte in most code units of Latin text. */
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
  if (zerosOdd > units * 0.4 && zerosEven === 0) return 'utf-16le';
  if (zerosEven > units * 0.4 && zerosOdd === 0) return 'utf-16be';
  return undefined;
}

function decodeUtf8(bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError(`binary data (NUL byte at byte ${nul}); expected text`);
  if (!isUtf8(bytes)) {
    throw new InputError(`invalid UTF-8 at byte ${firstInvalidUtf8Byte(bytes)}; save the file as UTF-8 or UTF-16`);
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  if (bytes.length % 2 !== 0) throw new InputError(`invalid ${encoding.toUpperCase()}: odd number of bytes`);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`invalid ${encoding.toUpperCase()} (unpaired surrogate)`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf('\u0000');
  if (nul !== -1) throw new InputError(`binary data (NUL character at character ${nul}); expected text`);
  return text;
}

/** Byte offset of the first malformed UTF-8 sequence; only called once a document is known to be invalid. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    if (!isUtf8(bytes.subarray(i, i + length))) return i;
    i += length;
  }
  return i;
}
