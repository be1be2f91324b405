import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../src/index.js';
import { tokenize } from '../src/vectorize/tokenize.js';
import { FLAGSHIP } from './helpers/cli.js';
import { expectLinearWork } from './helpers/growth.js';

// The whole pipeline on inputs that make text tools slow, against a normal readout: four times
// the input takes at most about four times the counted work, never sixteen. scripts/adversarial.mjs
// prints their run times at 1 MB; the suite asserts no clock.
const SIZE = 10_000;
const READOUT = readFileSync(FLAGSHIP.a, 'utf8');

const repeat = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const inputs: Record<string, string> = {
  'text without punctuation': repeat('word '),
  '"a." run together': repeat('a.'),
  dots: repeat('.'),
  '"Mr. " repeated': repeat('Mr. '),
  'nested brackets': '('.repeat(SIZE / 2) + ')'.repeat(SIZE / 2),
  'one very long word': repeat('x'),
  'one very long word with soft hyphens': repeat('negotiation\u00ad'),
  'one very long CJK run': repeat('两国外长讨论了贸易谈判'),
  newlines: repeat('\n'),
  'CRLF line ends': repeat('\r\n'),
  'short sentences': repeat('The ministers discussed trade. '),
};

describe('compare() growth on adversarial input', () => {
  it.each(Object.entries(inputs))('compares %s in linear work', (_name, text) => {
    expectLinearWork(
      (scale) => text.repeat(scale),
      (input) => compare(input, READOUT, { lang: 'en' }),
    );
  });

  it('compares readout words without punctuation with their denial in linear work', () => {
    // One endless sentence on each side, aligned: the cues read a clause per verb ("agreed") to the
    // clause's end, so that the work would grow with the square of the sentence.
    const text = repeat('the ministers agreed and trade and energy and security and ');
    expectLinearWork(
      (scale) => text.repeat(scale),
      (input) =>
        compare(input, `The minister did not ${input.replaceAll(' and ', ' or ')}`, { lang: 'en' }),
    );
  });

  it('tokenizes a long word in linear work, unstemmed (the stemmer is quadratic in its length)', () => {
    const word = 'negotiations'.repeat(1_000);
    // A stemmed word would lose its final "s".
    expect(tokenize(word).map((t) => t.term)).toEqual([word]);
    expectLinearWork((scale) => word.repeat(scale), tokenize);
  });
});
