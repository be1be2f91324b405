import { readFileSync } from 'node:fs';

const NEWLINE = 0x0a;
const SPACE = 0x20;

/**
 * A table of one line a key, sorted by byte (written at build time), and where each of its lines
 * starts: a run reads both as bytes and never decodes or parses the table whole, so a large table
 * costs it only the lines it looks at.
 */
export interface SortedLines {
  bytes: Buffer;
  /** 32-bit little-endian integers: the table's length in bytes, then the offset of each line. */
  starts: Buffer;
}

/** What the build writes beside a table as `<file>.starts` (see SortedLines). */
export function lineStarts(bytes: Uint8Array): Buffer {
  const offsets = [bytes.length];
  for (let start = 0; start < bytes.length;) {
    offsets.push(start);
    const end = bytes.indexOf(NEWLINE, start);
    start = end === -1 ? bytes.length : end + 1;
  }
  const starts = Buffer.alloc(4 * offsets.length);
  offsets.forEach((offset, k) => starts.writeUInt32LE(offset, 4 * k));
  return starts;
}

/** A table whose line starts are found here, for a table the build wrote none for. */
export function sortedLines(bytes: Buffer): SortedLines {
  return { bytes, starts: lineStarts(bytes) };
}

/**
 * The table in `file` with the line starts the build wrote beside it; they are found again when
 * that file is missing or was written for a table of another length (a table rebuilt alone).
 */
export function readSortedLines(file: URL): SortedLines {
  const bytes = readFileSync(file);
  let starts: Buffer | undefined;
  try {
    starts = readFileSync(new URL(`${file.href}.starts`));
  } catch {
    // not built: found below
  }
  return starts !== undefined && starts.length >= 4 && starts.readUInt32LE(0) === bytes.length
    ? { bytes, starts }
    : sortedLines(bytes);
}

/**
 * The rest of the line of the table that starts with `key` and a space, or undefined. A bisection
 * over the lines' starts, comparing bytes in JavaScript rather than with Buffer's compare, a call
 * into Node's C++ with its arguments checked in JavaScript first; without the starts, each step
 * walked back to the start of a line, a few thousand bytes read for a run's few dozen look-ups.
 */
export function lineFor({ bytes, starts }: SortedLines, key: string): string | undefined {
  const sought = Buffer.from(key);
  // Invariant: the key's line, if any, is one of lines low .. high - 1 (line k's start at 4 × k).
  let low = 1;
  let high = starts.length >>> 2;
  while (low < high) {
    const line = (low + high) >>> 1;
    const start = starts.readUInt32LE(4 * line);
    // The line's key against the sought one, byte by byte, up to the space that ends it.
    let i = 0;
    let order = 0;
    for (; ; i++) {
      const byte = bytes[start + i];
      if (byte === SPACE || byte === NEWLINE || byte === undefined) {
        order = i < sought.length ? 1 : 0;
        break;
      }
      if (i === sought.length) {
        order = -1;
        break;
      }
      if (sought[i] !== byte) {
        order = sought[i]! - byte;
        break;
      }
    }
    if (order < 0) {
      high = line;
    } else if (order > 0) {
      low = line + 1;
    } else {
      const end = bytes.indexOf(NEWLINE, start + i);
      return bytes[start + i] === SPACE && end !== -1
        ? bytes.toString('utf8', start + i + 1, end)
        : undefined;
    }
  }
  return undefined;
}
