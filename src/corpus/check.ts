import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { checkLocation, type CaseCheckOptions } from './check-case.js';
import type { CheckedCase, CheckRun } from './check-run.js';
import type { CheckWorkerData, CheckWorkerMessage } from './check-worker.js';
import { CHECK_WORKER } from './check-worker-url.js';
import type { CaseLocation } from './manifest.js';
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
  /**
   * How many cases to check at once: this thread and `jobs - 1` worker threads (1, the default:
   * one after the other in this thread). At most one thread per core, and fewer than
   * CASES_PER_THREAD cases a thread are not shared out. The result is the same whatever the number.
   */
  jobs?: number;
  /** Told of each case as it starts on this thread, or as it is done on another (a progress bar). */
  onCase?: (id: string, total: number) => void;
}

/**
 * A worker costs about a second of CPU to start and warm up (its modules, tables and compiled code
 * are its own), the work of some 25 cases of the fixtures: fewer cases than this a thread are not
 * worth sharing out.
 */
const CASES_PER_THREAD = 64;

/**
 * `communique check`: runs every selected case, compares each report with its snapshot (or, with
 * `update`, rewrites it) and with its gold labels. A case that cannot be read (its case.json,
 * snapshot or statements) is an error for that case alone; a folder with no cases, or a filter
 * that matches none, throws a CorpusError. Cases are listed in the order of discovery, however
 * many run at once.
 */
export async function checkCorpus(options: CheckOptions): Promise<CheckRun> {
  const started = performance.now();
  const locations = selectCases(options.dirs, options.filter ?? []);
  const caseOptions: CaseCheckOptions = {
    update: options.update === true,
    minF1: options.minF1,
    maxBytes: options.maxBytes,
  };
  const onCase = (location: CaseLocation) => options.onCase?.(location.id, locations.length);
  const threads = Math.min(
    options.jobs ?? 1,
    availableParallelism(),
    Math.floor(locations.length / CASES_PER_THREAD),
  );
  const cases =
    threads > 1
      ? await checkOnThreads(locations, caseOptions, threads, onCase)
      : locations.map((location) => {
          onCase(location);
          return checkLocation(location, caseOptions);
        });
  return summarize(cases, caseOptions, (performance.now() - started) / 1000);
}

/**
 * This thread and `threads - 1` workers take cases from one shared counter, so that each thread
 * is busy until none is left, however long each case takes. Between its own cases this thread
 * collects the workers' results (and so reports their progress); the results are put back in the
 * order of `locations`. A worker that cannot start leaves its share to the others.
 */
async function checkOnThreads(
  locations: CaseLocation[],
  options: CaseCheckOptions,
  threads: number,
  onCase: (location: CaseLocation) => void,
): Promise<CheckedCase[]> {
  const results: CheckedCase[] = [];
  let done = 0;
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const workers = Array.from({ length: threads - 1 }, () => {
    const { port1, port2 } = new MessageChannel();
    const data: CheckWorkerData = { options, locations, next, port: port2 };
    return {
      worker: new Worker(CHECK_WORKER, { workerData: data, transferList: [port2] }),
      port: port1,
    };
  });
  const accept = (message: CheckWorkerMessage) => {
    // An internal error in a case stops the run, as it does on one thread.
    if ('error' in message) throw message.error;
    results[message.index] = message.checked;
    done++;
    onCase(locations[message.index]!);
  };
  try {
    for (let index = Atomics.add(next, 0, 1); index < locations.length;) {
      onCase(locations[index]!);
      results[index] = checkLocation(locations[index]!, options);
      done++;
      for (const { port } of workers)
        for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port))
          accept(m.message as CheckWorkerMessage);
      index = Atomics.add(next, 0, 1);
    }
    if (done < locations.length)
      await new Promise<void>((resolve, reject) => {
        for (const { worker, port } of workers) {
          port.on('message', (message: CheckWorkerMessage) => {
            if ('error' in message) return reject(message.error);
            accept(message);
            if (done === locations.length) resolve();
          });
          worker.on('error', reject);
        }
      });
  } finally {
    for (const { port } of workers) port.close();
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }
  return results;
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
