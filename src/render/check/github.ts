import { relative, resolve, sep } from 'node:path';
import {
  MANIFEST,
  type CheckedCase,
  type CheckRun,
  type SentenceRef,
  type SnapshotChange,
} from '../../corpus/index.js';
import { escapeUnsafe } from '../escape.js';
import { changeSentences, describeChange, summaryLine } from './describe.js';

/**
 * GitHub Actions workflow commands: an `::error` per change of a failed case, at the sentence's
 * line in its statement file (paths relative to `cwd`, the repository root in a workflow), an
 * `::error` on case.json for other failures, and an `::notice` with the summary.
 */
export function renderCheckGithub(run: CheckRun, cwd: string): string {
  const lines = run.cases.flatMap((checked) => (checked.passed ? [] : annotations(checked, cwd)));
  lines.push(command('notice', { title: 'communique check' }, summaryLine(run)));
  return `${lines.join('\n')}\n`;
}

function annotations(checked: CheckedCase, cwd: string): string[] {
  const c = checked.case;
  const path = (file: string) =>
    relative(cwd, resolve(cwd, c.dir, file))
      .split(sep)
      .join('/');
  const title = (what: string) => `communique check ${escapeUnsafe(c.id)}: ${what}`;
  if (checked.error !== undefined)
    return [
      command('error', { file: path(MANIFEST), title: title('cannot be checked') }, checked.error),
    ];
  const problems = checked.problems.map((problem) =>
    command('error', { file: path(MANIFEST), title: title('failed') }, problem),
  );
  const changes = checked.changes.map((change) => {
    const words = describeChange(change, c, escapeUnsafe);
    const at = locate(change);
    return command(
      'error',
      {
        file: path(c.documents[at.document]!.file),
        line: String(at.line),
        title: title(words.title),
      },
      changeSentences(words),
    );
  });
  return [...problems, ...changes];
}

/** The sentence an annotation points at: the first one the statement still has, else the first. */
function locate(change: SnapshotChange): SentenceRef {
  const refs =
    change.type === 'sentence-edited'
      ? [change.now]
      : 'sentence' in change
        ? [change.sentence]
        : [...change.a, ...change.b];
  return refs.find((r) => r.current) ?? refs[0]!;
}

function command(
  name: 'error' | 'notice',
  properties: Record<string, string>,
  message: string,
): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  return `::${name} ${props}::${escapeData(escapeUnsafe(message))}`;
}

/** GitHub's escaping of a command's message. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub's escaping of a property value: as a message, and the separators `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
