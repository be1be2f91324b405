import type { DocumentReport, Reason, ReportOptions } from '../report/types.js';

/** The JSON report on three or more documents, version 1. `schema/claims.schema.json` describes it. */
export const MULTI_SCHEMA_VERSION = 1 as const;

/** Some sentences of one document: one, or two adjacent ones that another document says in one. */
export interface ClaimMember {
  /** 0-based position of the document in `documents`. */
  document: number;
  sentences: number[];
}

/** Two documents' sentences that conflict, as the two-document comparison of that pair found them. */
export interface ClaimContradiction {
  /** The side that carries the claim; `b` is the side that contradicts it. */
  a: ClaimMember;
  b: ClaimMember;
  /** Cosine similarity of the pair, as in the two-document report. */
  similarity: number;
  terms: string[];
  reasons: Reason[];
}

/**
 * What one or more documents say: each member is a document that carries it, with its sentences.
 * A claim of every document is common ground; a claim of one member is that document's own.
 */
export interface Claim {
  members: ClaimMember[];
  contradictions: ClaimContradiction[];
}

export interface MultiReport {
  schemaVersion: typeof MULTI_SCHEMA_VERSION;
  documents: DocumentReport[];
  options: ReportOptions;
  /** Every sentence of every document is in exactly one claim. */
  claims: Claim[];
}
