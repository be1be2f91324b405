import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffArrays } from 'diff/lib/diff/array.js';
import {
  MULTI_SCHEMA_VERSION,
  type ClaimContradiction,
  type ClaimMember,
  type MultiReport,
} from '../multi/types.js';
import { SCHEMA_VERSION, type MatchKind, type Report, type Sentence } from '../report/types.js';
import { confinedPath, CorpusError, type Case } from './manifest.js';
import type { CaseResult, ManyResult, PairResult } from './run.js';

/** The snapshot beside case.json: the case's report as `--format json` prints it. */
export const SNAPSHOT = 'expected.json';

/** A statement of a snapshot: its sentences' texts and lines. */
export interface SnapshotDocument {
  sentences: Pick<Sentence, 'text' | 'line'>[];
}

/**
 * Sentences of two documents that a report links: a match of two documents, or, for three or
 * more, two members of one claim (shared) or the sides of a contradiction. `documents` is in
 * ascending order; `a` lists sentences of the first, `b` of the second.
 */
export interface SnapshotLink {
  kind: MatchKind;
  documents: [number, number];
  a: number[];
  b: number[];
}

/** What a snapshot comparison looks at: the sentences' texts and lines, and which are linked with which, and how. */
export interface Snapshot {
  documents: SnapshotDocument[];
  links: SnapshotLink[];
  /** Per document, the sentences linked to nothing. */
  only: number[][];
}

