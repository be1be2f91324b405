import { describe, expect, it } from 'vitest';
import { diffSnapshot, idMatcher, type Case, type Snapshot } from '../src/corpus/index.js';
import { changeLine, describeChange, excerpt } from '../src/render/check/describe.js';
import { escapeData, escapeProperty } from '../src/render/check/github.js';
import { createProgress, PROGRESS_MIN_CASES } from '../src/render/check/progress.js';

/** A snapshot from sentence texts (one a line) and matches given as [a indices, b indices, kind]. */
function snapshot(
  a: string[],
  b: string[],
  matches: [number[], number[], 'shared' | 'contradiction'][],
): Snapshot {
  const doc = (texts: string[]) => ({ sentences: texts.map((text, i) => ({ text, line: i + 1 })) });
  const matched = (k: 0 | 1) => new Set(matches.flatMap((m) => m[k]));
  return {
    documents: [doc(a), doc(b)],
    links: matches.map(([ma, mb, kind]) => ({ kind, documents: [0, 1], a: ma, b: mb })),
    only: [
      a.map((_, i) => i).filter((i) => !matched(0).has(i)),
      b.map((_, j) => j).filter((j) => !matched(1).has(j)),
    ],
  };
}

const A = ['The ministers met.', 'They discussed trade.', 'They agreed to meet again.'];
const B = ['The two ministers met.', 'Trade was discussed.', 'Weather was mild.'];
const base = snapshot(A, B, [
  [[0], [0], 'shared'],
  [[1], [1], 'shared'],
]);

describe('diffSnapshot', () => {
  it('finds nothing between a snapshot and itself, or when sentences only moved', () => {
    expect(diffSnapshot(base, base)).toEqual([]);
    const moved = snapshot([A[2]!, A[0]!, A[1]!], B, [
      [[1], [0], 'shared'],
      [[2], [1], 'shared'],
    ]);
    expect(diffSnapshot(base, moved)).toEqual([]);
  });

  it('names only the inserted sentence when every index after it shifts', () => {
    const inserted = snapshot(['A new opening sentence.', ...A], B, [
      [[1], [0], 'shared'],
      [[2], [1], 'shared'],
    ]);
    expect(diffSnapshot(base, inserted)).toEqual([
      {
        type: 'sentence-added',
        only: true,
        sentence: {
          document: 0,
          number: 1,
          text: 'A new opening sentence.',
          line: 1,
          current: true,
        },
      },
    ]);
  });

  it('reports a verdict that changed, with the sentences on both sides', () => {
    const flipped = snapshot(A, B, [
      [[0], [0], 'shared'],
      [[1], [1], 'contradiction'],
    ]);
    expect(diffSnapshot(base, flipped)).toEqual([
      {
        type: 'verdict-changed',
        from: 'shared',
        to: 'contradiction',
        a: [{ document: 0, number: 2, text: A[1], line: 2, current: true }],
        b: [{ document: 1, number: 2, text: B[1], line: 2, current: true }],
      },
    ]);
  });

  it('reports a match that disappeared and the sentences that are now only on one side', () => {
    const lost = snapshot(A, B, [[[0], [0], 'shared']]);
    expect(diffSnapshot(base, lost).map((c) => c.type)).toEqual([
      'match-removed',
      'now-only',
      'now-only',
    ]);
    expect(diffSnapshot(lost, base).map((c) => c.type)).toEqual([
      'match-added',
      'no-longer-only',
      'no-longer-only',
    ]);
  });

  it('carries the matches of an edited sentence over, so an edit alone changes no verdict', () => {
    const edited = snapshot(
      A,
      ['The two ministers met.', 'Trade was discussed at length.', 'Weather was mild.'],
      [
        [[0], [0], 'shared'],
        [[1], [1], 'shared'],
      ],
    );
    expect(diffSnapshot(base, edited)).toEqual([
      {
        type: 'sentence-edited',
        was: { document: 1, number: 2, text: 'Trade was discussed.', line: 2, current: false },
        now: {
          document: 1,
          number: 2,
          text: 'Trade was discussed at length.',
          line: 2,
          current: true,
        },
      },
    ]);
  });

  it('tells a removed sentence (with the line it had) from an added one where the diff pairs none', () => {
    const removed = snapshot(A.slice(0, 2), B, [
      [[0], [0], 'shared'],
      [[1], [1], 'shared'],
    ]);
    expect(diffSnapshot(base, removed)).toEqual([
      {
        type: 'sentence-removed',
        sentence: { document: 0, number: 3, text: A[2], line: 3, current: false },
      },
    ]);
  });

  it('tells repeated sentences apart by their occurrence', () => {
    const twice = snapshot(['Thank you.', 'Thank you.'], ['Thank you.'], [[[0], [0], 'shared']]);
    const second = snapshot(['Thank you.', 'Thank you.'], ['Thank you.'], [[[1], [0], 'shared']]);
    expect(diffSnapshot(twice, second).map((c) => c.type)).toEqual([
      'match-removed',
      'match-added',
      'now-only',
      'no-longer-only',
    ]);
  });
});

