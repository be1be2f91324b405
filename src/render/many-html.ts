import type { ClaimMember, MultiReport } from '../multi/types.js';
import type { Highlight } from '../report/types.js';
import { manySummaryLine } from './common.js';
import {
  aboutDocument,
  contradictionItem,
  documentColumn,
  htmlPage,
  text,
  type SentenceCell,
  type SentenceRefs,
} from './html.js';

/**
 * The report on three or more documents as one self-contained page: a column per document, each
 * sentence coloured by its verdict (a contradiction first, then a claim of two or more documents,
 * else the document's own) and linked to the sentences of the other documents in its claim and
 * to those that contradict it; the contradictions first with their reasons. The same page as for
 * two documents, with the same escaping and the same policy against any request.
 */
export function renderManyHtml(report: MultiReport): string {
  const { documents, claims } = report;
  const id = (document: number) => `d${document}`;
  const refs = (member: ClaimMember): SentenceRefs => ({
    document: documents[member.document]!,
    id: id(member.document),
    sentences: member.sentences,
  });
  const ids = (member: ClaimMember) => member.sentences.map((i) => `${id(member.document)}-${i}`);
  const cells: SentenceCell[][] = documents.map((doc) =>
    doc.sentences.map(() => ({
      kind: 'only',
      links: [],
      evidence: [],
      title: `only in ${doc.label}`,
    })),
  );
  const carriedBy = (members: readonly ClaimMember[]) =>
    members.map((m) => documents[m.document]!.label).join(', ');
  const setCells = (
    member: ClaimMember,
    cell: (i: number, previous: SentenceCell) => SentenceCell,
  ) => {
    for (const i of member.sentences)
      cells[member.document]![i] = cell(i, cells[member.document]![i]!);
  };
  for (const claim of claims) {
    if (claim.members.length < 2) continue;
    for (const member of claim.members) {
      const links = claim.members.filter((m) => m !== member).flatMap(ids);
      setCells(member, () => ({
        kind: 'shared',
        links,
        evidence: member.evidence,
        title: `shared by ${carriedBy(claim.members)}`,
      }));
    }
  }
  // A contradiction outranks the claim its sentence is in; its counterparts join the claim's.
  const contradictions = claims.flatMap((claim) => claim.contradictions);
  for (const c of contradictions) {
    for (const [side, other, evidence] of [
      [c.a, c.b, c.evidence.a],
      [c.b, c.a, c.evidence.b],
    ] as [ClaimMember, ClaimMember, Highlight[]][]) {
      setCells(side, (_, previous) => ({
        kind: 'contradiction',
        links: [...new Set([...previous.links, ...ids(other)])],
        evidence:
          previous.kind === 'contradiction'
            ? [...previous.evidence, ...evidence].sort((p, q) => p.start - q.start)
            : evidence,
        title: `contradicted by ${documents[other.document]!.label} #${documents[other.document]!.sentences[other.sentences[0]!]!.number}, similarity ${c.similarity.toFixed(2)}`,
      }));
    }
  }
  const own = documents.map(
    (_, k) => claims.filter((c) => c.members.length === 1 && c.members[0]!.document === k).length,
  );
  const shared = claims.filter((claim) => claim.members.length > 1).length;
  return htmlPage({
    language: report.options.language,
    title: documents.map((doc) => text(doc.label)).join(', '),
    summary: manySummaryLine(report),
    sources: documents.map((doc, k) => [String(k + 1), tint(k), aboutDocument(doc)]),
    warnings: report.warnings,
    counts: {
      contradiction: [
        contradictions.length,
        `contradiction${contradictions.length === 1 ? '' : 's'}`,
      ],
      shared: [shared, `claim${shared === 1 ? '' : 's'} of two or more`],
      only: [
        own.reduce((sum, n) => sum + n, 0),
        `of one only (${documents.map((doc, k) => `${own[k]} in ${text(doc.label)}`).join(', ')})`,
      ],
    },
    contradictions: contradictions.map((c) => contradictionItem(refs(c.a), refs(c.b), c.reasons)),
    columns: documents.map((doc, k) =>
      documentColumn(doc, id(k), String(k + 1), `${tint(k)} doc-${k + 1}`, cells[k]!),
    ),
  });
}

/** Neighbouring columns in the two neutral tints of a pair's sides. */
function tint(document: number): string {
  return document % 2 === 0 ? 'side-a' : 'side-b';
}
