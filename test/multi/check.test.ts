import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CorpusError,
  diffSnapshot,
  metric,
  readCase,
  runCase,
  snapshotOf,
  type ManyCase,
  type ManyResult,
} from '../../src/corpus/index.js';
import { compare, compareMany } from '../../src/index.js';
import { tempDir } from '../helpers/temp.js';

const THREE = 'fixtures/lavrov-muhriddin-three';
const location = (dir: string) => ({ id: 'three', dir, root: dir });
const read = (file: string) => readFileSync(join(THREE, file), 'utf8');

/** A copy of the three-document case whose case.json is `manifest` (the statements as they are). */
function caseWith(manifest: unknown): string {
  const dir = tempDir('three');
  cpSync(THREE, dir, { recursive: true });
  writeFileSync(join(dir, 'case.json'), JSON.stringify(manifest));
  return dir;
}

const statements = [
  { file: 'moscow.txt', label: 'Moscow' },
  { file: 'dushanbe.txt', label: 'Dushanbe' },
  { file: 'agency.txt', label: 'Agency' },
];

describe('a case of three documents', () => {
  const c = readCase(location(THREE)) as ManyCase;
  const result = runCase(c) as ManyResult;

  it('is read from "documents", with claims as gold', () => {
    expect(c.kind).toBe('many');
    expect(c.documents).toEqual(statements);
    expect(c.gold!.length).toBeGreaterThan(0);
  });

  it('scores links over every pair of documents', () => {
    // Gold: 13 shared links (3 + 3 for the two claims of all three, 7 of two documents) and 2
    // contradictions (Dushanbe against Moscow and against the agency). The report misses one:
    // the agency's sentence that also says the measures are temporary (Moscow #5).
    expect(result.scores!.links).toEqual({ tp: 14, fp: 0, fn: 1 });
    expect(result.scores!.contradiction).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(metric(result.scores!.links).f1).toBeCloseTo(28 / 29, 4);
  });

  it('counts a gold claim the report does not make as missed, so the score can fail', () => {
    const wrong = {
      ...c,
      gold: [
        {
          members: { Moscow: ['gradually returning to normal'], Dushanbe: ['difficult situation'] },
          contradictedBy: {},
          ambiguous: false,
        },
      ],
    };
    const scores = runCase(wrong).scores!;
    expect(scores.links.fn).toBe(1);
    expect(scores.links.tp).toBe(0);
  });

  it('diffs snapshots across three documents: an edit in one names the link it changed', () => {
    const agency = read('agency.txt');
    const edited = agency.replace(
      'Russia and Tajikistan intend to cherish their time-tested partnership and alliance',
      'Russia and Tajikistan did not reaffirm their partnership and alliance',
    );
    expect(edited).not.toBe(agency);
    const documents = (text: string) => [
      { text: read('moscow.txt'), label: 'Moscow' },
      { text: read('dushanbe.txt'), label: 'Dushanbe' },
      { text, label: 'Agency' },
    ];
    const changes = diffSnapshot(
      snapshotOf(compareMany(documents(agency))),
      snapshotOf(compareMany(documents(edited))),
    );
    expect(changes[0]).toMatchObject({
      type: 'sentence-edited',
      now: { document: 2, number: 7, line: 5, current: true },
    });
    expect(changes.slice(1)).toContainEqual(
      expect.objectContaining({
        type: 'verdict-changed',
        from: 'shared',
        to: 'contradiction',
        a: [expect.objectContaining({ document: 1, number: 11 })],
        b: [expect.objectContaining({ document: 2, number: 7 })],
      }),
    );
    expect(diffSnapshot(snapshotOf(result.report), snapshotOf(result.report))).toEqual([]);
  });
});

describe('a contradiction held by the claim of the pair’s second document', () => {
  it('mirrors its reasons, the side that disputes included', () => {
    const [moscow, dushanbe, agency] = ['moscow.txt', 'dushanbe.txt', 'agency.txt'].map(
      (file, k) => ({ text: read(file), label: statements[k]!.label }),
    );
    const report = compareMany([moscow!, dushanbe!, agency!]);
    const hosted = report.claims
      .flatMap((claim) => claim.contradictions)
      .find((x) => x.a.document === 2 && x.b.document === 1)!;
    const pair = compare(agency!, dushanbe!).matches.find((m) => m.kind === 'contradiction')!;
    expect(hosted.reasons).toEqual(pair.reasons);
    expect(hosted.reasons[0]!.denies).toBe('b');
  });
});

describe('case.json of three or more documents', () => {
  it.each([
    [
      'both "a" and "documents"',
      { a: statements[0], documents: statements },
      /give either "a" and "b" or "documents", not both/,
    ],
    ['one document', { documents: [statements[0]] }, /"documents" must list two or more/],
    [
      'a label twice',
      { documents: [statements[0], statements[1], { ...statements[2], label: 'Moscow' }] },
      /the label "Moscow" is given twice/,
    ],
    [
      'gold links instead of claims',
      { documents: statements, gold: { links: [] } },
      /"gold\.claims" must be a list of claims/,
    ],
    [
      'a gold claim of an unknown document',
      { documents: statements, gold: { claims: [{ members: { Kremlin: ['x'] } }] } },
      /"Kremlin" is not a document label \(Moscow, Dushanbe, Agency\)/,
    ],
    [
      'a document that carries and contradicts one claim',
      {
        documents: statements,
        gold: { claims: [{ members: { Moscow: ['x'] }, contradictedBy: { Moscow: ['y'] } }] },
      },
      /"Moscow" both carries and contradicts the claim/,
    ],
  ])('refuses %s, naming the field', (_name, manifest, message) => {
    const dir = caseWith(manifest);
    expect(() => readCase(location(dir))).toThrow(CorpusError);
    expect(() => readCase(location(dir))).toThrow(message);
  });

  it('reads two "documents" as a case of two, labelled A and B when unlabelled', () => {
    const dir = caseWith({ documents: statements.slice(0, 2).map(({ file }) => ({ file })) });
    expect(readCase(location(dir))).toMatchObject({
      kind: 'pair',
      a: { file: 'moscow.txt', label: 'A' },
      b: { file: 'dushanbe.txt', label: 'B' },
    });
  });
});
