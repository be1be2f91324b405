// Plain-text tables and units for the benchmark output.

/** Columns padded to their widest cell; numbers (and anything marked right) align right. */
export function formatTable(columns, rows) {
  const widths = columns.map((column, k) =>
    Math.max(column.title.length, ...rows.map((row) => row[k].length)),
  );
  const line = (cells) =>
    cells
      .map((cell, k) => (columns[k].right ? cell.padStart(widths[k]) : cell.padEnd(widths[k])))
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((c) => c.title)),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

export function milliseconds(ms) {
  if (ms === undefined) return '-';
  return ms < 1000 ? `${ms.toFixed(ms < 10 ? 1 : 0)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

export function megabytes(mb) {
  return mb === undefined
    ? '-'
    : mb < 1024
      ? `${Math.round(mb)} MB`
      : `${(mb / 1024).toFixed(2)} GB`;
}

export function fixed(x, digits = 3) {
  return x === undefined ? '-' : x.toFixed(digits);
}

export function count(n) {
  return n === undefined ? '-' : n.toLocaleString('en-US');
}
