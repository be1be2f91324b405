import { performance } from 'node:perf_hooks';
import { checkLocation, type CaseCheckOptions } from './check-case.js';
import type { CheckedCase, CheckRun } from './check-run.js';
import { addScores, ZERO_SCORES } from './score.js';
import { selectCases } from './select.js';

export interface CheckOptions {
  /** Folders holding cases (folders with a case.json, at any depth). */
  dirs: string[];
  /** Rewrite each snapshot from the current report instead of comparing with it. */
  update?: boolean;
  /** A gold-labelled case whose link F1 is below this fails. */
  minF1?: number;
  /** Statements larger than this are refused, as `compare` refuses its inputs. */
  maxBytes: number;
  /** Run only cases whose id contains one of these, or matches it as a glob (see idMatcher). */
  filter?: string[];
  /** Called with the id of each case, before it runs (a progress bar). */
  onCase?: (id: string, total: number) => void;
}

/**
 * `communique check`: runs every selected case, compares each report with its snapshot (or, with
 * `update`, rewrites it) and with its gold labels. A case that cannot be read (its case.json,
 * snapshot or statements) is an error for that case alone; a folder with no cases, or a filter
 * that matches none, throws a CorpusError.
 */
export function checkCorpus(options: CheckOptions): CheckRun {
  const started = performance.now();
  const locations = selectCases(options.dirs, options.filter ?? []);
  const caseOptions: CaseCheckOptions = {
    update: options.update === true,
    minF1: options.minF1,
    maxBytes: options.maxBytes,
  };
  const cases = locations.map((location) => {
    options.onCase?.(location.id, locations.length);
    return checkLocation(location, caseOptions);
  });
  return summarize(cases, caseOptions, (performance.now() - started) / 1000);
}

function summarize(cases: CheckedCase[], options: CaseCheckOptions, seconds: number): CheckRun {
  const gold = cases.flatMap((c) => (c.scores ? [c.scores] : []));
  const passed = cases.filter((c) => c.passed).length;
  const errors = cases.filter((c) => c.error !== undefined).length;
  return {
    cases,
    passed,
    failed: cases.length - passed - errors,
    errors,
    update: options.update,
    minF1: options.minF1,
    total: gold.length > 0 ? gold.reduce(addScores, ZERO_SCORES) : undefined,
    seconds,
  };
}
