export {
  confinedPath,
  CorpusError,
  findCases,
  locateCases,
  readCase,
  MANIFEST,
  type Case,
  type CaseLocation,
  type CaseSide,
  type GoldClaim,
  type GoldLink,
  type ManyCase,
  type PairCase,
  type Relation,
} from './manifest.js';
export {
  addScores,
  metric,
  resolveGold,
  scoreClaims,
  scoreReport,
  ZERO_SCORES,
  type Counts,
  type Metric,
  type Scores,
} from './score.js';
export { runCase, type CaseResult, type ManyResult, type PairResult } from './run.js';
export {
  diffSnapshot,
  readSnapshot,
  snapshotOf,
  snapshotPath,
  snapshotReport,
  SNAPSHOT,
  type SentenceRef,
  type Snapshot,
  type SnapshotDocument,
  type SnapshotLink,
  type SnapshotChange,
} from './snapshot.js';
export {
  accuracy,
  accuracyBy,
  judgeMinimalPair,
  MINIMAL_PAIRS,
  readMinimalPairs,
  verdictOf,
  type Accuracy,
  type MinimalPair,
  type MinimalPairResult,
  type Verdict,
} from './minimal-pairs.js';
export { checkCorpus, type CheckOptions } from './check.js';
export type { CheckedCase, CheckRun, SnapshotStatus } from './check-run.js';
export { idMatcher } from './select.js';
