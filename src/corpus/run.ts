import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare, type CompareOptions } from '../compare.js';
import { decodeBytes } from '../load/index.js';
import type { Report } from '../report/types.js';
import { confinedPath, CorpusError, type Case } from './manifest.js';
import { scoreReport, type Scores } from './score.js';

export interface CaseResult {
  case: Case;
  report: Report;
  scores: Scores | undefined;
}

/** Reads a statement's text; an error names the file. */
export type ReadText = (path: string) => string;

const readDecoded: ReadText = (path) => {
  try {
    return decodeBytes(readFileSync(path)).text;
  } catch (error) {
    throw new CorpusError(`${path}: ${(error as Error).message}`);
  }
};

/**
 * Compares the two statements of a case with its options (overridden by `overrides`) and scores it
 * against its gold labels. `readText` reads a statement (the CLI's reader also enforces --max-bytes).
 */
export function runCase(
  c: Case,
  overrides: CompareOptions = {},
  readText: ReadText = readDecoded,
): CaseResult {
  const read = (file: string) => readText(confinedPath(join(c.dir, file), c.root));
  const textA = read(c.a.file);
  const textB = read(c.b.file);
  const { inputFormat, ...options } = c.options;
  const report = compare(
    { text: textA, label: c.a.label, source: join(c.dir, c.a.file), format: inputFormat ?? 'auto' },
    { text: textB, label: c.b.label, source: join(c.dir, c.b.file), format: inputFormat ?? 'auto' },
    { ...options, ...overrides },
  );
  const scores = c.gold
    ? scoreReport(report, c.gold, { a: textA, b: textB }, join(c.dir, 'case.json'))
    : undefined;
  return { case: c, report, scores };
}
