import type { Claim, ClaimContradiction, ClaimMember, MultiReport } from '../multi/types.js';
import type { Highlight } from '../report/types.js';
import { manySummaryLine, markedPieces, reasonInWords, sentencePositions } from './common.js';
import { escapeUnsafe } from './escape.js';
import { REPORT_SECTIONS } from './sections.js';
import { diffWords, hang, type TextOptions } from './text.js';

/**
 * The report on three or more documents for a person: a summary line, a matrix of how much of
 * each document the others share or contradict, then the contradictions, then the claims of two
 * or more documents (common ground first), each with a row of which documents carry it, then each
 * document's own. The words that carry each verdict are marked, as in the two-document report;
 * `show` limits the sections, `wordDiff` marks a contradiction's differing words instead.
 */
export function renderManyText(
  report: MultiReport,
  { style, width, show = REPORT_SECTIONS, wordDiff = false }: TextOptions,
): string {
  const safe = (s: string) => escapeUnsafe(s, style.escape);
  const { documents, claims } = report;
  const labels = documents.map((doc) => safe(doc.label));
  const labelWidth = Math.max(...labels.map((label) => label.length)) + 1;
  const out: string[] = [];
  const block = (text: string, indent: number, prefix = '') =>
    out.push(hang(text, indent, prefix, width));
  const at = (member: ClaimMember) =>
    sentencePositions(documents[member.document]!, member.sentences);
  const named = (member: ClaimMember) => `${labels[member.document]} ${at(member)}`;
  const raw = (member: ClaimMember) =>
    member.sentences.map((i) => documents[member.document]!.sentences[i]!.text).join(' ');
  // Neighbouring documents' evidence in different neutral styles, as the two sides of a pair.
  const marked = (member: ClaimMember, evidence: readonly Highlight[]) => {
    const mark = member.document % 2 === 0 ? style.evidenceA : style.evidenceB;
    return markedPieces(documents[member.document]!, member.sentences, evidence)
      .map((p) => (p.marked ? mark(safe(p.text)) : safe(p.text)))
      .join('');
  };
  const section = (title: string, count: number, paint: (s: string) => string) => {
    out.push('', paint(`${title} (${count})`));
    if (count === 0) out.push(style.dim('  none'));
  };
  const sentenceLine = (member: ClaimMember, text: string) =>
    block(
      `${style.dim(at(member))} ${text}`,
      4,
      `${labels[member.document]}:`.padEnd(labelWidth) + ' ',
    );

  out.push(style.heading(`communique: ${labels.join(', ')} (${documents.length} documents)`));
  block(style.heading(manySummaryLine(report)), 0);
  documents.forEach((doc, k) =>
    block(
      `${labels[k]}: ${safe(doc.source) || '(text)'}, ${doc.sentences.length} sentences, language ${doc.language}`,
      2,
      `${k + 1}  `,
    ),
  );
  for (const warning of report.warnings) block(style.warning(`warning: ${safe(warning)}`), 2);
  block(
    style.dim(
      `#n is a sentence’s number (line:column where it starts); ${wordDiff ? 'in a contradiction, marked words are those one side has and the other lacks' : 'marked words carry the verdict'}. A claim is what one or more documents say: ● carries it, ○ does not, ✗ contradicts it.`,
    ),
    2,
  );

  out.push(
    '',
    style.heading('Of the claims of each row, how many each column shares (=) or contradicts (✗)'),
  );
  for (const line of matrixLines(report, labels, style)) out.push(`  ${line}`);

  const contradictions = claims.flatMap((claim) => claim.contradictions);
  if (show.includes('contradiction')) {
    section('Contradictions', contradictions.length, style.contradiction);
    for (const c of contradictions) {
      block(
        `${named(c.a)} ↔ ${named(c.b)}  ${style.dim(`similarity ${c.similarity.toFixed(2)}`)}`,
        2,
        `${style.contradiction('✗')} `,
      );
      const [a, b] = wordDiff
        ? diffWords(raw(c.a), raw(c.b), style, safe)
        : [marked(c.a, c.evidence.a), marked(c.b, c.evidence.b)];
      block(a, 4, `${labels[c.a.document]}:`.padEnd(labelWidth) + ' ');
      block(b, 4, `${labels[c.b.document]}:`.padEnd(labelWidth) + ' ');
      for (const r of c.reasons)
        block(
          reasonInWords(
            r,
            labels[c.a.document]!,
            labels[c.b.document]!,
            (q) => `"${safe(q)}"`,
            safe,
          ),
          4,
          `${style.cue(`why (${r.cue})`)}: `,
        );
      if (c.terms.length > 0)
        block(style.dim(c.terms.map(safe).join(', ')), 4, style.dim('about: '));
    }
  }

  if (show.includes('shared')) {
    // Common ground first; otherwise in the order of the first document that carries them.
    const carried = claims
      .filter((claim) => claim.members.length > 1)
      .sort((p, q) => q.members.length - p.members.length);
    section('Claims of two or more documents', carried.length, style.shared);
    for (const claim of carried) {
      const common = claim.members.length === documents.length ? style.dim('  common ground') : '';
      block(`${carriers(claim, labels, style)}${common}`, 2);
      for (const member of claim.members) sentenceLine(member, marked(member, member.evidence));
      for (const c of claim.contradictions) {
        const cues = [...new Set(c.reasons.map((r) => r.cue))].join(', ');
        block(
          `${named(c.b)} contradicts ${named(c.a)} (${cues})`,
          4,
          `${style.contradiction('✗')} `,
        );
      }
    }
  }

  if (show.includes('only')) {
    const against = contradictedBy(contradictions);
    documents.forEach((_, k) => {
      const own = claims.filter(
        (claim) => claim.members.length === 1 && claim.members[0]!.document === k,
      );
      section(`Only in ${labels[k]}`, own.length, style.only);
      for (const { members } of own) {
        const member = members[0]!;
        const others = (against.get(key(member)) ?? []).map(named);
        const note =
          others.length > 0
            ? `  ${style.contradiction('✗')} ${style.dim(`contradicts ${others.join(', ')}`)}`
            : '';
        block(style.dim(at(member)) + note, 2, `${style.only('+')} `);
        block(safe(raw(member)), 4);
      }
    });
  }
  return `${out.join('\n')}\n`;
}

