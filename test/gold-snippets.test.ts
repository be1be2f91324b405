import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexOfWords } from '../src/corpus/score.js';

/** The lookup indexOfWords replaces: the snippet's words, escaped, joined by `\s+`. */
function byRegExp(source: string, words: string[]): number {
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('\\s+')).exec(source)?.index ?? -1;
}

describe('gold snippets', () => {
  it('are found where a regular expression of their words joined by white space finds them', () => {
    // Few letters and every kind of white space, so that words recur, overlap and half-match.
    const text = fc
      .array(
        fc.constantFrom('a', 'b', 'a.', '(b', ' ', '  ', '\n', '\t', '\u00a0', '\u2028', '\u3000'),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (source, snippet) => {
        const words = snippet.trim().split(/\s+/);
        expect(indexOfWords(source, words)).toBe(byRegExp(source, words));
      }),
      { numRuns: 2000 },
    );
  });

  it('start at the first place the whole snippet occurs, not the first word', () => {
    expect(indexOfWords('the talks. the talks  went on', ['the', 'talks', 'went'])).toBe(11);
    expect(indexOfWords('the talks went', ['talks', 'stalled'])).toBe(-1);
  });
});
