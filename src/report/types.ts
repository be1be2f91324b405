import type { CueName } from '../classify/cues/index.js';

/** The JSON report, version 1. `schema/report.schema.json` describes the same shape. */
export const SCHEMA_VERSION = 1 as const;

/** A sentence and where it stands in its source. Offsets are UTF-16 code units into the decoded text. */
export interface Sentence {
  index: number;
  /** The sentence with white space collapsed; `start`/`end` slice the exact original. */
  text: string;
  start: number;
  end: number;
  /** 1-based line and column of `start`. */
  line: number;
  column: number;
}

export interface DocumentReport {
  label: string;
  source: string;
  format: InputFormat;
  /** ISO 639-1 code of the language the document was read in (detected unless given). */
  language: string;
  sentences: Sentence[];
}

export type InputFormat = 'text' | 'markdown' | 'html';

export type MatchKind = 'shared' | 'contradiction';

/** Which contradiction rule fired: the name of one of the cues in `classify/cues/index.ts`. */
export type Cue = CueName;

export interface Reason {
  cue: Cue;
  /** The words on each side that fired the cue ('' when that side has none, as for a one-sided rejection). */
  a: string;
  b: string;
  /** One human sentence on why this counts as a conflict. */
  explanation: string;
}

export interface Match {
  kind: MatchKind;
  /** Sentence indices on each side; two adjacent indices when one sentence covers two of the other. */
  a: number[];
  b: number[];
  /** Cosine similarity of the TF-IDF vectors, rounded to 4 decimals. */
  similarity: number;
  /** Shared terms that contributed most to the similarity, heaviest first. */
  terms: string[];
  reasons: Reason[];
}

export interface Summary {
  sentencesA: number;
  sentencesB: number;
  shared: number;
  contradictions: number;
  onlyA: number;
  onlyB: number;
}

export interface ReportOptions {
  /** The language both documents were compared in. */
  language: string;
  threshold: number;
  contradictionThreshold: number;
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  a: DocumentReport;
  b: DocumentReport;
  options: ReportOptions;
  matches: Match[];
  onlyA: number[];
  onlyB: number[];
  summary: Summary;
}