describe('describeChange', () => {
  const side = (label: string) => ({ file: `${label}.txt`, label });
  const common = { id: 'x', dir: 'x', root: 'x', title: 'x', split: undefined, options: {} };
  const [moscow, dushanbe, agency] = [side('Moscow'), side('Dushanbe'), side('Agency')];
  const pair: Case = {
    ...common,
    kind: 'pair',
    a: moscow,
    b: dushanbe,
    documents: [moscow, dushanbe],
    gold: undefined,
  };
  const many: Case = {
    ...common,
    kind: 'many',
    documents: [moscow, dushanbe, agency],
    gold: undefined,
  };
  const ref = (document: number) => ({
    document,
    number: 4,
    text: 'Trade was discussed.',
    line: 2,
    current: true,
  });
  const line = (c: Case, document: number) =>
    changeLine(describeChange({ type: 'now-only', sentence: ref(document) }, c, (s) => s));

  it('names a sentence by its number and line, and marks one side only as the reports do', () => {
    expect(line(pair, 0)).toBe('now only in Moscow: < Moscow #4 (line 2) "Trade was discussed."');
    expect(line(pair, 1)).toBe(
      'now only in Dushanbe: > Dushanbe #4 (line 2) "Trade was discussed."',
    );
    expect(line(many, 2)).toBe('now only in Agency: + Agency #4 (line 2) "Trade was discussed."');
  });

  it('says a removed sentence was there', () => {
    const removed = describeChange(
      { type: 'sentence-removed', sentence: { ...ref(1), current: false } },
      pair,
      (s) => s,
    );
    expect(changeLine(removed)).toBe(
      'sentence removed from Dushanbe: Dushanbe was #4 (line 2) "Trade was discussed."',
    );
  });
});

describe('idMatcher (--filter)', () => {
  it.each([
    ['kosovo', 'serbia-kosovo', true],
    ['india', 'modi-xi-kazan', false],
    ['india-*', 'india-china-border', true],
    ['india-*', 'us-india-talks', false],
    ['*-call', 'us-russia-call', true],
    ['copy-?dit', 'copy-edit', true],
    ['a.b*', 'axb-1', false],
    ['corpus/*/x', 'corpus/a/b/x', true],
  ] as const)('%s on %s: %s', (pattern, id, matches) => {
    expect(idMatcher(pattern)(id)).toBe(matches);
  });
});

describe('GitHub workflow command escaping', () => {
  it('escapes %, CR and LF in a message, and also : and , in a property', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext%3A a%2C b');
  });
});

describe('excerpt', () => {
  it('keeps a short text whole and cuts a long one at a word', () => {
    expect(excerpt('Short.')).toBe('Short.');
    expect(excerpt('one two three four five six seven', 16)).toBe('one two three…');
    expect(excerpt('x'.repeat(30), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});

describe('progress bar', () => {
  const terminal = (isTTY: boolean) => {
    const writes: string[] = [];
    return { writes, stream: { isTTY, columns: 60, write: (s: string) => writes.push(s) } };
  };

  it('redraws one line in place on a terminal for a large corpus, and clears it at the end', () => {
    const { writes, stream } = terminal(true);
    let clock = 0;
    const progress = createProgress(stream, 30, () => (clock += 100));
    for (let k = 0; k < 30; k++) progress.tick(`case-${k}\u001b[2J`);
    progress.done();
    expect(writes).toHaveLength(31);
    expect(writes[29]).toBe(
      `\r\u001b[2K${'checking [#######################.] 30/30 case-29\\x1b[2J'.slice(0, 59)}`,
    );
    expect(writes.at(-1)).toBe('\r\u001b[2K');
  });

  it('draws at most every few tens of milliseconds', () => {
    const { writes, stream } = terminal(true);
    const progress = createProgress(stream, 100, () => 0);
    for (let k = 0; k < 100; k++) progress.tick('case');
    expect(writes).toHaveLength(1);
  });

  it('writes nothing when piped or when the corpus is small', () => {
    for (const [isTTY, total] of [
      [false, 500],
      [true, PROGRESS_MIN_CASES - 1],
    ] as const) {
      const { writes, stream } = terminal(isTTY);
      const progress = createProgress(stream, total);
      for (let k = 0; k < total; k++) progress.tick('case');
      progress.done();
      expect(writes).toEqual([]);
    }
  });
});
