import { Chalk, type ChalkInstance } from 'chalk';

/** How each part of a report looks; with colour level 0 every function returns its text unchanged. */
export interface Style {
  heading: (s: string) => string;
  contradiction: (s: string) => string;
  shared: (s: string) => string;
  only: (s: string) => string;
  removed: (s: string) => string;
  added: (s: string) => string;
  cue: (s: string) => string;
  dim: (s: string) => string;
  escape: (s: string) => string;
}

export type ColorLevel = 0 | 1 | 2 | 3;

export function createStyle(level: ColorLevel): Style {
  const c: ChalkInstance = new Chalk({ level });
  const colored = level > 0;
  return {
    heading: c.bold,
    contradiction: c.red.bold,
    shared: c.green,
    only: c.yellow,
    // Without colour, word changes are marked the way `git diff --word-diff=plain` marks them.
    removed: colored ? c.red.strikethrough : (s) => `[-${s}-]`,
    added: colored ? c.green.underline : (s) => `{+${s}+}`,
    cue: c.magenta.bold,
    dim: c.dim,
    escape: c.inverse,
  };
}
