// Properties of compare() that hold for any pair of texts: it never throws, it is deterministic and
// symmetric, offsets slice the source, and every sentence is reported exactly once.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, InputError, mirror, type DocumentInput, type Report } from '../src/index.js';
import { renderJson } from '../src/render/json.js';
import { createStyle } from '../src/render/style.js';
import { renderText } from '../src/render/text.js';
import { normalizeSpace } from '../src/segment/sentences.js';
import { FLAGSHIP } from './helpers/cli.js';
import { piecedText, TRICKY_PIECES } from './helpers/tricky-text.js';

const NUM_RUNS = 150;

/** Real readout sentences, so that random documents share some and differ in others. */
const SENTENCES = [FLAGSHIP.a, FLAGSHIP.b]
  .flatMap((path) => readFileSync(path, 'utf8').split(/(?<=[.!?])\s+/))
  .map((s) => s.trim())
  .filter((s) => s !== '');

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY_PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const readoutLike = piecedText(piece, 14);
const anyUnicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
const text = fc.oneof({ weight: 3, arbitrary: readoutLike }, { weight: 1, arbitrary: anyUnicode });
const format = fc.constantFrom('auto', 'text', 'markdown', 'html') as fc.Arbitrary<
  DocumentInput['format']
>;
const documents = fc.tuple(text, text, format);

const options = { lang: 'en' } as const;
/** Characters that act on a terminal or hide text, as test/robustness.terminal.test.ts defines them. */
const RAW_UNSAFE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|[\u{e0000}-\u{e007f}]/u;
const docs = (a: string, b: string, f: DocumentInput['format']): [DocumentInput, DocumentInput] => [
  { text: a, label: 'first', format: f },
  { text: b, label: 'second', format: f },
];

/** Each sentence index of each side, in exactly one match or in that side's only-list. */
/**
 * Every sentence is in the only-list or in matches, never both; a sentence stating two claims the
 * other side states apart may be in two matches, but once in each.
 */
function expectEverySentenceAccounted(report: Report): void {
  for (const side of ['a', 'b'] as const) {
    const matched = new Set(report.matches.flatMap((m) => m[side]));
    const only = side === 'a' ? report.onlyA : report.onlyB;
    expect(only.filter((i) => matched.has(i))).toEqual([]);
    expect([...matched, ...only].sort((p, q) => p - q)).toEqual(
      report[side].sentences.map((s) => s.index),
    );
    for (const m of report.matches) expect(new Set(m[side]).size).toBe(m[side].length);
  }
}

describe('compare() on any pair of texts', () => {
  it('never throws when the language is given', () => {
    fc.assert(
      fc.property(documents, ([a, b, f]) => {
        compare(...docs(a, b, f), options);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('throws nothing but an InputError (different languages) when it detects them', () => {
    fc.assert(
      fc.property(documents, ([a, b, f]) => {
        try {
          compare(...docs(a, b, f));
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as Error).message).toMatch(/different languages/);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('is deterministic: the JSON is byte-identical on a second run', () => {
    fc.assert(
      fc.property(documents, ([a, b, f]) => {
        expect(renderJson(compare(...docs(a, b, f), options))).toBe(
          renderJson(compare(...docs(a, b, f), options)),
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('is symmetric: compare(b, a) is mirror(compare(a, b))', () => {
    fc.assert(
      fc.property(documents, ([a, b, f]) => {
        const [first, second] = docs(a, b, f);
        expect(compare(second, first, options)).toEqual(mirror(compare(first, second, options)));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('gives plain-text sentences whose text is their source slice with white space collapsed', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const report = compare(...docs(a, b, 'text'), options);
        for (const [doc, source] of [
          [report.a, a],
          [report.b, b],
        ] as const) {
          for (const s of doc.sentences) {
            expect(s.text).toBe(normalizeSpace(source.slice(s.start, s.end)));
            expect(s.text).not.toBe('');
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('keeps the offsets of Markdown and HTML sentences in order and inside the source', () => {
    fc.assert(
      fc.property(documents, ([a, b, f]) => {
        const report = compare(...docs(a, b, f), options);
        for (const [doc, source] of [
          [report.a, a],
          [report.b, b],
        ] as const) {
          let previousEnd = 0;
          for (const s of doc.sentences) {
            expect(s.start).toBeGreaterThanOrEqual(previousEnd);
            expect(s.end).toBeGreaterThanOrEqual(s.start);
            expect(s.end).toBeLessThanOrEqual(source.length);
            previousEnd = s.end;
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('renders to text with no raw unsafe character, and to JSON that decodes to the same report', () => {
    fc.assert(
      fc.property(documents, fc.constantFrom<0 | 1>(0, 1), ([a, b, f], level) => {
        const report = compare(...docs(a, b, f), options);
        const text = renderText(report, { style: createStyle(level), width: 60 });
        expect(text.replace(/\u001b\[[0-9;]*m/g, '').replace(/\n/g, ' ')).not.toMatch(RAW_UNSAFE);
        expect(JSON.parse(renderJson(report))).toEqual(report);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('accounts for every sentence: in matches or in the only-list, never both', () => {
    fc.assert(
      fc.property(documents, ([a, b, f]) => {
        expectEverySentenceAccounted(compare(...docs(a, b, f), options));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
