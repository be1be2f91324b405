import { describe, expect, it } from 'vitest';
import { compare, type CompareProgress } from '../src/index.js';
import { progressLine } from '../src/render/progress.js';
import { generatePair } from '../scripts/bench/generate.mjs';

const terminal = (isTTY: boolean) => {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 40, write: (s: string) => writes.push(s) } };
};

describe('status line', () => {
  it('draws nothing before the delay, then redraws in place, escaped and cut to the width', () => {
    const { writes, stream } = terminal(true);
    let clock = 0;
    const line = progressLine(stream, { delayMs: 250, now: () => clock });
    clock = 200;
    line.show('early');
    expect(writes).toEqual([]);
    clock = 300;
    line.show(`late \u001b[31m${'x'.repeat(50)}`);
    clock = 320;
    line.show('too soon after the last');
    line.clear();
    expect(writes).toEqual([
      `\r\u001b[2K${`late \\x1b[31m${'x'.repeat(50)}`.slice(0, 39)}`,
      '\r\u001b[2K',
    ]);
  });

  it('writes nothing when the stream is not a terminal, and clears nothing it did not draw', () => {
    for (const isTTY of [false, true]) {
      const { writes, stream } = terminal(isTTY);
      const line = progressLine(stream, { delayMs: isTTY ? 1000 : 0, now: () => 0 });
      line.show('working');
      line.clear();
      expect(writes).toEqual([]);
    }
    const none = progressLine(null);
    none.show('working');
    none.clear();
  });
});

describe('compare progress', () => {
  const pair = generatePair({ sentences: 1200, seed: 3 });

  it('reports the stages in order, classification counting up to the number of pairs, without changing the report', () => {
    const events: CompareProgress[] = [];
    const report = compare(pair.a, pair.b, { onProgress: (event) => events.push(event) });
    expect(events.slice(0, 3)).toEqual([
      { stage: 'segment', done: 0, total: 2 },
      { stage: 'segment', done: 1, total: 2 },
      { stage: 'align', done: 0, total: 1 },
    ]);
    const classified = events.slice(3);
    expect(
      classified.every((e) => e.stage === 'classify' && e.total === report.matches.length),
    ).toBe(true);
    expect(report.matches.length).toBeGreaterThan(1000);
    expect(classified.map((e) => e.done)).toEqual(
      Array.from({ length: Math.ceil(report.matches.length / 500) }, (_, k) => k * 500),
    );
    expect(JSON.stringify(report)).toBe(JSON.stringify(compare(pair.a, pair.b)));
  });
});