/** A sentence named in a change. */
export interface SentenceRef {
  /** 0-based position of its statement in the case (0 for a, 1 for b). */
  document: number;
  /** Its number, as every report shows it (`#6`). */
  number: number;
  text: string;
  line: number;
  /** False when the statement no longer has the sentence; `number` and `line` are then where the snapshot had it. */
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
export function snapshotReport(result: CaseResult): Report | MultiReport {
  if (result.case.kind === 'pair') {
    const { case: c, report } = result as PairResult;
    return {
      ...report,
      a: { ...report.a, source: c.a.file },
      b: { ...report.b, source: c.b.file },
    };
  }
  const { case: c, report } = result as ManyResult;
  return {
    ...report,
    documents: report.documents.map((doc, d) => ({ ...doc, source: c.documents[d]!.file })),
  };
}

/** What a snapshot comparison reads of a report on two documents, or of claims of three or more. */
export function snapshotOf(report: Report | MultiReport): Snapshot {
  if ('claims' in report) return claimsSnapshot(report.documents, report.claims);
  return {
    documents: [report.a, report.b],
    links: report.matches.map((m) => ({ kind: m.kind, documents: [0, 1], a: m.a, b: m.b })),
    only: [report.onlyA, report.onlyB],
  };
}

/** What a snapshot comparison reads of a claim: who carries it, with which sentences, and who contradicts it. */
interface ClaimsShape {
  members: ClaimMember[];
  contradictions: Pick<ClaimContradiction, 'a' | 'b'>[];
}

function claimsSnapshot(documents: SnapshotDocument[], claims: readonly ClaimsShape[]): Snapshot {
  const links: SnapshotLink[] = [];
  const link = (kind: MatchKind, p: ClaimMember, q: ClaimMember) => {
    const [first, second] = p.document < q.document ? [p, q] : [q, p];
    links.push({
      kind,
      documents: [first.document, second.document],
      a: first.sentences,
      b: second.sentences,
    });
  };
  for (const claim of claims) {
    // Two members of one claim that contradict each other are linked once, as a contradiction.
    const contradicted = new Set(claim.contradictions.map((c) => memberPair(c.a, c.b)));
    claim.members.forEach((p, k) =>
      claim.members.slice(k + 1).forEach((q) => {
        if (!contradicted.has(memberPair(p, q))) link('shared', p, q);
      }),
    );
    for (const c of claim.contradictions) link('contradiction', c.a, c.b);
  }
  const linked = documents.map(() => new Set<number>());
  for (const l of links) {
    for (const i of l.a) linked[l.documents[0]]!.add(i);
    for (const j of l.b) linked[l.documents[1]]!.add(j);
  }
  return {
    documents: documents.map((doc) => ({ sentences: doc.sentences })),
    links,
    only: documents.map((doc, d) =>
      doc.sentences.flatMap((_, i) => (linked[d]!.has(i) ? [] : [i])),
    ),
  };
}

function memberPair(p: ClaimMember, q: ClaimMember): string {
  return JSON.stringify([p, q].sort((x, y) => x.document - y.document));
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
  return c.kind === 'pair'
    ? validateSnapshot(data, path)
    : validateClaimsSnapshot(data, path, c.documents.length);
}

type Problem = (field: string, what: string) => CorpusError;

function problemIn(path: string): Problem {
  return (field, what) =>
    new CorpusError(`${path}: field "${field}" ${what}; --update rewrites the snapshot`);
}

function documentOf(doc: unknown, name: string, problem: Problem): SnapshotDocument {
  if (!isObject(doc) || !Array.isArray(doc.sentences))
    throw problem(`${name}.sentences`, 'must be a list of sentences');
  return {
    sentences: doc.sentences.map((s: unknown, i: number) => {
      if (!isObject(s) || typeof s.text !== 'string')
        throw problem(`${name}.sentences[${i}].text`, 'must be a string');
      if (typeof s.line !== 'number' || !Number.isInteger(s.line) || s.line < 1)
        throw problem(`${name}.sentences[${i}].line`, 'must be a line number');
      return { text: s.text, line: s.line };
    }),
  };
}

function indicesOf(value: unknown, field: string, count: number, problem: Problem): number[] {
  if (!Array.isArray(value) || !value.every((i) => Number.isInteger(i) && i >= 0 && i < count))
    throw problem(field, `must list sentence indices from 0 to ${count - 1}`);
  return value as number[];
}

/** Checks the fields a comparison reads; the rest of the report is kept for people, not compared. */
function validateSnapshot(data: unknown, path: string): Snapshot {
  const problem = problemIn(path);
  if (!isObject(data)) throw new CorpusError(`${path}: the snapshot must be a JSON object`);
  // Version 2 added fields a snapshot comparison does not read, so version 1 snapshots still compare.
  if (data.schemaVersion !== SCHEMA_VERSION && data.schemaVersion !== 1)
    throw problem('schemaVersion', `must be ${SCHEMA_VERSION}`);
  const a = documentOf(data.a, 'a', problem);
  const b = documentOf(data.b, 'b', problem);
  const indices = (value: unknown, field: string, doc: SnapshotDocument) =>
    indicesOf(value, field, doc.sentences.length, problem);
  if (!Array.isArray(data.matches)) throw problem('matches', 'must be a list of matches');
  const links = data.matches.map((m: unknown, k: number): SnapshotLink => {
    if (!isObject(m) || (m.kind !== 'shared' && m.kind !== 'contradiction'))
      throw problem(`matches[${k}].kind`, 'must be shared or contradiction');
    return {
      kind: m.kind,
      documents: [0, 1],
      a: indices(m.a, `matches[${k}].a`, a),
      b: indices(m.b, `matches[${k}].b`, b),
    };
  });
  return {
    documents: [a, b],
    links,
    only: [indices(data.onlyA, 'onlyA', a), indices(data.onlyB, 'onlyB', b)],
  };
}

/** The same for a snapshot of three or more documents (schema/claims.schema.json). */
function validateClaimsSnapshot(data: unknown, path: string, count: number): Snapshot {
  const problem = problemIn(path);
  if (!isObject(data)) throw new CorpusError(`${path}: the snapshot must be a JSON object`);
  if (data.schemaVersion !== MULTI_SCHEMA_VERSION)
    throw problem('schemaVersion', `must be ${MULTI_SCHEMA_VERSION}`);
  if (!Array.isArray(data.documents) || data.documents.length !== count)
    throw problem('documents', `must list the case's ${count} documents`);
  const documents = data.documents.map((doc: unknown, d: number) =>
    documentOf(doc, `documents[${d}]`, problem),
  );
  const member = (value: unknown, field: string): ClaimMember => {
    if (!isObject(value) || !Number.isInteger(value.document))
      throw problem(`${field}.document`, `must be a document from 0 to ${count - 1}`);
    const document = value.document as number;
    if (document < 0 || document >= count)
      throw problem(`${field}.document`, `must be a document from 0 to ${count - 1}`);
    const sentences = documents[document]!.sentences.length;
    return {
      document,
      sentences: indicesOf(value.sentences, `${field}.sentences`, sentences, problem),
    };
  };
  if (!Array.isArray(data.claims)) throw problem('claims', 'must be a list of claims');
  const claims = data.claims.map((claim: unknown, k: number): ClaimsShape => {
    const at = `claims[${k}]`;
    if (!isObject(claim) || !Array.isArray(claim.members) || !Array.isArray(claim.contradictions))
      throw problem(at, 'must have members and contradictions');
    return {
      members: claim.members.map((m: unknown, j: number) => member(m, `${at}.members[${j}]`)),
      contradictions: claim.contradictions.map((c: unknown, j: number) => {
        if (!isObject(c)) throw problem(`${at}.contradictions[${j}]`, 'must be an object');
        return {
          a: member(c.a, `${at}.contradictions[${j}].a`),
          b: member(c.b, `${at}.contradictions[${j}].b`),
        };
      }),
    };
  });
  return claimsSnapshot(documents, claims);
}

/**
 * What changed from `expected` to `actual`. Sentences are identified by their text (and, for a
 * text that occurs twice, which occurrence), never by index, so an inserted sentence changes
 * nothing but itself. A sentence replaced in place by a new one counts as edited: its matches
 * carry over, so an edit that keeps the verdict changes nothing else. Similarities, terms and
 * explanations are not compared.
 */
export function diffSnapshot(expected: Snapshot, actual: Snapshot): SnapshotChange[] {
  // Most cases of a run are unchanged; telling so takes no views and no diff of the statements.
  if (sameSnapshot(expected, actual)) return [];
  const before = viewOf(expected);
  const after = viewOf(actual);
  const ref = (document: number, key: string): SentenceRef => {
    const now = after.documents[document]!.index.get(key);
    const index = now ?? before.documents[document]!.index.get(key)!;
    const sentence = (now === undefined ? expected : actual).documents[document]!.sentences[index]!;
    return {
      document,
      number: index + 1,
      text: sentence.text,
      line: sentence.line,
      current: now !== undefined,
    };
  };
  const refs = (document: number, keys: string[]) => keys.map((key) => ref(document, key));
  const changes: SnapshotChange[] = [];
  const linkChange = <T extends SnapshotChange['type']>(type: T, link: LinkView) => ({
    type,
    a: refs(link.documents[0], link.a),
    b: refs(link.documents[1], link.b),
  });

  const edits = before.documents.map((doc, d) => sentenceEdits(doc, after.documents[d]!));
  edits.forEach(({ removed, added, edited }, d) => {
    for (const [from, to] of edited)
      changes.push({ type: 'sentence-edited', was: ref(d, from), now: ref(d, to) });
    for (const key of removed) changes.push({ type: 'sentence-removed', sentence: ref(d, key) });
    for (const key of added)
      changes.push({
        type: 'sentence-added',
        sentence: ref(d, key),
        only: after.documents[d]!.only.has(key),
      });
  });

  // The snapshot as if the edits had been made in it: verdicts compare across an edit.
  const was = renamed(
    before,
    edits.map((e) => new Map(e.edited)),
  );
  for (const [key, then] of was.links) {
    const now = after.links.get(key);
    if (now === undefined) changes.push({ ...linkChange('match-removed', then), kind: then.kind });
    else if (now.kind !== then.kind)
      changes.push({ ...linkChange('verdict-changed', now), from: then.kind, to: now.kind });
  }
  for (const [key, now] of after.links) {
    if (!was.links.has(key)) changes.push({ ...linkChange('match-added', now), kind: now.kind });
  }
  // Only sentences in both versions: a new or removed sentence has its own change above.
  after.documents.forEach((doc, d) => {
    const then = was.documents[d]!;
    for (const key of doc.only) {
      if (!then.only.has(key) && then.index.has(key))
        changes.push({ type: 'now-only', sentence: ref(d, key) });
    }
    for (const key of then.only) {
      if (!doc.only.has(key) && doc.index.has(key))
        changes.push({ type: 'no-longer-only', sentence: ref(d, key) });
    }
  });
  return changes.sort((p, q) => CHANGE_ORDER.indexOf(p.type) - CHANGE_ORDER.indexOf(q.type));
}

/**
 * Whether two snapshots hold the same sentences (texts and lines), links and unlinked sentences,
 * in the same order: then nothing changed. Anything else (the same links listed in another order,
 * say) is left to the diff.
 */
function sameSnapshot(p: Snapshot, q: Snapshot): boolean {
  return (
    sameList(p.documents, q.documents, (x, y) =>
      sameList(x.sentences, y.sentences, (s, t) => s.text === t.text && s.line === t.line),
    ) &&
    sameList(
      p.links,
      q.links,
      (l, m) =>
        l.kind === m.kind &&
        sameList(l.documents, m.documents, same) &&
        sameList(l.a, m.a, same) &&
        sameList(l.b, m.b, same),
    ) &&
    sameList(p.only, q.only, (x, y) => sameList(x, y, same))
  );
}

function sameList<T>(x: readonly T[], y: readonly T[], equal: (p: T, q: T) => boolean): boolean {
  return x.length === y.length && x.every((p, k) => equal(p, y[k]!));
}

const same = (p: number, q: number) => p === q;

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

interface DocumentView {
  /** Per sentence, in order: its identity, the text and which occurrence of that text it is. */
  keys: string[];
  index: Map<string, number>;
  only: Set<string>;
}

interface LinkView {
  kind: MatchKind;
  documents: [number, number];
  a: string[];
  b: string[];
}

interface View {
  documents: DocumentView[];
  links: Map<string, LinkView>;
}

function viewOf(snapshot: Snapshot): View {
  const documents = snapshot.documents.map((doc, d) => {
    const seen = new Map<string, number>();
    const keys = doc.sentences.map(({ text }) => {
      const occurrence = seen.get(text) ?? 0;
      seen.set(text, occurrence + 1);
      return `${occurrence}\u0000${text}`;
    });
    return documentView(
      keys,
      snapshot.only[d]!.map((i) => keys[i]!),
    );
  });
  return {
    documents,
    links: linkMap(
      snapshot.links.map((l) => ({
        kind: l.kind,
        documents: l.documents,
        a: l.a.map((i) => documents[l.documents[0]]!.keys[i]!),
        b: l.b.map((j) => documents[l.documents[1]]!.keys[j]!),
      })),
    ),
  };
}

function documentView(keys: string[], only: string[]): DocumentView {
  return { keys, index: new Map(keys.map((key, i) => [key, i])), only: new Set(only) };
}

function linkMap(links: LinkView[]): Map<string, LinkView> {
  return new Map(links.map((l) => [JSON.stringify([l.documents, l.a, l.b]), l]));
}

/**
 * Sentences only one version has. Where the statements' diff replaces a run of old sentences by
 * a run of new ones, they are paired in order as edits; the rest were removed or added.
 * A sentence that only moved is in both versions and is none of these.
 */
function sentenceEdits(
  before: DocumentView,
  after: DocumentView,
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

function renamed(view: View, renames: Map<string, string>[]): View {
  const rename = (d: number, key: string) => renames[d]!.get(key) ?? key;
  const documents = view.documents.map((doc, d) =>
    documentView(
      doc.keys.map((key) => rename(d, key)),
      [...doc.only].map((key) => rename(d, key)),
    ),
  );
  const links = [...view.links.values()].map((l) => ({
    ...l,
    a: l.a.map((key) => rename(l.documents[0], key)),
    b: l.b.map((key) => rename(l.documents[1], key)),
  }));
  return { documents, links: linkMap(links) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