/** "Moscow ● Dushanbe ✗ Agency ●": which documents carry a claim, and which contradict it. */
function carriers(claim: Claim, labels: readonly string[], style: TextOptions['style']): string {
  const members = new Set(claim.members.map((m) => m.document));
  const contradicting = new Set(claim.contradictions.map((c) => c.b.document));
  return labels
    .map((label, k) => {
      if (members.has(k)) return `${label} ${style.shared('●')}`;
      if (contradicting.has(k)) return `${label} ${style.contradiction('✗')}`;
      return `${label} ${style.dim('○')}`;
    })
    .join(' ');
}

function key(member: ClaimMember): string {
  return `${member.document}:${member.sentences.join('+')}`;
}

/** For each side of a contradiction, the sides that contradict it. */
function contradictedBy(contradictions: readonly ClaimContradiction[]): Map<string, ClaimMember[]> {
  const against = new Map<string, ClaimMember[]>();
  for (const { a, b } of contradictions) {
    against.set(key(a), [...(against.get(key(a)) ?? []), b]);
    against.set(key(b), [...(against.get(key(b)) ?? []), a]);
  }
  return against;
}

/**
 * One row per document: how many claims it carries, and for each other document how many of those
 * that document also carries (=) and how many it contradicts (✗).
 */
function matrixLines(
  report: MultiReport,
  labels: readonly string[],
  style: TextOptions['style'],
): string[] {
  const counts = sharedAndContradicted(report);
  const cell = (row: number, column: number) => {
    if (row === column) return '·';
    const { shared, contradicted } = counts[row]![column]!;
    return `${shared}=${contradicted > 0 ? ` ${contradicted}✗` : ''}`;
  };
  const claimsOf = labels.map(
    (_, k) => report.claims.filter((c) => c.members.some((m) => m.document === k)).length,
  );
  const table = [
    ['', 'claims', ...labels],
    ...labels.map((label, row) => [
      label,
      String(claimsOf[row]),
      ...labels.map((_, column) => cell(row, column)),
    ]),
  ];
  const widths = table[0]!.map((_, col) => Math.max(...table.map((line) => line[col]!.length)));
  return table.map((line, r) =>
    line
      .map((text, col) => {
        const padded = col === 1 ? text.padStart(widths[col]!) : text.padEnd(widths[col]!);
        return r === 0 || col === 0 ? padded : paintCell(padded, style);
      })
      .join('  ')
      .trimEnd(),
  );
}

function paintCell(text: string, style: TextOptions['style']): string {
  return text.replace(/\d+✗/, (s) => style.contradiction(s));
}

/** counts[row][column]: the row document's claims that the column document carries, and that it contradicts. */
function sharedAndContradicted(report: MultiReport): { shared: number; contradicted: number }[][] {
  const n = report.documents.length;
  const counts = Array.from({ length: n }, () =>
    Array.from({ length: n }, () => ({ shared: 0, contradicted: 0 })),
  );
  const contradicting = documentsAgainst(report.claims.flatMap((claim) => claim.contradictions));
  for (const claim of report.claims) {
    for (const member of claim.members) {
      const row = counts[member.document]!;
      for (const other of claim.members) if (other !== member) row[other.document]!.shared++;
      // A claim counts once per contradicting document, however many of its sentences conflict.
      const columns = new Set(
        member.sentences.flatMap((i) => [...(contradicting.get(`${member.document}:${i}`) ?? [])]),
      );
      for (const column of columns) row[column]!.contradicted++;
    }
  }
  return counts;
}

/** For each sentence ("document:index") in a contradiction, the documents on its other side. */
function documentsAgainst(contradictions: readonly ClaimContradiction[]): Map<string, Set<number>> {
  const against = new Map<string, Set<number>>();
  for (const { a, b } of contradictions) {
    for (const [side, other] of [
      [a, b],
      [b, a],
    ] as const) {
      for (const i of side.sentences) {
        const at = `${side.document}:${i}`;
        against.set(at, (against.get(at) ?? new Set()).add(other.document));
      }
    }
  }
  return against;
}
