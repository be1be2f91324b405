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
  const colored = level > 0;
  const c = colored ? sgr : () => plain;
  // Without colour, marks a pipe keeps: [[evidence]], and word changes the way
  // `git diff --word-diff=plain` marks them.
  const bracket = (open: string, close: string) => (s: string) => `${open}${s}${close}`;
  return {
    heading: c('bold'),
    contradiction: c('red', 'bold'),
    shared: c('green'),
    only: c('yellow'),
    onlyB: c('cyan'),
    evidenceA: colored ? c('bold', 'blue') : bracket('[[', ']]'),
    evidenceB: colored ? c('bold', 'magenta') : bracket('[[', ']]'),
    changedA: colored ? c('blue', 'underline') : bracket('[-', '-]'),
    changedB: colored ? c('magenta', 'underline') : bracket('{+', '+}'),
    cue: c('bold'),
    warning: c('yellow', 'bold'),
    dim: c('dim'),
    escape: c('inverse'),
  };
}

const plain = (s: string) => s;

/** The SGR codes that turn each style on and off; the named colours are the same at every level. */
const SGR_CODES = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  inverse: [7, 27],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
} as const;

/**
 * Styles applied outermost first, written as chalk writes them (chalk's load, with the terminal
 * detection it does on import, was a few milliseconds of every start): a style already closed
 * inside the text is opened again after its close, and every line is closed and opened again
 * around its line break.
 */
function sgr(...names: (keyof typeof SGR_CODES)[]): (s: string) => string {
  const codes = names.map((name) => SGR_CODES[name].map((n) => `\u001B[${n}m`));
  const openAll = codes.map(([open]) => open).join('');
  const closeAll = codes
    .map(([, close]) => close)
    .reverse()
    .join('');
  const innermostFirst = [...codes].reverse();
  return (s) => {
    if (!s) return s;
    let text = s;
    if (text.includes('\u001B'))
      for (const [open, close] of innermostFirst) text = text.replaceAll(close!, close! + open!);
    if (text.includes('\n'))
      text = text.replace(/\r?\n/g, (lineBreak) => closeAll + lineBreak + openAll);
    return openAll + text + closeAll;
  };
}
