import type { CueName } from '../classify/cues/index.js';

/** The JSON report, version 2. `schema/report.schema.json` describes the same shape. */
export const SCHEMA_VERSION = 2 as const;

/** A sentence and where it stands in its source. Offsets are UTF-16 code units into the decoded text. */
export interface Sentence {
  index: number;
  /** `index + 1`: the number every report shows (`#6` in text, Markdown and check output). */
  number: number;
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
  /** The side that denies or disputes what the other says (negation and rejection cues). */
  denies?: 'a' | 'b';
  /** The figures as understood on each side ("60 minutes" for "one hour"), for a number cue. */
  values?: { a: string; b: string };
  /**
   * The party each side attributes the view to, when they differ ("Lavrov" / "Blinken"): the two
   * sides report their own side's opposite positions, not contrary accounts of what happened.
   */
  positions?: { a: string; b: string };
}

/** A stretch of one sentence's `text` (UTF-16 offsets) that carries a verdict. */
export interface Highlight {
  sentence: number;
  start: number;
  end: number;
}

export interface Match {
  kind: MatchKind;
  /** Sentence indices on each side; two adjacent indices when one sentence covers two of the other. */
  a: number[];
  b: number[];
  /** Cosine similarity of the TF-IDF vectors, rounded to 4 decimals. */
  similarity: number;
  /**
   * How sure the pair score (learned from labelled readouts) is that the sentences make one claim,
   * 0 to 1, rounded to 4 decimals.
   */
  confidence: number;
  /** Shared terms that contributed most to the similarity, heaviest first. */
  terms: string[];
  reasons: Reason[];
  /**
   * The words that carry the verdict on each side: the cue words and differing values of a
   * contradiction, the shared terms of a shared pair. In text order.
   */
  evidence: { a: Highlight[]; b: Highlight[] };
}

/** The most similar sentence on the other side of a sentence found on one side only. */
export interface Related {
  /** The sentence on one side only. */
  index: number;
  /** Its closest sentence on the other side. */
  counterpart: number;
  similarity: number;
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
  /** For sentences on one side only, the closest sentence of the other side above a low floor. */
  related: { a: Related[]; b: Related[] };
  /** Things a reader should know before trusting the report ("these look like different events"). */
  warnings: string[];
  summary: Summary;
}
