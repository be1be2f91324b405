import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { lineFor, lineStarts, readSortedLines, sortedLines } from '../src/io/sorted-lines.js';

const word = fc.string({
  unit: fc.constantFrom('a', 'b', 'c', 'z', 'é', 'ж', '1', '-'),
  minLength: 1,
  maxLength: 6,
});
const byBytes = (x: string, y: string) => Buffer.compare(Buffer.from(x), Buffer.from(y));
/** A table of the keys sorted by byte, each line the key and a rest that names its place. */
const tableOf = (keys: readonly string[]) =>
  Buffer.from(
    [...keys]
      .sort(byBytes)
      .map((key, k) => `${key} rest${k} of ${key}\n`)
      .join(''),
  );

describe('lineFor', () => {
  it('finds the line of every key of a table sorted by byte, and no line for any other word', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), word, (keys, other) => {
        const table = sortedLines(tableOf(keys));
        [...keys]
          .sort(byBytes)
          .forEach((key, k) => expect(lineFor(table, key)).toBe(`rest${k} of ${key}`));
        if (!keys.includes(other)) expect(lineFor(table, other)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('finds no rest for a key alone on its line, nor on a last line without its line break', () => {
    const table = sortedLines(Buffer.from('alone\nbeta gamma\nlast line'));
    expect(lineFor(table, 'alone')).toBeUndefined();
    expect(lineFor(table, 'beta')).toBe('gamma');
    expect(lineFor(table, 'last')).toBeUndefined();
  });
});

describe('lineStarts', () => {
  const values = (starts: Buffer) =>
    Array.from({ length: starts.length / 4 }, (_, k) => starts.readUInt32LE(4 * k));

  it("gives the table's length in bytes, then the byte where each line starts", () => {
    expect(values(lineStarts(Buffer.from('ab c\nd e\n\u00e9 f\n')))).toEqual([14, 0, 5, 9]);
    expect(values(lineStarts(Buffer.from('x y\nlast')))).toEqual([8, 0, 4]);
    expect(values(lineStarts(Buffer.alloc(0)))).toEqual([0]);
  });
});

describe('readSortedLines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-sorted-lines-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const table = tableOf(['alpha', 'beta', 'delta', 'gamma']);
  const file = join(dir, 'table.txt');
  writeFileSync(file, table);

  it('reads the line starts written beside the table', () => {
    const starts = lineStarts(table);
    writeFileSync(`${file}.starts`, starts);
    const read = readSortedLines(pathToFileURL(file));
    expect(read.starts).toEqual(starts);
    expect(lineFor(read, 'delta')).toBe('rest2 of delta');
  });

  it('finds the line starts again when none were written, or were written for another table', () => {
    rmSync(`${file}.starts`, { force: true });
    expect(readSortedLines(pathToFileURL(file)).starts).toEqual(lineStarts(table));
    writeFileSync(`${file}.starts`, lineStarts(tableOf(['alpha', 'gamma'])));
    const read = readSortedLines(pathToFileURL(file));
    expect(read.starts).toEqual(lineStarts(table));
    expect(lineFor(read, 'gamma')).toBe('rest3 of gamma');
  });
});
