import {
  metric,
  type Case,
  type CheckRun,
  type Scores,
  type SentenceRef,
  type SnapshotChange,
  type SnapshotStatus,
} from '../../corpus/index.js';

/** Characters of a sentence shown in a change; enough to recognise it. */
const EXCERPT_LENGTH = 60;

/** A change in words: a short title, and a phrase per sentence it is about (label, line, excerpt). */
export interface ChangeWords {
  title: string;
  sentences: string[];
  /** How the phrases read on one line: the two sides of a match, or before and after an edit. */
  joiner: ' ↔ ' | ' → ';
}

/**
 * Puts a change into words. `safe` makes document text printable (escapeUnsafe, with or without
 * a style); it is applied to labels and excerpts, never to the words around them.
 */
export function describeChange(
  change: SnapshotChange,
  c: Case,
  safe: (s: string) => string,
): ChangeWords {
  const label = (document: number) => safe(c.documents[document]!.label);
  const phrase = (refs: SentenceRef[]) => sentencePhrase(refs, label(refs[0]!.document), safe);
  // A sentence on one side only is marked as the reports mark it: < in A, > in B.
  const onlyPhrase = (ref: SentenceRef) => `${onlyMark(c, ref.document)} ${phrase([ref])}`;
  const pair = (title: string, a: SentenceRef[], b: SentenceRef[]): ChangeWords => ({
    title,
    sentences: [phrase(a), phrase(b)],
    joiner: ' ↔ ',
  });
  const one = (title: string, sentence: SentenceRef, only = false): ChangeWords => ({
    title,
    sentences: [only ? onlyPhrase(sentence) : phrase([sentence])],
    joiner: ' ↔ ',
  });
  switch (change.type) {
    case 'sentence-edited': {
      const [was, now] = differingExcerpts(change.was.text, change.now.text);
      return {
        title: `sentence edited in ${label(change.now.document)}, ${place([change.now])}`,
        sentences: [`was "${safe(was)}"`, `now "${safe(now)}"`],
        joiner: ' → ',
      };
    }
    case 'sentence-removed':
      return one(`sentence removed from ${label(change.sentence.document)}`, change.sentence);
    case 'sentence-added': {
      const { document } = change.sentence;
      const others = c.documents.flatMap((_, d) => (d === document ? [] : [label(d)]));
      return one(
        `new sentence in ${label(document)}, ${change.only ? 'found only there' : `matched in ${others.join(' or ')}`}`,
        change.sentence,
        change.only,
      );
    }
    case 'verdict-changed':
      return pair(`${change.from} → ${change.to}`, change.a, change.b);
    case 'match-removed':
      return pair(`match gone (was ${change.kind})`, change.a, change.b);
    case 'match-added':
      return pair(`new match (${change.kind})`, change.a, change.b);
    case 'now-only':
      return one(`now only in ${label(change.sentence.document)}`, change.sentence, true);
    case 'no-longer-only':
      return one(`no longer only in ${label(change.sentence.document)}`, change.sentence, true);
  }
}

/** The sentences of a change on one line. */
export function changeSentences(words: ChangeWords): string {
  return words.sentences.join(words.joiner);
}

/** The change on one line: `shared → contradiction: Moscow line 3 "…" ↔ Dushanbe line 7 "…"`. */
export function changeLine(words: ChangeWords): string {
  return `${words.title}: ${changeSentences(words)}`;
}

/** Words before the point where an edited sentence starts to differ; a little of the common start stays as context. */
const EDIT_CONTEXT_WORDS = 3;

/** Excerpts of a sentence before and after an edit, both from shortly before the first word that differs. */
function differingExcerpts(was: string, now: string): [string, string] {
  const before = was.split(' ');
  const after = now.split(' ');
  let same = 0;
  while (same < before.length && same < after.length && before[same] === after[same]) same++;
  const start = Math.max(0, same - EDIT_CONTEXT_WORDS);
  const from = (words: string[]) =>
    `${start > 0 ? '…' : ''}${excerpt(words.slice(start).join(' '))}`;
  return [from(before), from(after)];
}

/**
 * `Moscow #6 (line 3) "It was emphasised…"`: the sentence's number, as every report shows it, and
 * its line; `was #6 (line 3)` for a sentence the statement no longer has.
 */
function sentencePhrase(refs: SentenceRef[], label: string, safe: (s: string) => string): string {
  const was = refs.some((r) => !r.current) ? 'was ' : '';
  return `${label} ${was}${place(refs)} "${safe(excerpt(refs.map((r) => r.text).join(' ')))}"`;
}

/** `#6 (line 3)`, or `#10 + #11 (lines 7, 8)` for two sentences. */
function place(refs: SentenceRef[]): string {
  const numbers = refs.map((r) => `#${r.number}`).join(' + ');
  return `${numbers} (${refs.length > 1 ? 'lines' : 'line'} ${refs.map((r) => r.line).join(', ')})`;
}

/** How the reports mark a sentence only one document has: < in A and > in B, + in any of three or more. */
export function onlyMark(c: Case, document: number): string {
  if (c.kind === 'many') return '+';
  return document === 0 ? '<' : '>';
}

/** The start of a text, cut at a word where possible, with an ellipsis when cut. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const chars = [...text];
  if (chars.length <= length) return text;
  const cut = chars.slice(0, length).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length >= length / 2 ? atWord : cut}…`;
}

/** `link F1 0.92, shared F1 0.92, contradiction F1 1.00`. */
export function scoresLine(scores: Scores): string {
  const f1 = (name: string, counts: Scores['links']) =>
    `${name} F1 ${metric(counts).f1.toFixed(2)}`;
  return [
    f1('link', scores.links),
    f1('shared', scores.shared),
    f1('contradiction', scores.contradiction),
  ].join(', ');
}

/** Why a case failed, or what --update did, in one line. */
export function snapshotStatusLine(snapshot: SnapshotStatus, changes: number): string | undefined {
  switch (snapshot) {
    case 'changed':
      return `${counted(changes, 'change')} since the snapshot`;
    case 'created':
      return 'snapshot created';
    case 'updated':
      return changes > 0
        ? `snapshot updated: ${counted(changes, 'change')}`
        : 'snapshot updated (no change in verdicts)';
    default:
      return undefined;
  }
}

/** Snapshots that --update wrote, and how many of them are new. */
export function snapshotsWritten(run: CheckRun): { written: number; created: number } {
  const created = run.cases.filter((c) => c.snapshot === 'created').length;
  return { written: created + run.cases.filter((c) => c.snapshot === 'updated').length, created };
}

/** The closing line: `15 passed, 1 failed`, then snapshots written and the pooled link F1. */
export function summaryLine(run: CheckRun): string {
  const parts = [
    `${run.passed} passed, ${run.failed} failed${run.errors > 0 ? `, ${counted(run.errors, 'case')} could not be read` : ''}`,
  ];
  if (run.update) {
    const { written, created } = snapshotsWritten(run);
    parts.push(
      `${counted(written, 'snapshot')} written${created > 0 ? ` (${created} new)` : ''}, ${run.cases.length - written} unchanged`,
    );
  }
  if (run.total) {
    const gold = run.cases.filter((c) => c.scores !== undefined).length;
    const floor = run.minF1 === undefined ? '' : ` (--min-f1 ${run.minF1} per case)`;
    parts.push(
      `link F1 ${metric(run.total.links).f1.toFixed(2)} over ${counted(gold, 'gold-labelled case')}${floor}`,
    );
  }
  return parts.join('; ');
}

function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
