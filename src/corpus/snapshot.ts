import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffArrays } from 'diff/lib/diff/array.js';
import {
  SCHEMA_VERSION,
  type Match,
  type MatchKind,
  type Report,
  type Sentence,
} from '../report/types.js';
import { confinedPath, CorpusError, type Case } from './manifest.js';
import type { CaseResult } from './run.js';

/** The snapshot beside case.json: the case's report as `--format json` prints it. */
export const SNAPSHOT = 'expected.json';

export type Side = 'a' | 'b';

/** What a snapshot comparison looks at: the sentences' texts and lines, and which are matched with which, and how. */
export interface Snapshot {
  a: { sentences: Pick<Sentence, 'text' | 'line'>[] };
  b: { sentences: Pick<Sentence, 'text' | 'line'>[] };
  matches: Pick<Match, 'kind' | 'a' | 'b'>[];
  onlyA: number[];
  onlyB: number[];
}

/** A sentence named in a change. */
export interface SentenceRef {
  side: Side;
  text: string;
  line: number;
  /** False when the statement no longer has the sentence; `line` is then where the snapshot had it. */
  current: boolean;
}

/** One difference between a snapshot and the current report, in the terms a reader cares about. */
export type SnapshotChange =
  | { type: 'sentence-edited'; was: SentenceRef; now: SentenceRef }
  | { type: 'sentence-removed'; sentence: SentenceRef }
  | { type: 'sentence-added'; sentence: SentenceRef; only: boolean }
  | { type: 'verdict-changed'; from: MatchKind; to: MatchKind; a: SentenceRef[]; b: SentenceRef[] }
  | { type: 'match-removed'; kind: MatchKind; a: SentenceRef[]; b: SentenceRef[] }
  | { type: 'match-added'; kind: MatchKind; a: SentenceRef[]; b: SentenceRef[] }
  | { type: 'now-only'; sentence: SentenceRef }
  | { type: 'no-longer-only'; sentence: SentenceRef };

export function snapshotPath(c: Case): string {
  return join(c.dir, SNAPSHOT);
}

/** The report to store: sources are the file names from case.json, so the file does not depend on where the corpus was run from. */
export function snapshotReport({ case: c, report }: CaseResult): Report {
  return { ...report, a: { ...report.a, source: c.a.file }, b: { ...report.b, source: c.b.file } };
}

/** Reads and checks a case's snapshot; undefined when the case has none. */
export function readSnapshot(c: Case): Snapshot | undefined {
  const path = snapshotPath(c);
  if (!existsSync(path)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(confinedPath(path, c.root), 'utf8'));
  } catch (error) {
    throw new CorpusError(
      `${path}: cannot read the snapshot (${(error as Error).message}); --update rewrites it`,
    );
  }
  return validateSnapshot(data, path);
}

