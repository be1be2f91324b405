import type { DocumentReport, Report } from '../report/types.js';
import { escapeUnsafeJson } from './escape.js';

/**
 * The report as a stream: one JSON object a line, one per match (`"type": "match"`) then one per
 * sentence found on one side only (`"type": "only"`). Each object carries its sentences in full
 * and the side's label, so a line can be processed without the others.
 */
export function renderNdjson(report: Report): string {
  const side = (doc: DocumentReport, indices: number[]) => ({
    label: doc.label,
    sentences: indices.map((i) => doc.sentences[i]!),
  });
  const matches = report.matches.map(({ kind, a, b, similarity, confidence, terms, reasons }) => ({
    type: 'match',
    kind,
    a: side(report.a, a),
    b: side(report.b, b),
    similarity,
    confidence,
    terms,
    reasons,
  }));
  const only = (name: 'a' | 'b', doc: DocumentReport, indices: number[]) =>
    indices.map((i) => ({
      type: 'only',
      side: name,
      label: doc.label,
      sentence: doc.sentences[i]!,
    }));
  const records = [
    ...matches,
    ...only('a', report.a, report.onlyA),
    ...only('b', report.b, report.onlyB),
  ];
  // escapeUnsafeJson also escapes U+2028/U+2029, which some line splitters take for line ends.
  return records.map((record) => `${escapeUnsafeJson(JSON.stringify(record))}\n`).join('');
}
