import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  addScores,
  CorpusError,
  confinedPath,
  diffSnapshot,
  locateCases,
  MANIFEST,
  readCase,
  metric,
  readSnapshot,
  runCase,
  SNAPSHOT,
  snapshotPath,
  snapshotReport,
  ZERO_SCORES,
  type Case,
  type CaseLocation,
  type CaseResult,
  type Scores,
  type Snapshot,
} from '../corpus/index.js';
import { InputError } from '../load/index.js';
import { renderCheckGithub } from '../render/check/github.js';
import { renderCheckJson } from '../render/check/json.js';
import { renderCheckJunit } from '../render/check/junit.js';
import type { CheckedCase, CheckRun, SnapshotStatus } from '../render/check/model.js';
import { createProgress } from '../render/check/progress.js';
import { renderCheckText } from '../render/check/text.js';
import { renderJson } from '../render/json.js';
import { createStyle } from '../render/style.js';
import type { Report } from '../report/types.js';
import { resolveColorLevel, type ColorChoice } from './color.js';
import { UsageError } from './errors.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type ExitCode } from './exit-codes.js';
import { readDocument, writeFileAtomic } from './io.js';

export type CheckFormat = 'text' | 'json' | 'junit' | 'github';

export interface CheckFlags {
  update?: boolean;
  format: CheckFormat;
  filter?: string[];
  minF1?: number;
  color: ColorChoice;
  maxBytes: number;
  output?: string;
}

/**
 * `communique check DIR…`: runs every case under the folders in this process and compares each
 * report with its snapshot and gold labels. Returns 0 when all cases pass and 1 when one fails.
 * A case that cannot be read (its case.json, snapshot or statements) is reported as an error and
 * the others still run; then the result is EXIT_USAGE (2), as for an unreadable input of `compare`. A folder with no cases throws.
 */
export function runCheck(dirs: string[], flags: CheckFlags): ExitCode {
  const started = performance.now();
  const locations = selectCases(discover(dirs), flags.filter ?? [], dirs);
  const progress = createProgress(process.stderr, locations.length);
  let checked: CheckedCase[];
  try {
    checked = locations.map((location) => {
      progress.tick(location.id);
      return checkLocation(location, flags);
    });
  } finally {
    progress.done();
  }
  const run = summarize(checked, flags, (performance.now() - started) / 1000);
  const rendered = render(run, flags);
  if (flags.output !== undefined) writeFileAtomic(flags.output, rendered);
  else process.stdout.write(rendered);
  return run.errors > 0 ? EXIT_USAGE : run.failed > 0 ? EXIT_FAILED : EXIT_OK;
}

/** The cases under every folder, each once. Ids are relative to the folder; with several folders they start with its name, to stay unique. */
function discover(dirs: string[]): CaseLocation[] {
  const seen = new Set<string>();
  return dirs
    .flatMap((dir) => locateCases(dir, dirs.length > 1 ? dirname(dir) : dir))
    .filter((c) => {
      const key = resolve(c.dir);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function selectCases(cases: CaseLocation[], patterns: string[], dirs: string[]): CaseLocation[] {
  if (cases.length === 0)
    throw new CorpusError(`${dirs.join(', ')}: no cases (folders with a ${MANIFEST})`);
  if (patterns.length === 0) return cases;
  const matchers = patterns.map(idMatcher);
  const selected = cases.filter((c) => matchers.some((matches) => matches(c.id)));
  if (selected.length === 0)
    throw new UsageError(`no case id matches --filter ${patterns.join(', --filter ')}`);
  return selected;
}

/** A pattern with `*` or `?` is a glob that must match the whole id (`*` crosses `/`); any other pattern matches ids that contain it. */
export function idMatcher(pattern: string): (id: string) => boolean {
  if (!/[*?]/.test(pattern)) return (id) => id.includes(pattern);
  const source = pattern
    .split(/([*?])/)
    .map((part) =>
      part === '*' ? '.*' : part === '?' ? '.' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  const glob = new RegExp(`^${source}$`, 'su');
  return (id) => glob.test(id);
}

/** A case checked, or, when a file of it cannot be read, an error for that case alone. */
function checkLocation(location: CaseLocation, flags: CheckFlags): CheckedCase {
  const started = performance.now();
  try {
    return checkCase(readCase(location), flags, started);
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
    a: unread,
    b: unread,
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

function checkCase(c: Case, flags: CheckFlags, started: number): CheckedCase {
  const result = runCaseOf(c, flags.maxBytes);
  const actual = snapshotReport(result);
  // --update replaces a snapshot it cannot read rather than stopping at it.
  const expected = flags.update ? readableSnapshot(c) : readSnapshot(c);
  const changes = expected ? diffSnapshot(expected, actual) : [];
  const snapshot: SnapshotStatus = flags.update
    ? writeSnapshot(c, actual)
    : expected === undefined
      ? 'missing'
      : changes.length > 0
        ? 'changed'
        : 'same';
  const problems = problemsOf(c, result.scores, snapshot, flags.minF1);
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
    // The statements are read as `compare` reads its inputs: size limit, encoding, blank files.
    return runCase(c, {}, (path) => readStatement(path, maxBytes));
  } catch (error) {
    if (error instanceof InputError) throw new CorpusError(`${c.dir}: ${error.message}`);
    throw error;
  }
}

/** A statement's text; a problem with the file is a broken corpus, and its message names the file. */
function readStatement(path: string, maxBytes: number): string {
  try {
    return readDocument(path, maxBytes).text;
  } catch (error) {
    if (error instanceof InputError) throw new CorpusError(error.message);
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
function writeSnapshot(c: Case, report: Report): SnapshotStatus {
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

function summarize(cases: CheckedCase[], flags: CheckFlags, seconds: number): CheckRun {
  const gold = cases.flatMap((c) => (c.scores ? [c.scores] : []));
  const passed = cases.filter((c) => c.passed).length;
  const errors = cases.filter((c) => c.error !== undefined).length;
  return {
    cases,
    passed,
    failed: cases.length - passed - errors,
    errors,
    update: flags.update === true,
    minF1: flags.minF1,
    total: gold.length > 0 ? gold.reduce(addScores, ZERO_SCORES) : undefined,
    seconds,
  };
}

function render(run: CheckRun, flags: CheckFlags): string {
  switch (flags.format) {
    case 'json':
      return renderCheckJson(run);
    case 'junit':
      return renderCheckJunit(run);
    case 'github':
      return renderCheckGithub(run, process.cwd());
    case 'text': {
      const toTerminal = flags.output === undefined && process.stdout.isTTY === true;
      return renderCheckText(
        run,
        createStyle(resolveColorLevel(flags.color, process.env, toTerminal)),
      );
    }
  }
}