/** Checks the fields a comparison reads; the rest of the report is kept for people, not compared. */
function validateSnapshot(data: unknown, path: string): Snapshot {
  const problem = (field: string, what: string) =>
    new CorpusError(`${path}: field "${field}" ${what}; --update rewrites the snapshot`);
  if (!isObject(data)) throw new CorpusError(`${path}: the snapshot must be a JSON object`);
  // Version 2 added fields a snapshot comparison does not read, so version 1 snapshots still compare.
  if (data.schemaVersion !== SCHEMA_VERSION && data.schemaVersion !== 1)
    throw problem('schemaVersion', `must be ${SCHEMA_VERSION}`);
  const document = (side: Side): Snapshot['a'] => {
    const doc = data[side];
    if (!isObject(doc) || !Array.isArray(doc.sentences))
      throw problem(`${side}.sentences`, 'must be a list of sentences');
    return {
      sentences: doc.sentences.map((s: unknown, i: number) => {
        if (!isObject(s) || typeof s.text !== 'string')
          throw problem(`${side}.sentences[${i}].text`, 'must be a string');
        if (typeof s.line !== 'number' || !Number.isInteger(s.line) || s.line < 1)
          throw problem(`${side}.sentences[${i}].line`, 'must be a line number');
        return { text: s.text, line: s.line };
      }),
    };
  };
  const a = document('a');
  const b = document('b');
  const indices = (value: unknown, field: string, count: number): number[] => {
    if (!Array.isArray(value) || !value.every((i) => Number.isInteger(i) && i >= 0 && i < count)) {
      throw problem(field, `must list sentence indices from 0 to ${count - 1}`);
    }
    return value as number[];
  };
  if (!Array.isArray(data.matches)) throw problem('matches', 'must be a list of matches');
  const matches = data.matches.map((m: unknown, k: number): Snapshot['matches'][number] => {
    if (!isObject(m) || (m.kind !== 'shared' && m.kind !== 'contradiction'))
      throw problem(`matches[${k}].kind`, 'must be shared or contradiction');
    return {
      kind: m.kind,
      a: indices(m.a, `matches[${k}].a`, a.sentences.length),
      b: indices(m.b, `matches[${k}].b`, b.sentences.length),
    };
  });
  return {
    a,
    b,
    matches,
    onlyA: indices(data.onlyA, 'onlyA', a.sentences.length),
    onlyB: indices(data.onlyB, 'onlyB', b.sentences.length),
  };
}

/**
 * What changed from `expected` to `actual`. Sentences are identified by their text (and, for a
 * text that occurs twice, which occurrence), never by index, so an inserted sentence changes
 * nothing but itself. A sentence replaced in place by a new one counts as edited: its matches
 * carry over, so an edit that keeps the verdict changes nothing else. Similarities, terms and
 * explanations are not compared.
 */
export function diffSnapshot(expected: Snapshot, actual: Snapshot): SnapshotChange[] {
  const before = viewOf(expected);
  const after = viewOf(actual);
  const ref = (side: Side, key: string): SentenceRef => {
    const now = after[side].index.get(key);
    const sentence =
      now === undefined
        ? expected[side].sentences[before[side].index.get(key)!]!
        : actual[side].sentences[now]!;
    return { side, text: sentence.text, line: sentence.line, current: now !== undefined };
  };
  const refs = (side: Side, keys: string[]) => keys.map((key) => ref(side, key));
  const changes: SnapshotChange[] = [];

  const edits = { a: sentenceEdits(before.a, after.a), b: sentenceEdits(before.b, after.b) };
  for (const side of ['a', 'b'] as const) {
    const { removed, added, edited } = edits[side];
    for (const [from, to] of edited)
      changes.push({ type: 'sentence-edited', was: ref(side, from), now: ref(side, to) });
    for (const key of removed) changes.push({ type: 'sentence-removed', sentence: ref(side, key) });
    for (const key of added)
      changes.push({
        type: 'sentence-added',
        sentence: ref(side, key),
        only: after[side].only.has(key),
      });
  }

  // The snapshot as if the edits had been made in it: verdicts compare across an edit.
  const was = renamed(before, { a: new Map(edits.a.edited), b: new Map(edits.b.edited) });
  for (const [key, then] of was.matches) {
    const now = after.matches.get(key);
    if (now === undefined)
      changes.push({
        type: 'match-removed',
        kind: then.kind,
        a: refs('a', then.a),
        b: refs('b', then.b),
      });
    else if (now.kind !== then.kind)
      changes.push({
        type: 'verdict-changed',
        from: then.kind,
        to: now.kind,
        a: refs('a', now.a),
        b: refs('b', now.b),
      });
  }
  for (const [key, now] of after.matches) {
    if (!was.matches.has(key))
      changes.push({
        type: 'match-added',
        kind: now.kind,
        a: refs('a', now.a),
        b: refs('b', now.b),
      });
  }
  // Only sentences in both versions: a new or removed sentence has its own change above.
  for (const side of ['a', 'b'] as const) {
    for (const key of after[side].only) {
      if (!was[side].only.has(key) && was[side].index.has(key))
        changes.push({ type: 'now-only', sentence: ref(side, key) });
    }
    for (const key of was[side].only) {
      if (!after[side].only.has(key) && after[side].index.has(key))
        changes.push({ type: 'no-longer-only', sentence: ref(side, key) });
    }
  }
  return changes.sort((p, q) => CHANGE_ORDER.indexOf(p.type) - CHANGE_ORDER.indexOf(q.type));
}

