import { describe, expect, it } from 'vitest';
import { resolveColorLevel } from '../src/cli/color.js';
import { defaultLabels } from '../src/cli/compare-command.js';
import { compare } from '../src/index.js';
import { renderJson } from '../src/render/json.js';
import { createStyle } from '../src/render/style.js';
import { renderText } from '../src/render/text.js';

const hostile =
  'The sides met.\u001b]8;;http://evil.example\u0007click\u001b]8;;\u0007 They agreed \u202eon trade\u202c.\u200b Done\u009b31m.';
const report = compare(
  { text: hostile, label: 'A\u001b[2J' },
  { text: 'The sides met. They agreed on trade.', label: 'B' },
);

describe('terminal safety', () => {
  it.each([0, 1] as const)(
    'never writes control, bidi or zero-width characters raw (colour level %i)',
    (level) => {
      const text = renderText(report, { style: createStyle(level), width: 80 });
      const withoutOurColours = text.replace(/\u001b\[[0-9;]*m/g, '');
      expect(withoutOurColours).not.toMatch(
        /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/,
      );
      expect(withoutOurColours).toContain('\\x1b]8;;http://evil.example\\x07');
      expect(withoutOurColours).toContain('\\u202e');
      expect(withoutOurColours).toContain('A\\x1b[2J');
    },
  );

  it('keeps the exact text in JSON, escaped', () => {
    const json = renderJson(report);
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e]/);
    const parsed = JSON.parse(json);
    expect(parsed.a.sentences.map((s: { text: string }) => s.text).join(' ')).toContain(
      '\u202eon trade\u202c',
    );
  });
});

describe('text report', () => {
  it('marks reworded words without colour the way git --word-diff does', () => {
    const r = compare(
      'The ministers discussed trade and energy.',
      'The ministers discussed trade and security.',
    );
    const text = renderText(r, { style: createStyle(0), width: 0, wordDiff: true });
    expect(text).toContain('[-energy-]');
    expect(text).toContain('{+security+}');
  });

  it('prints a pair of the same text once, and never strikes a side through', () => {
    const r = compare('The ministers met in Rome.', 'the ministers met in Rome');
    const text = renderText(r, { style: createStyle(0), width: 0 });
    expect(text).toContain('same text');
    expect(text.match(/ministers met in Rome/gi)).toHaveLength(1);
    const coloured = renderText(
      compare(
        'The ministers discussed trade and energy.',
        'The ministers discussed trade and security.',
      ),
      { style: createStyle(1), width: 0, wordDiff: true },
    );
    expect(coloured).not.toContain('\u001b[9m');
  });

  it('puts a label wider than a third of the line on its own line', () => {
    const r = compare(
      {
        text: 'The ministers discussed trade and energy.',
        label: 'Washington (White House, joint statement)',
      },
      { text: 'The ministers discussed trade and security.', label: 'Rome' },
    );
    const lines = renderText(r, { style: createStyle(0), width: 60 }).split('\n');
    const at = lines.indexOf('    Washington (White House, joint statement):');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {6}The \[\[ministers discussed trade\]\]/);
  });

  it('names an only-sentence with the marker of its side and its closest counterpart', () => {
    const r = compare(
      'The ministers discussed trade and energy. Wheat prices in Europe rose sharply last year.',
      'The ministers discussed trade and energy. The leaders visited a museum in Europe.',
    );
    const text = renderText(r, { style: createStyle(0), width: 0 });
    expect(text).toMatch(/^ {2}< #2 \(1:43\)$/m);
    expect(text).toMatch(/^ {2}> #2 \(1:43\)$/m);
    // They share one word ("Europe") among several: similar, but far below the threshold.
    expect(text).toMatch(/closest in B: #2, similarity 0\.1\d/);
    expect(r.related.a).toEqual([{ index: 1, counterpart: 1, similarity: expect.any(Number) }]);
  });

  it('wraps to the width it is given', () => {
    const text = renderText(report, { style: createStyle(0), width: 40 });
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
  });
});

describe('default labels', () => {
  it.each([
    ['moscow.txt', 'dushanbe.txt', ['moscow', 'dushanbe']],
    ['2023/readout.txt', '2024/readout.txt', ['2023/readout', '2024/readout']],
    ['x/2023/readout.md', 'y/2023/readout.md', ['x/2023/readout', 'y/2023/readout']],
    ['-', 'kremlin/readout.html', ['stdin', 'readout']],
    ['readout.txt', './readout.txt', ['readout (A)', 'readout (B)']],
  ])('%s and %s', (a, b, labels) => {
    expect(defaultLabels(a, b)).toEqual(labels);
  });

  it.each([
    [
      ['a/readout.txt', 'b/readout.txt', 'tass.txt'],
      ['a/readout', 'b/readout', 'tass'],
    ],
    [
      ['x.txt', 'x.txt', 'y.txt'],
      ['x (A)', 'x (B)', 'y'],
    ],
    [
      ['-', 'r/x.md', 's/x.md', 'x.md'],
      ['stdin', 'r/x', 's/x', 'x'],
    ],
  ])('%j, only the clashing ones lengthened', (paths, labels) => {
    expect(defaultLabels(...paths)).toEqual(labels);
  });
});

describe('resolveColorLevel', () => {
  it.each([
    ['auto', {}, true, 1],
    ['auto', {}, false, 0],
    ['auto', { NO_COLOR: '1' }, true, 0],
    ['auto', { NO_COLOR: '' }, true, 1],
    ['auto', { FORCE_COLOR: '1' }, false, 1],
    ['auto', { FORCE_COLOR: '3' }, false, 3],
    ['auto', { FORCE_COLOR: '0' }, true, 0],
    ['auto', { FORCE_COLOR: '1', NO_COLOR: '1' }, false, 1],
    ['always', { NO_COLOR: '1' }, false, 1],
    ['never', { FORCE_COLOR: '3' }, true, 0],
  ] as const)('--color %s with %j on a TTY: %s gives level %i', (choice, env, tty, level) => {
    expect(resolveColorLevel(choice, env, tty)).toBe(level);
  });
});
