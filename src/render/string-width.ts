import stringWidth from 'fast-string-width';

/**
 * Characters that fast-string-width counts as one column each, whatever surrounds them, as long as
 * no variation selector or combining mark follows (neither is in the class): printable ASCII and
 * Latin-1, general punctuation (dashes, curly quotes, bullets, the ellipsis), arrows, box drawing,
 * and the report's ✓ and ✗ (test/string-width.test.ts holds them against the library).
 */
const ONE_COLUMN_EACH =
  /^[\x20-\x7e\xa0-\xff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u257f\u2713\u2717]*$/;

/**
 * The columns a string takes in a terminal, as fast-string-width counts them. The CLI's bundle
 * gives this to fast-wrap-ansi in its place (scripts/bundle-cli.mjs): the library's first look at
 * any character beyond Latin-1 compiles its emoji and East Asian expressions, some 3 ms of a
 * report's start, which text of these characters does not need.
 */
export default function terminalWidth(text: string, options?: Parameters<typeof stringWidth>[1]) {
  return ONE_COLUMN_EACH.test(text) ? text.length : stringWidth(text, options);
}
