import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare, type CompareOptions } from '../compare.js';
import type { Report } from '../report/types.js';
import { CorpusError } from './errors.js';

/** What two one-sentence documents say to each other. */
export type Verdict = 'shared' | 'contradiction' | 'none';

const VERDICTS: readonly Verdict[] = ['shared', 'contradiction', 'none'];
const SPLITS = ['tune', 'holdout'] as const;

/** A labelled pair of one-line statements, and the pattern ("slot") it tests. */
export interface MinimalPair {
  id: string;
  a: string;
  b: string;
  expected: Verdict;
  slot: string;
  note: string;
  /** From the file the pair is in: `tune.jsonl` or `holdout.jsonl`. */
  split: (typeof SPLITS)[number];
}

export interface MinimalPairResult {
  pair: MinimalPair;
  verdict: Verdict;
  /** Why the report gave that verdict: its reasons, or the similarity and shared terms. */
  reason: string;
  report: Report;
}

/** The folder, inside a corpus, that holds the minimal pairs. */
export const MINIMAL_PAIRS = 'minimal-pairs';

/**
 * The minimal pairs under `dir` (`tune.jsonl` and `holdout.jsonl`, JSON Lines), in file order.
 * A file that is absent holds no pairs; a line that is not a well-formed pair throws, naming it.
 */
export function readMinimalPairs(dir: string): MinimalPair[] {
  const ids = new Set<string>();
  return SPLITS.flatMap((split) => {
    const path = join(dir, `${split}.jsonl`);
    if (!existsSync(path)) return [];
    return readFileSync(path, 'utf8')
      .split('\n')
      .map((line, k) => ({ line, where: `${path}:${k + 1}` }))
      .filter(({ line }) => line.trim() !== '')
      .map(({ line, where }) => {
        const pair = parsePair(line, split, where);
        if (ids.has(pair.id)) throw new CorpusError(`${where}: id "${pair.id}" is used twice`);
        ids.add(pair.id);
        return pair;
      });
  });
}

function parsePair(line: string, split: MinimalPair['split'], where: string): MinimalPair {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    throw new CorpusError(`${where}: not JSON (${(error as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new CorpusError(`${where}: a pair must be a JSON object`);
  const record = data as Record<string, unknown>;
  const text = (name: string): string => {
    const value = record[name];
    if (typeof value !== 'string' || value.trim() === '')
      throw new CorpusError(`${where}: field "${name}" must be a non-empty string`);
    return value;
  };
  const expected = text('expected');
  if (!VERDICTS.includes(expected as Verdict))
    throw new CorpusError(`${where}: field "expected" must be ${VERDICTS.join(', ')}`);
  return {
    id: text('id'),
    a: text('a'),
    b: text('b'),
    expected: expected as Verdict,
    slot: text('slot'),
    note: text('note'),
    split,
  };
}

/** The verdict a report gives on two one-sentence documents: a contradiction outranks a shared claim. */
export function verdictOf(report: Report): Verdict {
  if (report.matches.some((m) => m.kind === 'contradiction')) return 'contradiction';
  if (report.matches.some((m) => m.kind === 'shared')) return 'shared';
  return 'none';
}

/**
 * The pairs are English. A single short sentence is too little text for language detection (a
 * sentence of names and places can read as Portuguese), and detection is not what the pairs test.
 */
const PAIR_LANGUAGE = 'en';

/** Compares the two sentences of a pair as two documents, with default options unless overridden. */
export function judgeMinimalPair(
  pair: MinimalPair,
  options: CompareOptions = {},
): MinimalPairResult {
  const report = compare(
    { text: pair.a, label: 'A' },
    { text: pair.b, label: 'B' },
    { lang: PAIR_LANGUAGE, ...options },
  );
  const verdict = verdictOf(report);
  return { pair, verdict, reason: reasonOf(report, verdict), report };
}

function reasonOf(report: Report, verdict: Verdict): string {
  const match = report.matches.find((m) => m.kind === verdict);
  if (!match) return 'no match';
  if (match.reasons.length > 0) return match.reasons.map((r) => r.explanation).join('; ');
  return `similarity ${match.similarity}, shared terms: ${match.terms.join(', ') || '(none)'}`;
}

/** How many verdicts were right, out of how many. */
export interface Accuracy {
  right: number;
  total: number;
}

export function accuracy(results: readonly MinimalPairResult[]): Accuracy {
  return {
    right: results.filter((r) => r.verdict === r.pair.expected).length,
    total: results.length,
  };
}

/** Accuracy per group (slot, expected verdict…), groups in the order they first appear. */
export function accuracyBy(
  results: readonly MinimalPairResult[],
  group: (pair: MinimalPair) => string,
): Map<string, Accuracy> {
  const keys = [...new Set(results.map((r) => group(r.pair)))];
  return new Map(keys.map((key) => [key, accuracy(results.filter((r) => group(r.pair) === key))]));
}
