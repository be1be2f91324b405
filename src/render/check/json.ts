import { metric, type CheckRun, type Scores } from '../../corpus/index.js';
import { escapeUnsafeJson } from '../escape.js';
import { snapshotsWritten } from './describe.js';

/**
 * The run for scripts: a record per case (status, snapshot, changes with full sentence texts,
 * problems, gold scores) and the totals. Changes use the types of SnapshotChange.
 */
export function renderCheckJson(run: CheckRun): string {
  const json = {
    cases: run.cases.map((checked) => ({
      id: checked.case.id,
      dir: checked.case.dir,
      title: checked.case.title,
      status: checked.error !== undefined ? 'error' : checked.passed ? 'pass' : 'fail',
      error: checked.error ?? null,
      snapshot: checked.snapshot,
      changes: checked.changes,
      problems: checked.problems,
      scores: checked.scores ? metrics(checked.scores) : null,
      seconds: round(checked.seconds),
    })),
    summary: {
      cases: run.cases.length,
      passed: run.passed,
      failed: run.failed,
      errors: run.errors,
      snapshotsWritten: snapshotsWritten(run).written,
      minF1: run.minF1 ?? null,
      scores: run.total ? metrics(run.total) : null,
      seconds: round(run.seconds),
    },
  };
  return `${escapeUnsafeJson(JSON.stringify(json, null, 2))}\n`;
}

function metrics(scores: Scores) {
  const rounded = (counts: Scores['links']) => {
    const m = metric(counts);
    return { precision: round(m.precision), recall: round(m.recall), f1: round(m.f1) };
  };
  return {
    links: rounded(scores.links),
    shared: rounded(scores.shared),
    contradiction: rounded(scores.contradiction),
  };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
