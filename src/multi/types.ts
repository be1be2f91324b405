import type { DocumentReport, Highlight, Reason, ReportOptions } from '../report/types.js';

/**
 * The JSON report on three or more documents, version 2 (which added evidence and warnings).
 * `schema/claims.schema.json` describes it.
 */
export const MULTI_SCHEMA_VERSION = 2 as const;

/** Some sentences of one document: one, or two adjacent ones that another document says in one. */
export interface ClaimMember {
  /** 0-based position of the document in `documents`. */
  document: number;
  sentences: number[];
}

/** A document that carries a claim: its sentences, and the words it shares with the other carriers. */
export interface ClaimCarrier extends ClaimMember {
  /** Words of these sentences that the links joining them to the claim share, in text order. */
  evidence: Highlight[];
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
  /** The words that carry the conflict on each side, as in the two-document report. */
  evidence: { a: Highlight[]; b: Highlight[] };
}

/**
 * What one or more documents say: each member is a document that carries it, with its sentences.
 * A claim of every document is common ground; a claim of one member is that document's own.
 */
export interface Claim {
  members: ClaimCarrier[];
  contradictions: ClaimContradiction[];
}

export interface MultiReport {
  schemaVersion: typeof MULTI_SCHEMA_VERSION;
  documents: DocumentReport[];
  options: ReportOptions;
  /** Every sentence of every document is in exactly one claim. */
  claims: Claim[];
  /** Pairs of documents that look like reports of different events, each named. */
  warnings: string[];
}
