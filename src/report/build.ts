import type { AlignedPair } from '../align/index.js';
import { classifyLink } from '../classify/index.js';
import type { DocumentModel } from '../sentence/document.js';
import type { SentenceModel } from '../sentence/model.js';
import type { VectorSpace } from '../vectorize/tfidf.js';
import { findEvidence } from './evidence.js';
import { differentEvents } from './events.js';
import { nearestCounterparts } from './related.js';
import {
  SCHEMA_VERSION,
  type DocumentReport,
  type Match,
  type Reason,
  type Report,
  type ReportOptions,
} from './types.js';

const MAX_TERMS_SHOWN = 8;

/** An aligned pair as the report gives it: classified, with the words it shares. */
export function matchOf(
  pair: AlignedPair,
  x: DocumentModel,
  y: DocumentModel,
  space: VectorSpace,
): Match {
  const { kind, reasons } = classifyLink(
    pair.a.map((i) => x.models[i]!),
    pair.b.map((j) => y.models[j]!),
  );
  return {
    kind,
    a: pair.a,
    b: pair.b,
    similarity: Math.round(pair.similarity * 1e4) / 1e4,
    confidence: Math.round(pair.confidence * 1e4) / 1e4,
    terms: displayTerms(pair, x, y, space),
    reasons,
    evidence: findEvidence(kind, reasons, evidenceOf(x, pair.a), evidenceOf(y, pair.b)),
  };
}

function evidenceOf(doc: DocumentModel, indices: number[]) {
  return indices.map((i) => ({
    index: i,
    text: doc.sentences[i]!.text,
    tokens: doc.models[i]!.tokens,
  }));
}

/** The heaviest shared terms, each shown as its shortest written form on either side. */
function displayTerms(
  pair: AlignedPair,
  x: DocumentModel,
  y: DocumentModel,
  space: VectorSpace,
): string[] {
  const { idf, terms } = space.vocabulary;
  // A negator both sides use ("not") says nothing of what the pair is about.
  const { negators } = x.models[pair.a[0]!]!.lexicon;
  const shared = commonIds(termIds(pair.a, space.a), termIds(pair.b, space.b), (id) =>
    negators.has(terms[id]!),
  );
  // By weight, then id: a few terms a pair, which an insertion sort orders without the copy that
  // Array.prototype.sort makes for every pair of a long document.
  for (let k = 1; k < shared.length; k++) {
    const id = shared[k]!;
    let at = k;
    for (; at > 0 && heavier(id, shared[at - 1]!); at--) shared[at] = shared[at - 1]!;
    shared[at] = id;
  }
  const shown = new Set<string>();
  for (let k = 0; k < shared.length && k < MAX_TERMS_SHOWN; k++) shown.add(terms[shared[k]!]!);
  const surfaces = new Map<string, string>();
  for (const side of sidesOf(pair, x, y)) {
    for (const token of side.tokens) {
      if (token.term === null || !shown.has(token.term)) continue;
      const word = token.word;
      const current = surfaces.get(token.term);
      if (
        current === undefined ||
        word.length < current.length ||
        (word.length === current.length && word < current)
      )
        surfaces.set(token.term, word);
    }
  }
  // A number read whole ("5,000", "five thousand") is no one word of either side: it shows as its value.
  return [...shown].map((term) => surfaces.get(term) ?? term);

  function heavier(p: number, q: number): boolean {
    return idf[p]! > idf[q]! || (idf[p] === idf[q] && p < q);
  }
}

/** The sentence models of a pair, A's then B's. */
function sidesOf(pair: AlignedPair, x: DocumentModel, y: DocumentModel): SentenceModel[] {
  const sides: SentenceModel[] = [];
  for (const i of pair.a) sides.push(x.models[i]!);
  for (const j of pair.b) sides.push(y.models[j]!);
  return sides;
}

/** The term ids of one or more sentences, ascending. */
function termIds(indexes: number[], vectors: VectorSpace['a']): Int32Array {
  if (indexes.length === 1) return vectors[indexes[0]!]!.ids;
  return Int32Array.from(new Set(indexes.flatMap((i) => [...vectors[i]!.ids]))).sort();
}

/** The ids in both ascending lists, but those left out. */
function commonIds(x: Int32Array, y: Int32Array, leftOut: (id: number) => boolean): number[] {
  const common: number[] = [];
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i] === y[j]) {
      if (!leftOut(x[i]!)) common.push(x[i]!);
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return common;
}

export function buildReport(
  x: DocumentModel,
  y: DocumentModel,
  matches: Match[],
  space: VectorSpace,
  thresholds: Pick<ReportOptions, 'threshold' | 'contradictionThreshold'>,
): Report {
  const inMatch = (side: 'a' | 'b') => new Set(matches.flatMap((m) => m[side]));
  const matchedA = inMatch('a');
  const matchedB = inMatch('b');
  const onlyA = x.sentences.map((s) => s.index).filter((i) => !matchedA.has(i));
  const onlyB = y.sentences.map((s) => s.index).filter((j) => !matchedB.has(j));
  const contradictions = matches.filter((m) => m.kind === 'contradiction').length;
  return {
    schemaVersion: SCHEMA_VERSION,
    a: documentReport(x),
    b: documentReport(y),
    options: {
      language: x.lang,
      threshold: thresholds.threshold,
      contradictionThreshold: thresholds.contradictionThreshold,
    },
    matches: sortMatches(matches),
    onlyA,
    onlyB,
    related: {
      a: nearestCounterparts(space, 'a', onlyA),
      b: nearestCounterparts(space, 'b', onlyB),
    },
    warnings: differentEvents(x, y, matchedA.size + matchedB.size),
    summary: {
      sentencesA: x.sentences.length,
      sentencesB: y.sentences.length,
      shared: matches.length - contradictions,
      contradictions,
      onlyA: onlyA.length,
      onlyB: onlyB.length,
    },
  };
}

export function documentReport(doc: DocumentModel): DocumentReport {
  return {
    label: doc.label,
    source: doc.source,
    format: doc.format,
    language: doc.lang,
    sentences: doc.sentences,
  };
}

function sortMatches(matches: Match[]): Match[] {
  return [...matches].sort((p, q) => p.a[0]! - q.a[0]! || p.b[0]! - q.b[0]!);
}

/** The same reason seen from the other side: A and B exchanged. */
export function mirrorReason(r: Reason): Reason {
  return {
    ...r,
    a: r.b,
    b: r.a,
    ...(r.denies && { denies: OTHER_SIDE[r.denies] }),
    ...(r.values && { values: { a: r.values.b, b: r.values.a } }),
    ...(r.positions && { positions: { a: r.positions.b, b: r.positions.a } }),
  };
}

const OTHER_SIDE = { a: 'b', b: 'a' } as const;

/** The same report seen from the other side: A and B exchanged everywhere. */
export function mirror(report: Report): Report {
  return {
    ...report,
    a: report.b,
    b: report.a,
    matches: sortMatches(
      report.matches.map((m) => ({
        ...m,
        a: m.b,
        b: m.a,
        reasons: m.reasons.map(mirrorReason),
        evidence: { a: m.evidence.b, b: m.evidence.a },
      })),
    ),
    onlyA: report.onlyB,
    onlyB: report.onlyA,
    related: { a: report.related.b, b: report.related.a },
    summary: {
      sentencesA: report.summary.sentencesB,
      sentencesB: report.summary.sentencesA,
      shared: report.summary.shared,
      contradictions: report.summary.contradictions,
      onlyA: report.summary.onlyB,
      onlyB: report.summary.onlyA,
    },
  };
}
