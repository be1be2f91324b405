import type { Case } from './manifest.js';
import type { Scores } from './score.js';
import type { SnapshotChange } from './snapshot.js';

/**
 * What happened to a case's snapshot: it agrees, it differs, there is none; with --update, it was
 * created, rewritten, or already up to date ('same').
 */
export type SnapshotStatus = 'same' | 'changed' | 'missing' | 'created' | 'updated';

/** One case of a `communique check` run. */
export interface CheckedCase {
  case: Case;
  passed: boolean;
  /** Why the case could not be checked (a file of it unreadable or outside the corpus); the rest is empty then. */
  error: string | undefined;
  snapshot: SnapshotStatus;
  /** Differences from the snapshot (also listed for a snapshot that --update rewrote). */
  changes: SnapshotChange[];
  /** Reasons for failing other than changes: below --min-f1, nothing to check against. */
  problems: string[];
  /** Against the gold labels, when the case has them. */
  scores: Scores | undefined;
  seconds: number;
}

export interface CheckRun {
  cases: CheckedCase[];
  passed: number;
  /** Cases checked that did not pass; `errors` counts those that could not be checked. */
  failed: number;
  errors: number;
  update: boolean;
  minF1: number | undefined;
  /** Scores of all gold-labelled cases pooled; undefined when none has gold labels. */
  total: Scores | undefined;
  seconds: number;
}
