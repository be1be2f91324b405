import stringWidth from 'fast-string-width';
import { describe, expect, it } from 'vitest';
import terminalWidth from '../src/render/string-width.js';

// The CLI's bundle gives src/render/string-width.ts to fast-wrap-ansi in place of fast-string-width;
// a wrong width would move a line break, so every character up to U+2FFF (its one-column class and
// all around it) is held against the library, alone and among others.
describe('terminalWidth', () => {
  it('counts every character up to U+2FFF as fast-string-width does, in any company', () => {
    for (let code = 0; code <= 0x2fff; code++) {
      const c = String.fromCodePoint(code);
      for (const text of [c, `a${c}b`, `${c}${c}`, `é ${c}’ ↔`])
        expect([code.toString(16), terminalWidth(text)]).toEqual([
          code.toString(16),
          stringWidth(text),
        ]);
    }
  });

  it('leaves everything else to the library: wide, emoji, combining, controls, escapes', () => {
    for (const text of [
      '中文',
      '✅ done',
      'e\u0301',
      '❤\ufe0f',
      'a\tb',
      '\u001b[1mbold\u001b[22m',
      '👍🏽',
      '',
    ])
      expect(terminalWidth(text)).toBe(stringWidth(text));
    expect(terminalWidth('中文')).toBe(4);
  });
});
