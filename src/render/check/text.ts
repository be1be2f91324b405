import { join } from 'node:path';
import type { CheckedCase, CheckRun, SnapshotChange } from '../../corpus/index.js';
import { escapeUnsafe } from '../escape.js';
import type { Style } from '../style.js';
import { describeChange, scoresLine, snapshotStatusLine, summaryLine } from './describe.js';

const INDENT = '      ';

/** A line per case (PASS/FAIL, scores), what changed under each failed or updated case, and a summary line. */
export function renderCheckText(run: CheckRun, style: Style): string {
  const safe = (s: string) => escapeUnsafe(s, style.escape);
  const idWidth = Math.max(0, ...run.cases.map((c) => safe(c.case.id).length));
  const out = run.cases.flatMap((checked) => [
    caseLine(checked, idWidth, style, safe),
    ...details(checked, style, safe),
  ]);
  out.push('', style.heading(summaryLine(run)));
  return `${out.join('\n')}\n`;
}

function caseLine(
  checked: CheckedCase,
  idWidth: number,
  style: Style,
  safe: (s: string) => string,
): string {
  if (checked.error !== undefined)
    return `${style.contradiction('ERROR')}  ${safe(checked.case.id)}  ${safe(checked.error)}`;
  const mark = checked.passed ? style.shared('PASS') : style.contradiction('FAIL');
  const notes = [
    snapshotStatusLine(checked.snapshot, checked.changes.length),
    checked.scores && style.dim(scoresLine(checked.scores)),
  ].filter(Boolean);
  return `${mark}  ${safe(checked.case.id).padEnd(idWidth)}  ${notes.join('  ')}`.trimEnd();
}

function details(checked: CheckedCase, style: Style, safe: (s: string) => string): string[] {
  const c = checked.case;
  const lines = checked.problems.map((p) => `${INDENT}${style.contradiction('!')} ${safe(p)}`);
  if (checked.changes.length === 0) return lines;
  const files = c.documents.map(
    (document) => `${safe(document.label)}: ${safe(join(c.dir, document.file))}`,
  );
  lines.push(INDENT + style.dim(files.join('  ')));
  for (const change of checked.changes) {
    const words = describeChange(change, c, safe);
    lines.push(
      `${INDENT}${paintFor(change, style)(words.title)}`,
      ...words.sentences.map((s) => `${INDENT}  ${s}`),
    );
  }
  return lines;
}

/** Additions green, removals red, edits and verdict changes in the cue colour, only-sentences in their side's. */
function paintFor(change: SnapshotChange, style: Style): (s: string) => string {
  switch (change.type) {
    case 'sentence-added':
    case 'match-added':
      return style.shared;
    case 'sentence-removed':
    case 'match-removed':
      return style.contradiction;
    case 'sentence-edited':
    case 'verdict-changed':
      return style.cue;
    case 'now-only':
    case 'no-longer-only':
      return change.sentence.document === 1 ? style.onlyB : style.only;
  }
}
