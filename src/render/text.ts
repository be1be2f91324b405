// Submodule imports: the diff package's index loads every algorithm; fast-wrap-ansi loads in a
// fifth of wrap-ansi's time (no emoji tables), which counts in a command that runs for 150 ms.
import { diffArrays } from 'diff/lib/diff/array.js';
import { wrapAnsi } from 'fast-wrap-ansi';
import type { DocumentReport, Match, Related, Report } from '../report/types.js';
import { markedPieces, reasonInWords, sameText, sentencePositions, summaryLine } from './common.js';
import { escapeUnsafe } from './escape.js';
import { REPORT_SECTIONS, type ReportSection } from './sections.js';
import type { Style } from './style.js';

export interface TextOptions {
  style: Style;
  /** Columns to wrap to; 0 leaves lines unwrapped. */
  width: number;
  /** The sections to print (default: all). */
  show?: readonly ReportSection[];
  /** Mark the words each side has and the other lacks, instead of the words that carry the verdict. */
  wordDiff?: boolean;
}

/** Markers of sentences on one side only, as diff has them: < for A, > for B. */
const ONLY_MARK = { a: '<', b: '>' } as const;

/**
 * The report for a person: a summary line under the title, then contradictions, shared claims and
 * what only one side says. The words that carry each verdict are marked; the rest is plain.
 */
export function renderText(
  report: Report,
  { style, width, show = REPORT_SECTIONS, wordDiff = false }: TextOptions,
): string {
  const safe = (s: string) => escapeUnsafe(s, style.escape);
  const labelA = safe(report.a.label);
  const labelB = safe(report.b.label);
  // A label wider than a third of the line would squeeze the sentences into a strip.
  const labelColumn = Math.max(labelA.length, labelB.length) + 2;
  const labelsOwnLine = width > 0 && labelColumn > width / 3;
  const out: string[] = [];
  const block = (text: string, indent: number, prefix = '') =>
    out.push(hang(text, indent, prefix, width));
  const sideText = (label: string, text: string) => {
    if (labelsOwnLine) {
      block(`${label}:`, 4);
      block(text, 6);
    } else block(text, 4, `${label}:`.padEnd(labelColumn));
  };

  out.push(style.heading(`communique: ${labelA} vs ${labelB}`));
  block(style.heading(summaryLine(report, labelA, labelB)), 0);
  for (const [mark, label, doc] of [
    ['A', labelA, report.a],
    ['B', labelB, report.b],
  ] as const) {
    block(
      `${label}: ${safe(doc.source) || '(text)'}, ${doc.sentences.length} sentences, language ${doc.language}`,
      2,
      `${mark}  `,
    );
  }
  for (const warning of report.warnings) block(style.warning(`warning: ${safe(warning)}`), 2);
  block(
    style.dim(
      wordDiff
        ? '#n is a sentence’s number (line:column where it starts); marked words are those one side has and the other lacks.'
        : '#n is a sentence’s number (line:column where it starts); marked words carry the verdict.',
    ),
    2,
  );

  const section = (title: string, count: number, paint: (s: string) => string) => {
    out.push('', paint(`${title} (${count})`));
    if (count === 0) out.push(style.dim('  none'));
  };
  const sides = (m: Match): [string, string] => {
    if (wordDiff) return diffWords(joined(report.a, m.a), joined(report.b, m.b), style, safe);
    const paint = (doc: DocumentReport, indices: number[], mark: (s: string) => string) =>
      markedPieces(doc, indices, m.evidence[doc === report.a ? 'a' : 'b'])
        .map((p) => (p.marked ? mark(safe(p.text)) : safe(p.text)))
        .join('');
    return [paint(report.a, m.a, style.evidenceA), paint(report.b, m.b, style.evidenceB)];
  };
  const pair = (m: Match, mark: string, paint: (s: string) => string) => {
    const same = m.kind === 'shared' && sameText(report.a, m.a, report.b, m.b);
    const note = `${same ? 'same text' : `similarity ${m.similarity.toFixed(2)}`}, confidence ${m.confidence.toFixed(2)}`;
    block(
      `${labelA} ${sentencePositions(report.a, m.a)} ↔ ${labelB} ${sentencePositions(report.b, m.b)}  ${style.dim(note)}`,
      2,
      `${paint(mark)} `,
    );
    if (same) {
      block(safe(joined(report.a, m.a)), 4);
      return;
    }
    const [a, b] = sides(m);
    sideText(labelA, a);
    sideText(labelB, b);
  };
  const quote = (s: string) => `"${safe(s)}"`;

  if (show.includes('contradiction')) {
    const contradictions = report.matches.filter((m) => m.kind === 'contradiction');
    section('Contradictions', contradictions.length, style.contradiction);
    for (const m of contradictions) {
      pair(m, '✗', style.contradiction);
      for (const r of m.reasons)
        block(reasonInWords(r, labelA, labelB, quote, safe), 4, `${style.cue(`why (${r.cue})`)}: `);
      if (m.terms.length > 0)
        block(style.dim(m.terms.map(safe).join(', ')), 4, style.dim('about: '));
    }
  }

  if (show.includes('shared')) {
    const shared = report.matches.filter((m) => m.kind === 'shared');
    section('Shared', shared.length, style.shared);
    for (const m of shared) {
      pair(m, '=', style.shared);
      // Without --word-diff the shared words are marked in the sentences themselves.
      if (wordDiff && m.terms.length > 0)
        block(style.dim(m.terms.map(safe).join(', ')), 4, style.dim('shared terms: '));
    }
  }

  if (show.includes('only')) {
    for (const [side, label, doc, only, other, otherLabel] of [
      ['a', labelA, report.a, report.onlyA, report.b, labelB],
      ['b', labelB, report.b, report.onlyB, report.a, labelA],
    ] as const) {
      const paint = side === 'a' ? style.only : style.onlyB;
      const related = new Map<number, Related>(report.related[side].map((r) => [r.index, r]));
      section(`Only in ${label}`, only.length, paint);
      for (const i of only) {
        block(style.dim(sentencePositions(doc, [i])), 2, `${paint(ONLY_MARK[side])} `);
        block(safe(doc.sentences[i]!.text), 4);
        const near = related.get(i);
        if (near)
          block(
            style.dim(
              `closest in ${otherLabel}: #${other.sentences[near.counterpart]!.number}, similarity ${near.similarity.toFixed(2)}`,
            ),
            4,
          );
      }
    }
  }
  return `${out.join('\n')}\n`;
}

function joined(doc: DocumentReport, indices: number[]): string {
  return indices.map((i) => doc.sentences[i]!.text).join(' ');
}

/** Indents `text` after a prefix and wraps it so that continuation lines line up under the text. */
export function hang(text: string, indent: number, prefix: string, width: number): string {
  const lead = ' '.repeat(indent) + prefix;
  if (width <= 0) return lead + text;
  const hanging = indent + visibleWidth(prefix);
  const lines = wrapAnsi(text, Math.max(20, width - hanging), { hard: true });
  return lines
    .split('\n')
    .map((line, i) => (i === 0 ? lead : ' '.repeat(hanging)) + line)
    .join('\n');
}

/** Marks the words each side has and the other lacks (--word-diff). */
export function diffWords(
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
      out[0] += paint(left.slice(i, i + count), safe, part.removed ? style.changedA : undefined);
      i += count;
    }
    if (!part.removed) {
      out[1] += paint(right.slice(j, j + count), safe, part.added ? style.changedB : undefined);
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
