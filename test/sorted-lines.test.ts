import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineFor } from '../src/io/sorted-lines.js';

describe('lineFor', () => {
  it('finds the line of every key of a table sorted by byte, and no line for any other word', () => {
    const word = fc.string({
      unit: fc.constantFrom('a', 'b', 'c', 'z', 'é', 'ж', '1', '-'),
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), word, (keys, other) => {
        const byBytes = (x: string, y: string) => Buffer.compare(Buffer.from(x), Buffer.from(y));
        const sorted = [...keys].sort(byBytes);
        const table = Buffer.from(sorted.map((key, k) => `${key} rest${k} of ${key}\n`).join(''));
        sorted.forEach((key, k) => expect(lineFor(table, key)).toBe(`rest${k} of ${key}`));
        if (!keys.includes(other)) expect(lineFor(table, other)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
