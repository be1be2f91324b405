import { join } from 'node:path';
import { compare, type CompareOptions } from '../compare.js';
import { DEFAULT_MAX_BYTES, readDocument } from '../io/files.js';
import { InputError } from '../load/index.js';
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

/**
 * A statement's text, read as `compare` reads its inputs (size limit, encoding, blank files); a
 * problem with the file is a broken corpus, and its message names the file.
 */
function readStatement(path: string, maxBytes: number): string {
  try {
    return readDocument(path, maxBytes).text;
  } catch (error) {
    if (error instanceof InputError) throw new CorpusError(error.message);
    throw error;
  }
}

/**
 * Compares the statements of a case with its options (overridden by `overrides`) and scores it
 * against its gold labels. A statement over `maxBytes` (--max-bytes) is refused.
 */
export function runCase(c: PairCase, overrides?: CompareOptions, maxBytes?: number): PairResult;
export function runCase(c: Case, overrides?: CompareOptions, maxBytes?: number): CaseResult;
export function runCase(
  c: Case,
  overrides: CompareOptions = {},
  maxBytes: number = DEFAULT_MAX_BYTES,
): CaseResult {
  const texts = c.documents.map((d) =>
    readStatement(confinedPath(join(c.dir, d.file), c.root), maxBytes),
  );
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
