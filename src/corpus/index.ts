export { CorpusError, findCases, readCase, MANIFEST, type Case, type CaseSide, type GoldLink, type Relation } from './manifest.js';
export { addScores, metric, scoreReport, ZERO_SCORES, type Counts, type Metric, type Scores } from './score.js';
export { runCase, type CaseResult } from './run.js';
