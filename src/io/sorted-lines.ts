const NEWLINE = 0x0a;
const SPACE = 0x20;

/**
 * The rest of the line of `table` that starts with `key` and a space, or undefined. The table has
 * one line a key, sorted by byte (written at build time), and is searched by bisection over its
 * bytes: it is read as bytes and never decoded or parsed whole, so a large table costs a run only
 * the lines it looks at. The bytes are compared here rather than with Buffer's indexOf and
 * compare, each a call into Node's C++ with its arguments checked in JavaScript first: a run's
 * few dozen look-ups made some three thousand such calls.
 */
export function lineFor(table: Buffer, key: string): string | undefined {
  const sought = Buffer.from(key);
  // Invariant: a line for the key, if any, starts within [low, high).
  let low = 0;
  let high = table.length;
  while (low < high) {
    let start = (low + high) >>> 1;
    while (start > 0 && table[start - 1] !== NEWLINE) start--;
    // The line's key against the sought one, byte by byte, up to the space that ends it.
    let i = 0;
    let order = 0;
    for (; ; i++) {
      const byte = table[start + i];
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
      high = start;
      continue;
    }
    const end = table.indexOf(NEWLINE, start + i);
    if (end === -1) return undefined;
    if (order === 0)
      return table[start + i] === SPACE ? table.toString('utf8', start + i + 1, end) : undefined;
    low = end + 1;
  }
  return undefined;
}