/** Edits of the statements first (the likely cause), then verdicts, then what follows from them. */
const CHANGE_ORDER: SnapshotChange['type'][] = [
  'sentence-edited',
  'sentence-removed',
  'sentence-added',
  'verdict-changed',
  'match-removed',
  'match-added',
  'now-only',
  'no-longer-only',
];

interface SideView {
  /** Per sentence, in order: its identity, the text and which occurrence of that text it is. */
  keys: string[];
  index: Map<string, number>;
  only: Set<string>;
}

interface MatchView {
  kind: MatchKind;
  a: string[];
  b: string[];
}

interface View {
  a: SideView;
  b: SideView;
  matches: Map<string, MatchView>;
}

function viewOf(snapshot: Snapshot): View {
  const side = (sentences: Snapshot['a']['sentences'], only: number[]): SideView => {
    const seen = new Map<string, number>();
    const keys = sentences.map(({ text }) => {
      const occurrence = seen.get(text) ?? 0;
      seen.set(text, occurrence + 1);
      return `${occurrence}\u0000${text}`;
    });
    return sideView(
      keys,
      only.map((i) => keys[i]!),
    );
  };
  const a = side(snapshot.a.sentences, snapshot.onlyA);
  const b = side(snapshot.b.sentences, snapshot.onlyB);
  return {
    a,
    b,
    matches: matchMap(
      snapshot.matches.map((m) => ({
        kind: m.kind,
        a: m.a.map((i) => a.keys[i]!),
        b: m.b.map((j) => b.keys[j]!),
      })),
    ),
  };
}

function sideView(keys: string[], only: string[]): SideView {
  return { keys, index: new Map(keys.map((key, i) => [key, i])), only: new Set(only) };
}

function matchMap(matches: MatchView[]): Map<string, MatchView> {
  return new Map(matches.map((m) => [JSON.stringify([m.a, m.b]), m]));
}

/**
 * Sentences only one version has. Where the statements' diff replaces a run of old sentences by
 * a run of new ones, they are paired in order as edits; the rest were removed or added.
 * A sentence that only moved is in both versions and is none of these.
 */
function sentenceEdits(
  before: SideView,
  after: SideView,
): { removed: string[]; added: string[]; edited: [string, string][] } {
  const result = {
    removed: [] as string[],
    added: [] as string[],
    edited: [] as [string, string][],
  };
  let removed: string[] = [];
  let added: string[] = [];
  const closeHunk = () => {
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) result.edited.push([removed[k]!, added[k]!]);
    result.removed.push(...removed.slice(paired));
    result.added.push(...added.slice(paired));
    removed = [];
    added = [];
  };
  for (const part of diffArrays(before.keys, after.keys)) {
    if (part.removed) removed.push(...part.value.filter((key) => !after.index.has(key)));
    else if (part.added) added.push(...part.value.filter((key) => !before.index.has(key)));
    else closeHunk();
  }
  closeHunk();
  return result;
}

function renamed(view: View, renames: { a: Map<string, string>; b: Map<string, string> }): View {
  const side = (s: SideView, rename: Map<string, string>) =>
    sideView(
      s.keys.map((key) => rename.get(key) ?? key),
      [...s.only].map((key) => rename.get(key) ?? key),
    );
  const matches = [...view.matches.values()].map((m) => ({
    kind: m.kind,
    a: m.a.map((key) => renames.a.get(key) ?? key),
    b: m.b.map((key) => renames.b.get(key) ?? key),
  }));
  return { a: side(view.a, renames.a), b: side(view.b, renames.b), matches: matchMap(matches) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
