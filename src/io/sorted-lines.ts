const NEWLINE = 0x0a;
const SPACE = 0x20;

/**
 * The rest of the line of `table` that starts with `key` and a space, or undefined. The table has
 * one line a key, sorted by byte (written at build time), and is searched by bisection over its
 * bytes: it is read as bytes and never decoded or parsed whole, so a large table costs a run only
 * the lines it looks at.
 */
export function lineFor(table: Buffer, key: string): string | undefined {
  const sought = Buffer.from(key);
  // Invariant: a line for the key, if any, starts within [low, high).
  let low = 0;
  let high = table.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const start = mid === 0 ? 0 : table.lastIndexOf(NEWLINE, mid - 1) + 1;
    const space = table.indexOf(SPACE, start);
    const end = table.indexOf(NEWLINE, start);
    if (space === -1 || end === -1) return undefined;
    const order = sought.compare(table, start, space);
    if (order === 0) return table.toString('utf8', space + 1, end);
    if (order > 0) low = end + 1;
    else high = start;
  }
  return undefined;
}
