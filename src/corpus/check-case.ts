import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { writeFileAtomic } from '../io/files.js';
import { InputError } from '../load/index.js';
import { renderJson } from '../render/json.js';
import type { MultiReport } from '../multi/types.js';
import type { Report } from '../report/types.js';
import type { CheckedCase, SnapshotStatus } from './check-run.js';
import { CorpusError } from './errors.js';
import { confinedPath, MANIFEST, readCase, type Case, type CaseLocation } from './manifest.js';
import { runCase, type CaseResult } from './run.js';
import { metric, type Scores } from './score.js';
import {
  diffSnapshot,
  readSnapshot,
  SNAPSHOT,
  snapshotOf,
  snapshotPath,
  snapshotReport,
  type Snapshot,
} from './snapshot.js';

/** How each case is checked (see CheckOptions); plain data, the same for every case of a run. */
export interface CaseCheckOptions {
  update: boolean;
  minF1: number | undefined;
  maxBytes: number;
}

/** A case checked, or, when a file of it cannot be read, an error for that case alone. */
export function checkLocation(location: CaseLocation, options: CaseCheckOptions): CheckedCase {
  const started = performance.now();
  try {
    return checkCase(readCase(location), options, started);
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    return brokenCase(location, error.message, (performance.now() - started) / 1000);
  }
}

function brokenCase({ id, dir, root }: CaseLocation, error: string, seconds: number): CheckedCase {
  const unread = { file: '', label: '' };
  const c: Case = {
    id,
    dir,
    root,
    title: id,
    split: undefined,
    kind: 'pair',
    a: unread,
    b: unread,
    documents: [unread, unread],
    options: {},
    gold: undefined,
  };
  return {
    case: c,
    passed: false,
    error,
    snapshot: 'missing',
    changes: [],
    problems: [],
    scores: undefined,
    seconds,
  };
}

function checkCase(c: Case, options: CaseCheckOptions, started: number): CheckedCase {
  const result = runCaseOf(c, options.maxBytes);
  const actual = snapshotReport(result);
  // --update replaces a snapshot it cannot read rather than stopping at it.
  const expected = options.update ? readableSnapshot(c) : readSnapshot(c);
  const changes = expected ? diffSnapshot(expected, snapshotOf(actual)) : [];
  const snapshot: SnapshotStatus = options.update
    ? writeSnapshot(c, actual)
    : expected === undefined
      ? 'missing'
      : changes.length > 0
        ? 'changed'
        : 'same';
  const problems = problemsOf(c, result.scores, snapshot, options.minF1);
  return {
    case: c,
    passed: snapshot !== 'changed' && problems.length === 0,
    error: undefined,
    snapshot,
    changes,
    problems,
    scores: result.scores,
    seconds: (performance.now() - started) / 1000,
  };
}

/** runCase, with a document the pipeline refuses (two languages, say) reported as a broken case. */
function runCaseOf(c: Case, maxBytes: number): CaseResult {
  try {
    return runCase(c, {}, maxBytes);
  } catch (error) {
    if (error instanceof InputError) throw new CorpusError(`${c.dir}: ${error.message}`);
    throw error;
  }
}

function readableSnapshot(c: Case): Snapshot | undefined {
  try {
    return readSnapshot(c);
  } catch (error) {
    if (error instanceof CorpusError) return undefined;
    throw error;
  }
}

/** Writes the snapshot (atomically) when its bytes would change. */
function writeSnapshot(c: Case, report: Report | MultiReport): SnapshotStatus {
  const path = snapshotPath(c);
  const content = renderJson(report);
  // A snapshot that is a link out of the corpus is replaced, never read.
  const existing =
    existsSync(path) && isConfined(path, c.root) ? readFileSync(path, 'utf8') : undefined;
  if (existing === content) return 'same';
  writeFileAtomic(path, content);
  return existing === undefined ? 'created' : 'updated';
}

function isConfined(path: string, root: string): boolean {
  try {
    confinedPath(path, root);
    return true;
  } catch {
    return false;
  }
}

/** Why a case that ran fails, besides a changed snapshot. */
function problemsOf(
  c: Case,
  scores: Scores | undefined,
  snapshot: SnapshotStatus,
  minF1: number | undefined,
): string[] {
  const problems: string[] = [];
  if (snapshot === 'missing' && !c.gold)
    problems.push(
      `nothing to check against: no ${SNAPSHOT} and no gold labels in ${MANIFEST} (--update records a snapshot)`,
    );
  const f1 = scores && metric(scores.links).f1;
  if (f1 !== undefined && minF1 !== undefined && f1 < minF1)
    problems.push(`link F1 ${f1.toFixed(3)} is below --min-f1 ${minF1}`);
  return problems;
}
