import type { DocumentReport, Match, Reason, Report } from '../report/types.js';
import { reasonInWords } from './common.js';
import { escapeUnsafe } from './escape.js';

/**
 * The report as Markdown for a pull-request comment: a summary, a table per kind of match and a
 * list per only-side. Every piece of document text is literal: control and bidirectional
 * characters are shown as escapes (`\u202e`) and Markdown syntax is backslash-escaped.
 */
export function renderMarkdown(report: Report): string {
  const labelA = markdownText(report.a.label);
  const labelB = markdownText(report.b.label);
  const { summary } = report;
  const out: string[] = [
    `## communique: ${labelA} vs ${labelB}`,
    '',
    `**${summary.contradictions} contradiction${summary.contradictions === 1 ? '' : 's'}**, ${summary.shared} shared, ` +
      `${summary.onlyA} only in ${labelA}, ${summary.onlyB} only in ${labelB}.`,
    '',
    ...report.warnings.map((w) => `> **Warning:** ${markdownText(w)}\n`),
    '| | document | sentences |',
    '| --- | --- | --- |',
    `| A | **${labelA}**: ${markdownText(report.a.source) || '(text)'} | ${summary.sentencesA} |`,
    `| B | **${labelB}**: ${markdownText(report.b.source) || '(text)'} | ${summary.sentencesB} |`,
  ];
  const cell = (doc: DocumentReport, indices: number[]) =>
    `${sentencesText(doc, indices)} _(${lines(doc, indices)})_`;

  const contradictions = report.matches.filter((m) => m.kind === 'contradiction');
  out.push('', `### Contradictions (${contradictions.length})`, '');
  out.push(
    ...table(
      [labelA, labelB, 'why'],
      contradictions.map((m) => [
        cell(report.a, m.a),
        cell(report.b, m.b),
        m.reasons.map((r) => reason(r, labelA, labelB)).join('<br>'),
      ]),
    ),
  );

  const shared = report.matches.filter((m) => m.kind === 'shared');
  out.push('', `### Shared (${shared.length})`, '');
  out.push(
    ...table(
      [labelA, labelB, 'similarity', 'confidence'],
      shared.map((m: Match) => [
        cell(report.a, m.a),
        cell(report.b, m.b),
        m.similarity.toFixed(2),
        m.confidence.toFixed(2),
      ]),
    ),
  );

  for (const [label, doc, only] of [
    [labelA, report.a, report.onlyA],
    [labelB, report.b, report.onlyB],
  ] as const) {
    out.push('', `### Only in ${label} (${only.length})`, '');
    out.push(
      ...(only.length === 0
        ? ['_None._']
        : only.map((i) => `- ${sentencesText(doc, [i])} _(${lines(doc, [i])})_`)),
    );
  }
  out.push(
    '',
    `_Aligned from confidence ${report.options.threshold}; a pair on which a contradiction cue fires from similarity ${report.options.contradictionThreshold}._`,
  );
  return `${out.join('\n')}\n`;
}

/** Markdown syntax that can act inside a table cell or list item; ASCII punctuation may always be backslash-escaped. */
const MARKDOWN_SYNTAX = /[\\`*_[\]<>|~$&]/g;

/** What would open a block at the start of a list item: a heading, quote, list or numbered item. */
const BLOCK_START = /^(\s*)(?:(\d{1,9})([.)])|([#>+=-]))/;

/** Document text as literal Markdown on one line. */
export function markdownText(text: string): string {
  return escapeUnsafe(text)
    .replace(MARKDOWN_SYNTAX, '\\$&')
    .replace(BLOCK_START, (_all, space: string, digits?: string, after?: string, mark?: string) =>
      digits ? `${space}${digits}\\${after}` : `${space}\\${mark}`,
    );
}

function table(header: string[], rows: string[][]): string[] {
  if (rows.length === 0) return ['_None._'];
  return [
    `| ${header.join(' | ')} |`,
    `|${' --- |'.repeat(header.length)}`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

function sentencesText(doc: DocumentReport, indices: number[]): string {
  return markdownText(indices.map((i) => doc.sentences[i]!.text).join(' '));
}

/** `#6, line 3`: the sentence numbers every report shows, and where they stand. */
function lines(doc: DocumentReport, indices: number[]): string {
  const numbers = indices.map((i) => `#${doc.sentences[i]!.number}`).join(' + ');
  return `${numbers}, ${indices.length > 1 ? 'lines' : 'line'} ${indices.map((i) => doc.sentences[i]!.line).join(', ')}`;
}

function reason(r: Reason, labelA: string, labelB: string): string {
  return `**${r.cue}**: ${reasonInWords(r, labelA, labelB, (s) => `“${markdownText(s)}”`, markdownText)}`;
}
