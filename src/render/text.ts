// Submodule imports: the diff package's index loads every algorithm; fast-wrap-ansi loads in a
// fifth of wrap-ansi's time (no emoji tables), which counts in a command that runs for 150 ms.
import { diffArrays } from 'diff/lib/diff/array.js';
import { wrapAnsi } from 'fast-wrap-ansi';
import type { DocumentReport, Match, Reason, Report } from '../report/types.js';
import { escapeUnsafe } from './escape.js';
import type { Style } from './style.js';

export interface TextOptions {
  style: Style;
  /** Columns to wrap to; 0 leaves lines unwrapped. */
  width: number;
}

/** The report for a person: contradictions first, then shared claims, then what only one side says. */
export function renderText(report: Report, { style, width }: TextOptions): string {
  const safe = (s: string) => escapeUnsafe(s, style.escape);
  const labelA = safe(report.a.label);
  const labelB = safe(report.b.label);
  const labelWidth = Math.max(labelA.length, labelB.length) + 1;
  const out: string[] = [];
  const block = (text: string, indent: number, prefix = '') =>
    out.push(hang(text, indent, prefix, width));
  const position = (doc: DocumentReport, indices: number[]) =>
    indices
      .map((i) => `#${i + 1} (${doc.sentences[i]!.line}:${doc.sentences[i]!.column})`)
      .join(' + ');
  const raw = (doc: DocumentReport, indices: number[]) =>
    indices.map((i) => doc.sentences[i]!.text).join(' ');

  out.push(style.heading(`communique: ${labelA} vs ${labelB}`));
  block(
    `${labelA}: ${safe(report.a.source) || '(text)'}, ${report.summary.sentencesA} sentences, language ${report.a.language}`,
    2,
    'A  ',
  );
  block(
    `${labelB}: ${safe(report.b.source) || '(text)'}, ${report.summary.sentencesB} sentences, language ${report.b.language}`,
    2,
    'B  ',
  );
  block(
    style.dim(
      `#n (line:column) locates a sentence. Aligned from similarity ${report.options.threshold}; a pair on which a contradiction cue fires from ${report.options.contradictionThreshold}.`,
    ),
    2,
  );

  const section = (title: string, count: number, paint: (s: string) => string) => {
    out.push('', paint(`${title} (${count})`));
    if (count === 0) out.push(style.dim('  none'));
  };
  const pair = (m: Match, mark: string, paint: (s: string) => string) => {
    block(
      `${labelA} ${position(report.a, m.a)} ↔ ${labelB} ${position(report.b, m.b)}  ${style.dim(`similarity ${m.similarity.toFixed(2)}`)}`,
      2,
      `${paint(mark)} `,
    );
    const [a, b] = wordDiff(raw(report.a, m.a), raw(report.b, m.b), style, safe);
    block(a, 4, `${labelA}:`.padEnd(labelWidth) + ' ');
    block(b, 4, `${labelB}:`.padEnd(labelWidth) + ' ');
  };
  const why = (r: Reason) =>
    `${style.cue(r.cue)}: ${safe(r.explanation)} (${labelA}: ${quote(safe(r.a))}; ${labelB}: ${quote(safe(r.b))})`;

  const contradictions = report.matches.filter((m) => m.kind === 'contradiction');
  section('Contradictions', contradictions.length, style.contradiction);
  for (const m of contradictions) {
    pair(m, '✗', style.contradiction);
    for (const r of m.reasons) block(why(r), 4, 'why: ');
    if (m.terms.length > 0) block(style.dim(m.terms.map(safe).join(', ')), 4, style.dim('about: '));
  }

  const shared = report.matches.filter((m) => m.kind === 'shared');
  section('Shared', shared.length, style.shared);
  for (const m of shared) {
    pair(m, '=', style.shared);
    if (m.terms.length > 0)
      block(style.dim(m.terms.map(safe).join(', ')), 4, style.dim('shared terms: '));
  }

  for (const [label, doc, only] of [
    [labelA, report.a, report.onlyA],
    [labelB, report.b, report.onlyB],
  ] as const) {
    section(`Only in ${label}`, only.length, style.only);
    for (const i of only) {
      block(style.dim(position(doc, [i])), 2, `${style.only('+')} `);
      block(safe(doc.sentences[i]!.text), 4);
    }
  }

  const { summary } = report;
  out.push('');
  block(
    style.heading(
      `Summary: ${summary.contradictions} contradiction${summary.contradictions === 1 ? '' : 's'}, ${summary.shared} shared, ` +
        `${summary.onlyA} only in ${labelA}, ${summary.onlyB} only in ${labelB}`,
    ),
    0,
  );
  return `${out.join('\n')}\n`;
}

/** Indents `text` after a prefix and wraps it so that continuation lines line up under the text. */
function hang(text: string, indent: number, prefix: string, width: number): string {
  const lead = ' '.repeat(indent) + prefix;
  if (width <= 0) return lead + text;
  const hanging = indent + visibleWidth(prefix);
  const lines = wrapAnsi(text, Math.max(20, width - hanging), { hard: true });
  return lines
    .split('\n')
    .map((line, i) => (i === 0 ? lead : ' '.repeat(hanging)) + line)
    .join('\n');
}

function quote(s: string): string {
  return s === '' ? '—' : `"${s}"`;
}

/** Marks the words each side has and the other lacks, so rewording shows at a glance. */
function wordDiff(
  a: string,
  b: string,
  style: Style,
  safe: (s: string) => string,
): [string, string] {
  const left = words(a);
  const right = words(b);
  const out: [string, string] = ['', ''];
  let i = 0;
  let j = 0;
  // Each side is rebuilt from its own words and spacing; the diff only says which words differ.
  for (const part of diffArrays(
    left.map((w) => w.word),
    right.map((w) => w.word),
  )) {
    const count = part.value.length;
    if (!part.added) {
      out[0] += paint(left.slice(i, i + count), safe, part.removed ? style.removed : undefined);
      i += count;
    }
    if (!part.removed) {
      out[1] += paint(right.slice(j, j + count), safe, part.added ? style.added : undefined);
      j += count;
    }
  }
  return out;
}

interface Word {
  space: string;
  word: string;
}

function words(text: string): Word[] {
  return [...text.matchAll(/(\s*)([\p{L}\p{M}\p{N}'’-]+|[^\s\p{L}\p{M}\p{N}])/gu)].map((m) => ({
    space: m[1]!,
    word: m[2]!,
  }));
}

/** Joins words with their spacing; a changed run is painted as one piece, its leading space outside. */
function paint(
  run: Word[],
  safe: (s: string) => string,
  mark: ((s: string) => string) | undefined,
): string {
  if (run.length === 0) return '';
  const text = safe(run.map((w, k) => (k === 0 ? w.word : w.space + w.word)).join(''));
  return run[0]!.space + (mark ? mark(text) : text);
}

function visibleWidth(s: string): number {
  return s.replace(/\u001b\[[0-9;]*m/g, '').length;
}
