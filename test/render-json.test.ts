// The JSON report written in pieces (the CLI's way, so a long report is never one string) is
// renderJson's text exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from '../src/index.js';
import { renderJson, renderJsonChunks } from '../src/render/json.js';
import type { Report } from '../src/report/types.js';

const whole = (report: unknown) => [...renderJsonChunks(report as Report)].join('');

describe('renderJsonChunks', () => {
  it('joins to renderJson for any JSON-like value, lists longer than a batch included', () => {
    // Lists of up to 600 items cross the 32-item batches; the strings hold unsafe characters and
    // newlines, which are escaped, never split.
    const leaf = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, tie('list'), tie('object')),
      list: fc.oneof(
        fc.array(tie('node'), { maxLength: 4 }),
        fc.array(leaf, { minLength: 250, maxLength: 600 }),
      ),
      object: fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 5 }),
    })).object;
    fc.assert(
      fc.property(value, (report) => {
        expect(whole(report)).toBe(renderJson(report as unknown as Report));
      }),
      { numRuns: 60 },
    );
  });

  it('writes a long list of large items in pieces of about 64K characters, never a batch much larger', () => {
    // A string of more than about 128 KB goes straight to V8's old generation and stays until a full
    // collection: a batch's text must stay well under that, whatever the items.
    const item = { text: 'x'.repeat(1000), values: [1, 2, 3] };
    const report = { matches: Array.from({ length: 2000 }, () => item) };
    const pieces = [...renderJsonChunks(report as unknown as Report)];
    expect(pieces.join('')).toBe(renderJson(report as unknown as Report));
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(110_000);
  });

  it('joins to renderJson for a report of two documents with a hundred and more sentences', () => {
    const sentences = Array.from(
      { length: 160 },
      (_, k) => `The ministers discussed item ${k} of the agenda \u202ein Geneva\u202c.`,
    );
    const report = compare(sentences.join(' '), sentences.slice(0, 150).reverse().join(' '));
    const pieces = [...renderJsonChunks(report)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(renderJson(report));
  });
});
