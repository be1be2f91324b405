import { Chalk, type ChalkInstance } from 'chalk';

/** How each part of a report looks; with colour level 0 every function returns its text unchanged, except the marks. */
export interface Style {
  heading: (s: string) => string;
  contradiction: (s: string) => string;
  shared: (s: string) => string;
  /** Sentences on one side only: A's (and check's only-sentences), and B's. */
  only: (s: string) => string;
  onlyB: (s: string) => string;
  /** Words that carry a verdict, on side A and on side B: neutral colours, neither side looks wrong. */
  evidenceA: (s: string) => string;
  evidenceB: (s: string) => string;
  /** Words one side has and the other lacks (--word-diff). */
  changedA: (s: string) => string;
  changedB: (s: string) => string;
  cue: (s: string) => string;
  warning: (s: string) => string;
  dim: (s: string) => string;
  escape: (s: string) => string;
}

export type ColorLevel = 0 | 1 | 2 | 3;

export function createStyle(level: ColorLevel): Style {
  const c: ChalkInstance = new Chalk({ level });
  const colored = level > 0;
  // Without colour, marks a pipe keeps: [[evidence]], and word changes the way
  // `git diff --word-diff=plain` marks them.
  const bracket = (open: string, close: string) => (s: string) => `${open}${s}${close}`;
  return {
    heading: c.bold,
    contradiction: c.red.bold,
    shared: c.green,
    only: c.yellow,
    onlyB: c.cyan,
    evidenceA: colored ? c.bold.blue : bracket('[[', ']]'),
    evidenceB: colored ? c.bold.magenta : bracket('[[', ']]'),
    changedA: colored ? c.blue.underline : bracket('[-', '-]'),
    changedB: colored ? c.magenta.underline : bracket('{+', '+}'),
    cue: c.bold,
    warning: c.yellow.bold,
    dim: c.dim,
    escape: c.inverse,
  };
}
