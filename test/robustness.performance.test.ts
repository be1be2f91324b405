import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../src/index.js';
import { tokenize } from '../src/vectorize/tokenize.js';
import { FLAGSHIP } from './helpers/cli.js';

// The whole pipeline on inputs that make text tools slow, against a normal readout. Each takes well
// under a second at 200 KB (scripts/adversarial.mjs times them at 1 MB); the bound is generous so as
// to catch a quadratic slip, which takes minutes, without being flaky on a slow machine.
const SIZE = 200_000;
const GENEROUS_BOUND_MS = 5_000;
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

describe('compare() run time on adversarial input', () => {
  it.each(Object.entries(inputs))('compares %s quickly', (_name, text) => {
    const started = performance.now();
    compare(text, READOUT, { lang: 'en' });
    expect(performance.now() - started).toBeLessThan(GENEROUS_BOUND_MS);
  });

  it('tokenizes a 1 MB word in linear time (the stemmer is quadratic, so long words skip it)', () => {
    const started = performance.now();
    const [token] = tokenize('x'.repeat(1_000_000));
    expect(performance.now() - started).toBeLessThan(GENEROUS_BOUND_MS);
    expect(token!.term).toHaveLength(1_000_000);
  });
});
