import type { MultiReport } from '../multi/types.js';
import type { DocumentReport, Highlight, Reason, Report } from '../report/types.js';

/** What the renderers share: the summary, reasons in words, and which pairs say the same thing. */

/** `1 contradiction, 3 shared, 7 only in moscow, 7 only in dushanbe`, labels as given. */
export function summaryLine(report: Report, labelA: string, labelB: string): string {
  const { summary } = report;
  return (
    `${summary.contradictions} contradiction${summary.contradictions === 1 ? '' : 's'}, ${summary.shared} shared, ` +
    `${summary.onlyA} only in ${labelA}, ${summary.onlyB} only in ${labelB}`
  );
}

/** Where sentences stand: "#3 (2:14)", joined by " + " for two. */
export function sentencePositions(doc: DocumentReport, indices: readonly number[]): string {
  return indices
    .map(
      (i) => `#${doc.sentences[i]!.number} (${doc.sentences[i]!.line}:${doc.sentences[i]!.column})`,
    )
    .join(' + ');
}

/** `19 claims: 2 common ground, 6 of some documents, 11 of one only; 2 contradictions`. */
export function manySummaryLine({ documents, claims }: MultiReport): string {
  const common = claims.filter((claim) => claim.members.length === documents.length).length;
  const single = claims.filter((claim) => claim.members.length === 1).length;
  const contradictions = claims.reduce((n, claim) => n + claim.contradictions.length, 0);
  return (
    `${claims.length} claims: ${common} common ground, ${claims.length - common - single} of some documents, ` +
    `${single} of one only; ${contradictions} contradiction${contradictions === 1 ? '' : 's'}`
  );
}

/**
 * A reason in words a reader can check against the text: what each side says and which side
 * denies the other's words ("moscow: "not directed …"; dushanbe disputes it: "incompatible with"").
 * `quote` shows a piece of document text, `safe` makes other text safe for the output (the
 * explanation may quote the documents); labels come in already made safe.
 */
export function reasonInWords(
  r: Reason,
  labelA: string,
  labelB: string,
  quote: (text: string) => string,
  safe: (text: string) => string,
): string {
  const said = (label: string, words: string, value: string | undefined) =>
    `${label}: ${words === '' ? '(nothing to quote)' : quote(words)}${
      value !== undefined && normalise(value) !== normalise(words) ? ` (${value})` : ''
    }`;
  if (r.denies !== undefined) {
    const [denier, asserter] = r.denies === 'a' ? [labelA, labelB] : [labelB, labelA];
    const [denied, asserted] = r.denies === 'a' ? [r.a, r.b] : [r.b, r.a];
    const verb = r.cue === 'negation' ? 'denies it' : 'disputes it';
    return asserted === ''
      ? `${denier} disputes what ${asserter} says: ${quote(denied)}`
      : `${said(asserter, asserted, undefined)}; ${denier} ${verb}: ${quote(denied)}`;
  }
  return `${said(labelA, r.a, r.values?.a && safe(r.values.a))}; ${said(labelB, r.b, r.values?.b && safe(r.values.b))}; ${safe(r.explanation)}`;
}

/** Whether the sentences of a pair read the same once case, spacing and punctuation are set aside. */
export function sameText(
  a: DocumentReport,
  ia: number[],
  b: DocumentReport,
  ib: number[],
): boolean {
  const joined = (doc: DocumentReport, indices: number[]) =>
    normalise(indices.map((i) => doc.sentences[i]!.text).join(' '));
  return joined(a, ia) === joined(b, ib);
}

function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A piece of a sentence, and whether it carries the verdict. */
export interface TextPiece {
  text: string;
  marked: boolean;
}

/** The sentences of one side of a pair, joined by a space, cut into marked and plain pieces. */
export function markedPieces(
  doc: DocumentReport,
  indices: number[],
  highlights: readonly Highlight[],
): TextPiece[] {
  const pieces: TextPiece[] = [];
  indices.forEach((index, k) => {
    const { text } = doc.sentences[index]!;
    if (k > 0) pieces.push({ text: ' ', marked: false });
    let at = 0;
    for (const h of highlights) {
      if (h.sentence !== index || h.start < at) continue;
      if (h.start > at) pieces.push({ text: text.slice(at, h.start), marked: false });
      pieces.push({ text: text.slice(h.start, h.end), marked: true });
      at = h.end;
    }
    if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  });
  return pieces;
}
