// A hostile document through the CLI: escape sequences, controls, bidi and zero-width characters are
// shown escaped in the terminal report and kept exactly in JSON.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers/temp.js';
import { describe, expect, it } from 'vitest';
import { escapeUnsafe, escapeUnsafeJson } from '../src/render/escape.js';
import { run } from './helpers/cli.js';

const tmp = tempDir('terminal');

const HOSTILE_PIECES = {
  'OSC 52 clipboard write': '\u001b]52;c;cm0gLXJmIH4=\u0007',
  'OSC 8 hyperlink': '\u001b]8;;https://evil.example\u001b\\',
  'CSI clear screen': '\u001b[2J',
  'CSI cursor home': '\u001b[H',
  'C1 CSI': '\u009b31m',
  bell: '\u0007',
  backspace: '\u0008',
  'carriage return': 'x\ry',
  'right-to-left override': '\u202e',
  'pop directional formatting': '\u202c',
  'right-to-left isolate': '\u2067',
  'zero-width space': '\u200b',
  'zero-width joiner': '\u200d',
  'byte-order mark (white space to the splitter)': '\ufeff',
  'tag characters': '\u{e0041}\u{e0042}',
};
const hostileSentences = Object.values(HOSTILE_PIECES).map(
  (piece, i) => `Point ${i} of the talks was ${piece}trade and energy.`,
);
const hostileText = `${hostileSentences.join(' ')}\n`;
const hostile = join(tmp, 'hostile.txt');
writeFileSync(hostile, hostileText);
const plain = join(tmp, 'plain.txt');
writeFileSync(
  plain,
  'Point 0 of the talks was trade and energy. The sides agreed to meet again.\n',
);

/** Everything a document could use to act on a terminal or hide text from its reader. */
const RAW_UNSAFE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|[\u{e0000}-\u{e007f}]/u;
/** Our own colours: SGR sequences only, nothing else starting with ESC. */
const OWN_SGR = /\u001b\[[0-9;]*m/g;

describe('the text report on a terminal', () => {
  it.each(['never', 'always'])(
    'shows every unsafe character escaped, never raw (--color %s)',
    (color) => {
      const result = run([hostile, plain, '--color', color, '--width', '0']);
      expect(result.status).toBe(0);
      const withoutOwnColours = result.stdout.replace(OWN_SGR, '');
      expect(withoutOwnColours).not.toMatch(RAW_UNSAFE);
      for (const escaped of [
        '\\x1b]52;c;cm0gLXJmIH4=\\x07',
        '\\x1b[2J',
        '\\x9b31m',
        '\\u202e',
        '\\u2067',
        '\\u200b',
        '\\u{e0041}',
        '\\x08',
      ]) {
        expect(withoutOwnColours).toContain(escaped);
      }
      if (color === 'never') expect(result.stdout).not.toContain('\u001b');
      // With colour the escapes are drawn in reverse video, so they stand apart from literal text.
      if (color === 'always') expect(result.stdout).toContain('\u001b[7m\\x1b\u001b[27m');
    },
  );

  it('escapes a hostile label', () => {
    const result = run([hostile, plain, '--label-a', 'A\u001b]0;pwned\u0007', '--color', 'never']);
    expect(result.stdout).toContain('A\\x1b]0;pwned\\x07');
    expect(result.stdout).not.toMatch(RAW_UNSAFE);
  });

  it('escapes the sentences command too', () => {
    const result = run(['sentences', hostile]);
    expect(result.status).toBe(0);
    expect(result.stdout.replace(/[\t\n]/g, ' ')).not.toMatch(RAW_UNSAFE);
  });
});

describe('the other report formats', () => {
  it.each(['markdown', 'ndjson'])('%s holds no raw unsafe character', (format) => {
    const result = run([hostile, plain, '--format', format]);
    expect(result.status).toBe(0);
    expect(result.stdout.replace(/\n/g, ' ')).not.toMatch(RAW_UNSAFE);
  });
});

describe('the JSON report', () => {
  const result = run([hostile, plain, '--format', 'json']);

  it('holds no raw unsafe character', () => {
    expect(result.status).toBe(0);
    expect(result.stdout.replace(/\n/g, ' ')).not.toMatch(RAW_UNSAFE);
  });

  it('decodes back to the exact original text', () => {
    const report = JSON.parse(result.stdout);
    const sentences: { text: string; start: number; end: number }[] = report.a.sentences;
    expect(sentences.map((s) => s.text)).toEqual(
      hostileSentences.map((s) => s.replace(/\s+/g, ' ')),
    );
    for (const s of sentences)
      expect(hostileText.slice(s.start, s.end).replace(/\s+/g, ' ')).toBe(s.text);
  });
});

describe('escapeUnsafe and escapeUnsafeJson', () => {
  it('escape astral tag characters as one code point, and as a surrogate pair in JSON', () => {
    expect(escapeUnsafe('a\u{e0041}b')).toBe('a\\u{e0041}b');
    const json = escapeUnsafeJson(JSON.stringify('a\u{e0041}b'));
    expect(json).toBe('"a\\udb40\\udc41b"');
    expect(JSON.parse(json)).toBe('a\u{e0041}b');
  });

  it('leave ordinary text alone: accents, RTL and CJK letters, emoji with variation selectors', () => {
    const text = 'café ناقش השרים 两国 ❤️ 👍🏽';
    expect(escapeUnsafe(text)).toBe(text);
  });
});
