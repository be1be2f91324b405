import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare, type CompareOptions } from '../compare.js';
import { decodeBytes } from '../load/index.js';
import { compareMany, type MultiReport } from '../multi/index.js';
import type { Report } from '../report/types.js';
import {
  confinedPath,
  CorpusError,
  MANIFEST,
  type Case,
  type ManyCase,
  type PairCase,
} from './manifest.js';
import { scoreClaims, scoreReport, type Scores } from './score.js';

/** A case compared: a report on two documents, or claims of three or more. */
export type CaseResult = PairResult | ManyResult;

export interface PairResult {
  case: PairCase;
  report: Report;
  scores: Scores | undefined;
}

export interface ManyResult {
  case: ManyCase;
  report: MultiReport;
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
 * Compares the statements of a case with its options (overridden by `overrides`) and scores it
 * against its gold labels. `readText` reads a statement (the CLI's reader also enforces --max-bytes).
 */
export function runCase(c: PairCase, overrides?: CompareOptions, readText?: ReadText): PairResult;
export function runCase(c: Case, overrides?: CompareOptions, readText?: ReadText): CaseResult;
export function runCase(
  c: Case,
  overrides: CompareOptions = {},
  readText: ReadText = readDecoded,
): CaseResult {
  const texts = c.documents.map((d) => readText(confinedPath(join(c.dir, d.file), c.root)));
  const { inputFormat, ...options } = c.options;
  const inputs = c.documents.map((d, k) => ({
    text: texts[k]!,
    label: d.label,
    source: join(c.dir, d.file),
    format: inputFormat ?? 'auto',
  }));
  const settings = { ...options, ...overrides };
  const where = join(c.dir, MANIFEST);
  if (c.kind === 'many') {
    const report = compareMany(inputs, settings);
    return { case: c, report, scores: c.gold && scoreClaims(report, c.gold, texts, where) };
  }
  const report = compare(inputs[0]!, inputs[1]!, settings);
  const scores = c.gold && scoreReport(report, c.gold, { a: texts[0]!, b: texts[1]! }, where);
  return { case: c, report, scores };
}
