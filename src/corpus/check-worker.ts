// A worker thread of `check --jobs N` (see checkOnThreads in check.ts): takes cases from the
// shared counter until none is left, and sends each result, or the error that stopped it, back.
import { workerData, type MessagePort } from 'node:worker_threads';
import { checkLocation, type CaseCheckOptions } from './check-case.js';
import type { CheckedCase } from './check-run.js';
import type { CaseLocation } from './manifest.js';

export interface CheckWorkerData {
  options: CaseCheckOptions;
  locations: CaseLocation[];
  /** The index of the next case to take, shared by every thread of the run. */
  next: Int32Array;
  port: MessagePort;
}

export type CheckWorkerMessage = { index: number; checked: CheckedCase } | { error: Error };

const { options, locations, next, port } = workerData as CheckWorkerData;
for (let index = Atomics.add(next, 0, 1); index < locations.length;) {
  try {
    port.postMessage({ index, checked: checkLocation(locations[index]!, options) });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error : new Error(String(error)) });
    break;
  }
  index = Atomics.add(next, 0, 1);
}
port.close();
